import { jest } from '@jest/globals';
import { COMMENDATION_LAUNCH_WORKFLOW_TYPE, commendationLaunchScheduleId } from '@cxzy/contracts';
import { eventually } from '../../support/eventually.js';
import { idOf } from '../../support/registry.js';
import { useTestStack } from '../../support/test-stack.js';
import { setUpWindowCounty } from '../../support/window-county.js';

jest.setTimeout(180_000);

type LaunchResult = { year: number; roundId: string; launched: boolean };

describe('学习先进: the yearly Schedule launches the unit’s commendation round (around 七一)', () => {
  const stack = useTestStack('commendation-schedule', {
    env: () => ({ COMMENDATION_LAUNCH_UNITS: 'QS', COMMENDATION_LAUNCH_CRON: '0 9 1 6 *' }),
  });
  let unitId = '';

  beforeAll(async () => {
    await setUpWindowCounty(stack.api, stack.db, {
      members: [],
      users: [['qs-admin', 'administrator', 'QS']],
      publish: { processKind: 'commendation', sectorCode: 'agency' },
    });
    unitId = await idOf(await stack.as('qs-admin'), 'QS');
  });

  it('registers one schedule per configured unit, launches once a year, and names the system as launcher', async () => {
    const handle = stack.client.schedule.getHandle(
      commendationLaunchScheduleId(stack.config.TEMPORAL_TASK_QUEUE, 'QS'),
    );
    try {
      const described = await handle.describe();
      expect(described.spec.timezone).toBe('Asia/Shanghai');
      expect(described.action).toMatchObject({
        workflowType: COMMENDATION_LAUNCH_WORKFLOW_TYPE,
        taskQueue: stack.config.TEMPORAL_TASK_QUEUE,
        args: [{ gradingUnitCode: 'QS' }],
      });

      /** Fires the schedule now and returns what its launch workflow answered. */
      const fire = async (previousActions: number): Promise<LaunchResult> => {
        await handle.trigger();
        const workflowId = await eventually(
          async () => {
            const actions = (await handle.describe()).info.recentActions;
            return actions.length > previousActions ? actions.at(-1)?.action.workflow.workflowId : undefined;
          },
          { what: 'the triggered launch' },
        );
        return (await stack.client.workflow.getHandle(workflowId).result()) as LaunchResult;
      };

      const first = await fire(0);
      expect(first.launched).toBe(true);
      const rows = await stack.db.query<{ id: string; year: number; launched_by: string; phase: string }>(
        'SELECT id, year, launched_by, phase FROM commendation_rounds WHERE grading_unit_id = $1',
        [unitId],
      );
      expect(rows).toEqual([
        { id: first.roundId, year: first.year, launched_by: 'system:commendation-schedule', phase: 'nominate' },
      ]);
      const [audit] = await stack.db.query<{ actor_id: string }>(
        `SELECT actor_id FROM audit_records WHERE action = 'commendation.launch' AND object_id = $1`,
        [first.roundId],
      );
      expect(audit?.actor_id).toBe('system:commendation-schedule');

      // Fired again in the same year (a catch-up, a manual trigger): the round stays the only one.
      const second = await fire(1);
      expect(second).toEqual({ year: first.year, roundId: first.roundId, launched: false });
      const [count] = await stack.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM commendation_rounds WHERE grading_unit_id = $1',
        [unitId],
      );
      expect(count?.n).toBe(1);
    } finally {
      await handle.delete();
    }
  });
});
