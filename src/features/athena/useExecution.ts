import { useEffect, useState } from 'react';
import type { GetQueryExecutionOutput, QueryExecution } from '@aws-sdk/client-athena';
import { isAwsError } from '../../engine';
import type { ExecutionDetails } from '../../engine/athena/state';
import { useLake } from '../../store';

/** How often the console asks for the state of a running query (real time). */
export const POLL_MS = 150;

export const isRunning = (e: QueryExecution | undefined): boolean =>
  e?.Status?.State === 'QUEUED' || e?.Status?.State === 'RUNNING';

export interface ExecutionView {
  execution: QueryExecution | undefined;
  /** LakeLab's extra facts about the run: partitions, files, columns read. */
  details: ExecutionDetails | undefined;
  /** Rows in the result, as the lab recorded it (undefined until it succeeds). */
  rowCount: number | undefined;
  /** The ARN the query ran as. */
  runAs: string | undefined;
  error: Error | undefined;
}

/** One execution, polled with GetQueryExecution while it is queued or running. */
export function useExecution(id: string | undefined): ExecutionView {
  const call = useLake((s) => s.call);
  const [state, setState] = useState<{ id?: string; execution?: QueryExecution; error?: Error }>(
    {},
  );
  const [bug, setBug] = useState<unknown>();
  if (bug !== undefined) throw bug;
  useEffect(() => {
    if (!id) return;
    let isCurrent = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const out = await call<GetQueryExecutionOutput>(
          'athena',
          'GetQueryExecution',
          { QueryExecutionId: id },
          { quiet: true },
        );
        if (!isCurrent) return;
        setState({ id, execution: out.QueryExecution });
        if (isRunning(out.QueryExecution)) timer = setTimeout(() => void poll(), POLL_MS);
      } catch (error) {
        if (!isCurrent) return;
        if (isAwsError(error)) setState({ id, error });
        else setBug(error);
      }
    };
    void poll();
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [call, id]);
  const stored = useLake((s) => {
    void s.version;
    return id ? s.engine.world.athena?.executions[id] : undefined;
  });
  const details = useLake((s) => {
    void s.version;
    return id ? s.engine.world.athena?.executions[id]?.details : undefined;
  });
  const rowCount = useLake((s) => {
    void s.version;
    return id ? s.engine.world.athena?.executions[id]?.rowCount : undefined;
  });
  const current = state.id === id ? state : {};
  return {
    execution: current.execution,
    details,
    rowCount,
    runAs: stored?.principal,
    error: current.error,
  };
}
