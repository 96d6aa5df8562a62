import type { CancelFlowExecutionsRequest } from '@aws-sdk/client-appflow';
import type { OperationDef } from '../core/operations';
import { validation } from './common';
import { flowOf } from './flows';

/**
 * Cancels runs in progress: the listed ones, or every active run when executionIds is omitted. Runs that
 * are not in progress (finished, failed, unknown) come back in invalidExecutions (API_CancelFlowExecutions).
 */
export const CancelFlowExecutions: OperationDef<CancelFlowExecutionsRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    const ids = input.executionIds;
    if (ids && ids.length > 100) throw validation('executionIds can list at most 100 runs.');
    const active = flow.executions.filter((e) => e.executionStatus === 'InProgress');
    const targets = ids ? active.filter((e) => ids.includes(e.executionId)) : active;
    for (const execution of targets) {
      execution.executionStatus = 'CancelStarted';
      execution.lastUpdatedAt = ctx.now;
    }
    const canceled = new Set(targets.map((e) => e.executionId));
    return { invalidExecutions: (ids ?? []).filter((id) => !canceled.has(id)) };
  },
};
