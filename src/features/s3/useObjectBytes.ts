import { useEffect, useState } from 'react';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';

export interface ObjectBytes {
  data: Uint8Array | undefined;
  error: Error | undefined;
}

/**
 * The object's bytes (one GetObject per version of the object, named by its ETag), for the
 * preview and the Parquet layout; world changes elsewhere do not read it again.
 */
export function useObjectBytes(bucket: string, key: string, etag: string): ObjectBytes {
  const call = useLake((s) => s.call);
  const [state, setState] = useState<ObjectBytes & { id?: string }>({
    data: undefined,
    error: undefined,
  });
  const [bug, setBug] = useState<unknown>();
  if (bug !== undefined) throw bug;
  const id = `${bucket}\n${key}\n${etag}`;
  useEffect(() => {
    let isCurrent = true;
    call<{ Body: Uint8Array }>(
      's3',
      'GetObject',
      { Bucket: bucket, Key: key },
      { quiet: true },
    ).then(
      (output) => isCurrent && setState({ id, data: output.Body, error: undefined }),
      (error: unknown) => {
        if (!isCurrent) return;
        if (isAwsError(error)) setState({ id, data: undefined, error });
        else setBug(error);
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [call, bucket, key, id]);
  return state.id === id ? state : { data: undefined, error: undefined };
}
