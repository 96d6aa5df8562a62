import { useEffect, useRef, useState } from 'react';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import type { Call } from './actions';

export interface LakeQuery<T> {
  data: T | undefined;
  /** The AWS error that answered the last read (bugs are re-thrown to the error boundary). */
  error: Error | undefined;
  isLoading: boolean;
}

/**
 * Reads through AWS operations, again whenever the world changes or `key` does.
 * Reads are quiet: the page shows their errors where they belong.
 */
export function useLakeQuery<T>(key: string, load: (call: Call) => Promise<T>): LakeQuery<T> {
  const call = useLake((s) => s.call);
  const version = useLake((s) => s.version);
  const loadRef = useRef(load);
  const [state, setState] = useState<LakeQuery<T> & { key?: string }>({
    data: undefined,
    error: undefined,
    isLoading: true,
  });
  const [bug, setBug] = useState<unknown>();
  if (bug !== undefined) throw bug;
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let isCurrent = true;
    const quietCall: Call = (service, operation, input, options) =>
      call(service, operation, input, { quiet: true, ...options });
    loadRef.current(quietCall).then(
      (data) => isCurrent && setState({ data, error: undefined, isLoading: false, key }),
      (error: unknown) => {
        if (!isCurrent) return;
        if (isAwsError(error)) setState({ data: undefined, error, isLoading: false, key });
        else setBug(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [call, version, key]);
  // A new key shows nothing stale while the next read runs.
  return state.key === key ? state : { data: undefined, error: undefined, isLoading: true };
}
