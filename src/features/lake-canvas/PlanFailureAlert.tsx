import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import { useEffect, useMemo } from 'react';
import { toCliCommand } from '../../engine/cli/toCliCommand';
import { useLake } from '../../store';
import { readinessOf } from '../../store/waitingDeletesSlice';
import { CliCommandBox } from '../../ui/CliCommandBox';
import type { PlanFailure, RollbackRecord } from './rollback';

function RollbackCall({ call, gone }: { call: RollbackRecord; gone: boolean }) {
  let status;
  if (call.waiting && gone)
    status = (
      <StatusIndicator type="success">Deleted {call.resource} once it was created</StatusIndicator>
    );
  else if (call.waiting)
    status = (
      <StatusIndicator type="pending">
        Waiting: {call.resource} is still being created, and AWS deletes it only once it is ACTIVE (
        {call.error?.code}). LakeLab deletes it then: play the clock.
      </StatusIndicator>
    );
  else if (call.error)
    status = (
      <StatusIndicator type="error">
        Still there: {call.resource} ({call.error.code}: {call.error.message})
      </StatusIndicator>
    );
  else status = <StatusIndicator type="success">Deleted {call.resource}</StatusIndicator>;
  return (
    <li>
      <SpaceBetween size="xxs">
        {status}
        <CliCommandBox command={toCliCommand(call.service, call.operation, call.input)} />
      </SpaceBetween>
    </li>
  );
}

function summaryOf(failure: PlanFailure, waiting: string[]): string {
  if (failure.leftovers.length)
    return `The rollback could not delete everything. Left over: ${failure.leftovers.join('; ')}. Delete them yourself, or fix the cause and delete them from the canvas.`;
  if (!failure.rollback.length)
    return 'Nothing had been created yet, so nothing was rolled back. Fix the form and press Create pipeline again.';
  if (waiting.length)
    return `Nothing will be left half-created: ${waiting.join('; ')} ${waiting.length > 1 ? 'are' : 'is'} still being created and deleted as soon as ACTIVE (play the clock); the rest was deleted again, newest first. Fix the form and press Create pipeline again once ${waiting.length > 1 ? 'they are' : 'it is'} gone.`;
  return `Nothing is left half-created: the ${failure.rollback.length} resource(s) this pipeline had created were deleted again, newest first. Fix the form and press Create pipeline again.`;
}

/** Why Create pipeline failed, and the delete calls of its rollback with their CLI lines. */
export function PlanFailureAlert({ failure }: { failure: PlanFailure }) {
  const world = useLake((s) => s.engine.world);
  useLake((s) => s.version);
  const deleteWhenCreated = useLake((s) => s.deleteWhenCreated);
  // A failure saved with a draft before deletes could wait has no `waiting`.
  const waitingCalls = useMemo(() => failure.waiting ?? [], [failure]);
  useEffect(() => deleteWhenCreated(waitingCalls), [waitingCalls, deleteWhenCreated]);
  const gone = (call: RollbackRecord) => readinessOf(world, call) === 'gone';
  const waiting = waitingCalls.filter((u) => readinessOf(world, u) !== 'gone');
  return (
    <Alert
      type="error"
      header={`${failure.operation} failed: ${failure.error.code}`}
      statusIconAriaLabel="Error"
    >
      <SpaceBetween size="xs">
        <Box variant="p">{failure.error.message}</Box>
        <Box variant="p">
          {summaryOf(
            failure,
            waiting.map((u) => u.resource),
          )}
        </Box>
        {failure.rollback.length > 0 && (
          <>
            <Box variant="h4" padding="n">
              Rollback calls ({failure.rollback.length})
            </Box>
            <ol className="lc-calls" aria-label="Rollback calls">
              {failure.rollback.map((call, i) => (
                <RollbackCall key={i} call={call} gone={gone(call)} />
              ))}
            </ol>
          </>
        )}
      </SpaceBetween>
    </Alert>
  );
}
