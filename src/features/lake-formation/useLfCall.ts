import { useState } from 'react';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';

/**
 * Runs one Lake Formation (or Glue) operation as the signed-in principal for a form: the
 * AWS error is kept for an alert where the user acted, success becomes a notification.
 */
export function useLfCall() {
  const call = useLake((s) => s.call);
  const notify = useLake((s) => s.notify);
  const [error, setError] = useState<Error>();
  const [isBusy, setBusy] = useState(false);

  async function run(
    operation: string,
    input: unknown,
    success?: string,
    service = 'lakeformation',
  ): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      await call(service, operation, input, { quiet: true });
      if (success) notify({ type: 'success', header: success });
      return true;
    } catch (e) {
      if (!isAwsError(e)) throw e;
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { run, error, isBusy, clearError: () => setError(undefined) };
}
