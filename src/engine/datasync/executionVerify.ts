import type { OperationContext } from '../core/operations';
import type { ShareFile } from '../sources/fileshare';
import { ExecutionFailure, headOrMissing } from './executionS3';
import type { PlannedFile, StoredExecution, StoredLocation } from './state';

/**
 * VERIFYING: ONLY_FILES_TRANSFERRED checks each file this execution wrote; POINT_IN_TIME_CONSISTENT
 * checks that the whole (filtered) source now matches the destination, so a source that changed
 * during the transfer fails verification (API_Options, VerifyMode). Returns the files verified.
 */
export async function verify(
  ctx: OperationContext,
  exec: StoredExecution,
  destination: StoredLocation,
  sourceNow: ShareFile[],
): Promise<number> {
  const expected: PlannedFile[] =
    exec.Options.VerifyMode === 'POINT_IN_TIME_CONSISTENT' ? sourceNow : exec.toCopy;
  for (const file of expected) {
    const found = await headOrMissing(ctx, destination, file.name);
    if (!found || found.size !== file.size || found.mtime !== String(file.mtime))
      throw new ExecutionFailure(
        'VerificationFailed',
        `Verification failed: ${file.name} at the source does not match s3://${destination.bucket}/${destination.Subdirectory}${file.name}${found ? '' : ' (missing)'}. A file changed during the transfer, or the destination was modified.`,
      );
  }
  return expected.length;
}
