import { isAwsError } from '../../engine';
import { useLakeStore } from '../../store';
import { useRethrowToBoundary } from './useRethrowToBoundary';

/**
 * Calls an IAM operation as the signed-in principal. An AWS error is already shown as a
 * notification by the store and resolves to undefined; a bug goes to the error boundary.
 */
export function useIamCall(): <O>(operation: string, input: object) => Promise<O | undefined> {
  const store = useLakeStore();
  const rethrow = useRethrowToBoundary();
  return async <O>(operation: string, input: object) => {
    try {
      return await store.getState().call<O>('iam', operation, input);
    } catch (error) {
      if (!isAwsError(error)) rethrow(error);
      return undefined;
    }
  };
}
