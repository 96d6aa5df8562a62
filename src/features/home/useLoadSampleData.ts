import { useState } from 'react';
import { isAwsError } from '../../engine';
import { useLakeStore } from '../../store';
import { useRethrowToBoundary } from './useRethrowToBoundary';

/** Loads the sample shop and clickstream data into S3 (as the signed-in principal). */
export function useLoadSampleData() {
  const store = useLakeStore();
  const [isLoading, setLoading] = useState(false);
  const rethrow = useRethrowToBoundary();
  const load = async () => {
    setLoading(true);
    const state = store.getState();
    try {
      // Loaded on demand: the generators are only needed when a student asks for the data.
      const { loadSampleData } = await import('../../engine/data');
      // Quiet: loadSampleData expects BucketAlreadyOwnedByYou on a second load; real failures are reported below.
      const summary = await loadSampleData((s, o, i) => state.call(s, o, i, { quiet: true }));
      state.notify({
        type: 'success',
        header: `Sample data loaded into s3://${summary.bucket}/`,
        content: `${summary.objects.length} objects, ${summary.totalBytes.toLocaleString('en-US')} bytes.`,
      });
    } catch (error) {
      if (!isAwsError(error)) return rethrow(error);
      state.notify({
        type: 'error',
        header: `Sample data could not be loaded: ${error.name}`,
        content: error.message,
      });
    } finally {
      setLoading(false);
    }
  };
  return { isLoading, load };
}
