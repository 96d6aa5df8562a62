/** What a failed real-SDK call tells its caller: the AWS error code, message and HTTP status. */
export interface SdkFailure {
  name: string;
  message: string;
  status?: number;
}

/** The failure of a call a test expects to fail; a call that succeeds fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<SdkFailure> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name: string; message: string; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('the call succeeded, but the test expected it to fail');
}
