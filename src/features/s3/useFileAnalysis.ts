import { useEffect, useState } from 'react';

export type Analysis<T> =
  { status: 'loading' } | { status: 'done'; result: T } | { status: 'error'; message: string };

/** Runs a file analysis (preview, Parquet footer) on bytes; a malformed file gives its message. */
export function useFileAnalysis<T>(
  bytes: Uint8Array | null | undefined,
  analyse: (bytes: Uint8Array) => Promise<T>,
): Analysis<T> {
  const [state, setState] = useState<{ bytes?: Uint8Array; analysis: Analysis<T> }>({
    analysis: { status: 'loading' },
  });
  useEffect(() => {
    if (!bytes) return;
    let isCurrent = true;
    analyse(bytes).then(
      (result) => isCurrent && setState({ bytes, analysis: { status: 'done', result } }),
      (error: unknown) =>
        isCurrent &&
        setState({
          bytes,
          analysis: {
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          },
        }),
    );
    return () => {
      isCurrent = false;
    };
  }, [bytes, analyse]);
  return bytes && state.bytes === bytes ? state.analysis : { status: 'loading' };
}
