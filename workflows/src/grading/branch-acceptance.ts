import { condition, setHandler } from '@temporalio/workflow';
import { beijingDateTime, DomainError, recordAcceptance, type AcceptanceRecord } from '@cxzy/domain';
import { recordAcceptanceUpdate, type RecordAcceptanceRequest } from '@cxzy/contracts';
import type { BranchRuntime } from './branch-runtime.js';
import { refuseOnDomainError } from './refusal.js';

/**
 * 考核验收 of one branch, once its rectification is complete: a supervisor on its leading line
 * answers the three checks and comments on every indicator of its sheet (acceptance.ts); the
 * result is stored in PostgreSQL (grading_acceptances) for the unit's next round.
 */
export function installAcceptance(runtime: BranchRuntime): { run(): Promise<void> } {
  const judge = (request: RecordAcceptanceRequest): AcceptanceRecord =>
    refuseOnDomainError(() => {
      const sheet = runtime.rules()?.sheet;
      if (!sheet) {
        throw new DomainError(
          'GRADING_BRANCH_NOT_READY',
          'conflict',
          { zhCN: '本党组织的评价指标尚在加载，请稍后再提交', en: 'the indicator sheet is still loading' },
          'indicatorComments',
        );
      }
      return recordAcceptance({
        input: { checks: request.checks, indicatorComments: request.indicatorComments },
        sheet,
        // The unit is the round's; PostgreSQL fills it in from the round row.
        gradingUnitId: runtime.input.roundId,
        roundYear: runtime.input.year,
        organisationId: runtime.input.organisationId,
        acceptedBy: request.actor,
        acceptedOn: beijingDateTime(new Date()).date,
      });
    });

  setHandler(
    recordAcceptanceUpdate,
    (request) => {
      if (runtime.known(request.idempotencyKey)) {
        return runtime.apply(request, 'recordAcceptance', 'supervisor', null);
      }
      const record = judge(request);
      return runtime.apply(request, 'recordAcceptance', 'supervisor', null, {
        acceptance: {
          checks: record.checks,
          indicatorComments: record.indicatorComments,
          acceptedOn: record.acceptedOn,
          passed: record.passed,
        },
      });
    },
    {
      validator: (request) => {
        runtime.verify(request, recordAcceptanceUpdate.name, 'supervisor');
        if (runtime.known(request.idempotencyKey)) return;
        runtime.check('recordAcceptance', 'supervisor');
        judge(request);
      },
    },
  );

  return {
    run: () => condition(() => runtime.state() === 'accept.done'),
  };
}
