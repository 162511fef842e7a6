/** Input of 发起连通性检查, already shape-checked at the edge; rules are checked by the use case. */
export interface StartSmokeCheckCommand {
  readonly message: string;
  readonly requestedBy: string;
  /** Pause between recording and notifying, in ms; bounded so a demo cannot park a workflow for days. */
  readonly pauseMs: number;
}
