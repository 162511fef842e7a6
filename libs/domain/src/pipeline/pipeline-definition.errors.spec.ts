import { noPublishedPipelineDefinition, pipelineDefinitionDraftExists } from './pipeline-definition.errors.js';

describe('pipeline definition errors', () => {
  it('name the process kind in words, never its code', () => {
    const none = noPublishedPipelineDefinition('grading-cycle', 'village');
    expect(none.text.zhCN).toContain('基层党组织晋位升级');
    expect(none.text.en).not.toContain('grading-cycle');
    expect(pipelineDefinitionDraftExists('pledge', 'village').text.zhCN).toContain('党员承诺践诺');
  });

  it('fall back to the code for a kind this build does not know', () => {
    expect(noPublishedPipelineDefinition('future-kind', 'village').text.zhCN).toContain('future-kind');
  });
});
