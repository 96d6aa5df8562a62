import { useEffect, useRef, useState } from 'react';
import { isAwsError } from '../engine';
import { useLake } from './index';
import type { LakeState } from './index';

type Call = LakeState['call'];

export interface LakeQuery<T> {
  data: T | undefined;
  /** The AWS error that answered the last read (bugs are re-thrown to the error boundary). */
  error: Error | undefined;
  isLoading: boolean;
}

type Stored<T> = LakeQuery<T> & { identity?: string };

/**
 * Reads through AWS operations: again when `identity` (what is read) changes, showing nothing
 * stale meanwhile, and when `revision` (e.g. a signature of the part of the world the page shows) changes, keeping the last
 * answer until the new one arrives. Reads are quiet: the page shows their errors where they belong.
 */
export function useLakeQuery<T>(
  identity: string,
  revision: string,
  load: (call: Call) => Promise<T>,
): LakeQuery<T> {
  const call = useLake((s) => s.call);
  const loadRef = useRef(load);
  const [state, setState] = useState<Stored<T>>({
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
      (data) => isCurrent && setState({ data, error: undefined, isLoading: false, identity }),
      (error: unknown) => {
        if (!isCurrent) return;
        if (isAwsError(error)) setState({ data: undefined, error, isLoading: false, identity });
        else setBug(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [call, identity, revision]);
  return state.identity === identity
    ? state
    : { data: undefined, error: undefined, isLoading: true };
}
