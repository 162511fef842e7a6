/** A step's identity across re-openings. */
export interface StepRef {
  readonly ownerWorkflowId: string;
  readonly stepKey: string;
  readonly generation: number;
}

export interface OpenStepTaskRequest extends StepRef {
  readonly organisationId: string;
  readonly assigneeRole: string;
  readonly process: { readonly zhCN: string; readonly en: string };
  readonly step: { readonly zhCN: string; readonly en: string };
  readonly deadlineAt: string;
  readonly link: string;
}

/** Storage-service activities of the open-steps projection (待办); both idempotent. */
export interface StepTaskActivities {
  openStepTask(request: OpenStepTaskRequest): Promise<void>;
  closeStepTask(request: StepRef & { status: 'completed' | 'cancelled' }): Promise<void>;
}
