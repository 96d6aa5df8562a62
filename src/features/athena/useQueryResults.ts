import { useEffect, useState } from 'react';
import type { QueryExecution } from '@aws-sdk/client-athena';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import {
  PAGED_RESULT_LIMIT,
  readResultObject,
  readResultPages,
  type QueryResult,
} from './resultsReader';

export interface ResultsView {
  result: QueryResult | undefined;
  isLoading: boolean;
  /** Share of a big result parsed so far (0..1). */
  progress: number | undefined;
  error: Error | undefined;
}

interface Loaded {
  id: string;
  result?: QueryResult;
  error?: Error;
  progress?: number;
}

/**
 * The rows of a succeeded query: every page of GetQueryResults for up to 10,000 rows, else the
 * result CSV read once from S3 and parsed in slices, so a million rows never freeze the tab.
 */
export function useQueryResults(
  execution: QueryExecution | undefined,
  rowCount: number | undefined,
): ResultsView {
  const call = useLake((s) => s.call);
  const engine = useLake((s) => s.engine);
  const [loaded, setLoaded] = useState<Loaded>({ id: '' });
  const [bug, setBug] = useState<unknown>();
  if (bug !== undefined) throw bug;
  const id = execution?.Status?.State === 'SUCCEEDED' ? (execution.QueryExecutionId ?? '') : '';
  const outputLocation = execution?.ResultConfiguration?.OutputLocation ?? '';
  useEffect(() => {
    if (!id) return;
    const controller = new AbortController();
    const isCsv = outputLocation.endsWith('.csv');
    const columns = (engine.world.athena?.executions[id]?.columns ?? []).map((c) => ({ ...c }));
    const read =
      isCsv && (rowCount ?? 0) > PAGED_RESULT_LIMIT
        ? readResultObject(
            call,
            outputLocation,
            columns,
            (progress) => setLoaded({ id, progress }),
            controller.signal,
          )
        : readResultPages(call, id, isCsv);
    read.then(
      (result) => !controller.signal.aborted && setLoaded({ id, result }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isAwsError(error)) setLoaded({ id, error });
        else setBug(error);
      },
    );
    return () => controller.abort();
  }, [call, engine, id, outputLocation, rowCount]);
  if (!id) return { result: undefined, isLoading: false, progress: undefined, error: undefined };
  const current = loaded.id === id ? loaded : { id };
  return {
    result: current.result,
    isLoading: !current.result && !current.error,
    progress: current.progress,
    error: current.error,
  };
}
