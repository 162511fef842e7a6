import { codesAt, withChange } from '../definition-test-helpers.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

const problemsOf = (change: Parameters<typeof withChange>[0]) =>
  codesAt(validatePipelineDefinition(withChange(change)));

describe('validatePipelineDefinition — approval quorum modes and run-time options', () => {
  it('accepts definitions published before the options existed (no approval field)', () => {
    expect(problemsOf((b) => delete b.steps[1].approval)).toEqual([]);
  });

  it('accepts 依次审批 and a ratio quorum, and refuses a ratio outside 1–100 or with extra fields', () => {
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'sequential' }))).toEqual([]);
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'ratio', percent: 60 }))).toEqual([]);
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'ratio', percent: 0 }))).toEqual([
      'QUORUM_PERCENT_INVALID@$.steps[1].quorum.percent',
    ]);
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'ratio', percent: 101 }))).toEqual([
      'QUORUM_PERCENT_INVALID@$.steps[1].quorum.percent',
    ]);
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'ratio' }))).toEqual([
      'FIELD_REQUIRED@$.steps[1].quorum.percent',
    ]);
    expect(problemsOf((b) => (b.steps[1].quorum = { kind: 'sequential', n: 2 }))).toEqual([
      'FIELD_UNKNOWN@$.steps[1].quorum.n',
    ]);
  });

  it('accepts full approval options', () => {
    expect(
      problemsOf(
        (b) =>
          (b.steps[1].approval = {
            addSigner: ['before', 'after', 'parallel'],
            maxAddedSigners: 3,
            removeDefinitionSigners: true,
            cc: [{ role: 'supervisor', level: 'superior' }],
            urgeIntervalMinutes: 30,
          }),
      ),
    ).toEqual([]);
  });

  it('names every wrong option field', () => {
    expect(
      problemsOf(
        (b) =>
          (b.steps[1].approval = {
            addSigner: ['before', 'sideways', 'before'],
            maxAddedSigners: -1,
            removeDefinitionSigners: 'yes',
            cc: [{ role: 'mayor', level: 'superior' }],
            urgeIntervalMinutes: 0,
            colour: 'red',
          }),
      ),
    ).toEqual([
      'FIELD_UNKNOWN@$.steps[1].approval.colour',
      'ADD_SIGNER_POSITION_UNKNOWN@$.steps[1].approval.addSigner[1]',
      'ADD_SIGNER_POSITION_DUPLICATE@$.steps[1].approval.addSigner[2]',
      'NUMBER_OUT_OF_RANGE@$.steps[1].approval.maxAddedSigners',
      'FIELD_TYPE@$.steps[1].approval.removeDefinitionSigners',
      'ROLE_UNKNOWN@$.steps[1].approval.cc[0].role',
      'NUMBER_OUT_OF_RANGE@$.steps[1].approval.urgeIntervalMinutes',
    ]);
    expect(problemsOf((b) => (b.steps[1].approval = []))).toEqual(['FIELD_TYPE@$.steps[1].approval']);
  });
});
