import { codesAt, withChange } from '../definition-test-helpers.js';
import { validatePipelineDefinition } from '../validate-pipeline-definition.js';

/** Step 2 of the default grading cycle (整改提高) is acted on by the branch secretary at 'self'. */
const escalationProblems = (escalation: unknown[], actor?: { role: string; level: unknown }) =>
  codesAt(
    validatePipelineDefinition(
      withChange((b) => {
        b.steps[2].escalation = escalation;
        if (actor) b.steps[2].actor = actor;
      }),
    ),
  );

describe('validatePipelineDefinition — escalation up the leading line', () => {
  it('accepts a chain that climbs branch → superior → hops → grading unit', () => {
    expect(
      escalationProblems([
        { level: 'superior', afterDays: 1 },
        { level: 2, afterDays: 3 },
        { level: 'grading-unit', afterDays: 7 },
      ]),
    ).toEqual([]);
  });

  it('refuses an escalation that goes down the line', () => {
    expect(
      escalationProblems([
        { level: 3, afterDays: 1 },
        { level: 'superior', afterDays: 2 },
      ]),
    ).toEqual(['ESCALATION_DOWNWARD@$.steps[2].escalation[1].level']);
  });

  it('refuses an escalation below the step’s own actor', () => {
    expect(escalationProblems([{ level: 'superior', afterDays: 1 }], { role: 'supervisor', level: 2 })).toEqual([
      'ESCALATION_DOWNWARD@$.steps[2].escalation[0].level',
    ]);
  });

  it('refuses a loop: a level asked twice, or the actor’s own level', () => {
    expect(
      escalationProblems([
        { level: 'superior', afterDays: 1 },
        { level: 1, afterDays: 2 },
      ]),
    ).toEqual(['ESCALATION_LOOP@$.steps[2].escalation[1].level']);
    expect(escalationProblems([{ level: 'self', afterDays: 1 }])).toEqual([
      'ESCALATION_LOOP@$.steps[2].escalation[0].level',
    ]);
  });

  it('lets a member’s step escalate to the member’s own branch first', () => {
    expect(
      escalationProblems(
        [
          { level: 'self', afterDays: 1 },
          { level: 'superior', afterDays: 2 },
        ],
        { role: 'member', level: 'self' },
      ),
    ).toEqual([]);
  });

  it('refuses an escalation that never ends: past the grading unit or past any real leading line', () => {
    expect(
      escalationProblems([
        { level: 'grading-unit', afterDays: 1 },
        { level: 3, afterDays: 2 },
      ]),
    ).toEqual(['ESCALATION_NEVER_ENDS@$.steps[2].escalation[1].level']);
    expect(escalationProblems([{ level: 99, afterDays: 1 }])).toEqual([
      'ESCALATION_NEVER_ENDS@$.steps[2].escalation[0].level',
    ]);
    expect(
      escalationProblems([{ level: 'superior', afterDays: 1 }], { role: 'administrator', level: 'grading-unit' }),
    ).toEqual(['ESCALATION_NEVER_ENDS@$.steps[2].escalation[0].level']);
  });

  it('refuses unknown levels and stages that do not come later than the one before', () => {
    expect(
      escalationProblems([
        { level: 'county', afterDays: 1 },
        { level: 'superior', afterDays: 3 },
        { level: 'grading-unit', afterDays: 3 },
      ]),
    ).toEqual([
      'LEVEL_UNKNOWN@$.steps[2].escalation[0].level',
      'ESCALATION_DELAY_NOT_INCREASING@$.steps[2].escalation[2].afterDays',
    ]);
  });
});
