import type { UpdateFlowRequest } from '@aws-sdk/client-appflow';
import type { OperationDef } from '../core/operations';
import { conflict } from './common';
import { SCHEDULE_EVENT, type ScheduleEventData } from './flowEvents';
import { scheduleNextRun } from './flowRuns';
import { checkDefinition, checkDescription, flowOf } from './flows';

export const UpdateFlow: OperationDef<UpdateFlowRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    if (flow.executions.some((e) => e.executionStatus === 'InProgress'))
      throw conflict(`Flow ${flow.flowName} has a run in progress; update it when the run ends.`);
    checkDescription(input.description);
    const definition = checkDefinition(ctx, input);
    const wasActive = flow.flowStatus === 'Active';
    ctx.clock.cancel(
      (e) => e.kind === SCHEDULE_EVENT && (e.data as ScheduleEventData).flowName === flow.flowName,
    );
    Object.assign(flow, definition, {
      lastUpdatedAt: ctx.now,
      lastUpdatedBy: ctx.principal.callerArn,
    });
    if (input.description !== undefined) flow.description = input.description;
    // An on-demand flow is always runnable; an active scheduled flow keeps running on its new schedule.
    if (flow.triggerConfig.triggerType === 'OnDemand') flow.flowStatus = 'Active';
    else if (wasActive && flow.triggerConfig.triggerType === 'Scheduled')
      scheduleNextRun(ctx, flow, ctx.now);
    return { flowStatus: flow.flowStatus };
  },
};
