import type {
  DecreaseStreamRetentionPeriodInput,
  IncreaseStreamRetentionPeriodInput,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import { MAX_RETENTION_HOURS, MIN_RETENTION_HOURS, onStream, streamOf, trimExpired } from './model';
import type { StoredStream } from './state';

function checkedHours(hours: number | undefined): number {
  if (
    hours === undefined ||
    !Number.isInteger(hours) ||
    hours < MIN_RETENTION_HOURS ||
    hours > MAX_RETENTION_HOURS
  )
    throw new AwsError(
      'InvalidArgumentException',
      `RetentionPeriodHours must be an integer from ${MIN_RETENTION_HOURS} to ${MAX_RETENTION_HOURS}, not ${String(hours)}.`,
    );
  return hours;
}

function activeForUpdate(
  ctx: OperationContext,
  input: { StreamName?: string; StreamARN?: string },
): StoredStream {
  const stream = streamOf(ctx, input);
  if (stream.StreamStatus !== 'ACTIVE')
    throw new AwsError(
      'ResourceInUseException',
      `Stream ${stream.StreamName} is ${stream.StreamStatus}, not ACTIVE.`,
    );
  return stream;
}

// Kinesis: Increase must ask for more than the current period, Decrease for less (API_IncreaseStreamRetentionPeriod.html).
export const IncreaseStreamRetentionPeriod: OperationDef<IncreaseStreamRetentionPeriodInput> = {
  authorize: onStream('kinesis:IncreaseStreamRetentionPeriod'),
  run(input, ctx) {
    const hours = checkedHours(input.RetentionPeriodHours);
    const stream = activeForUpdate(ctx, input);
    if (hours < stream.RetentionPeriodHours)
      throw new AwsError(
        'InvalidArgumentException',
        `Requested retention period (${hours} hours) for stream ${stream.StreamName} can not be shorter than existing retention period (${stream.RetentionPeriodHours} hours). Use DecreaseRetentionPeriod API.`,
      );
    stream.RetentionPeriodHours = hours;
    return {};
  },
};

export const DecreaseStreamRetentionPeriod: OperationDef<DecreaseStreamRetentionPeriodInput> = {
  authorize: onStream('kinesis:DecreaseStreamRetentionPeriod'),
  run(input, ctx) {
    const hours = checkedHours(input.RetentionPeriodHours);
    const stream = activeForUpdate(ctx, input);
    if (hours > stream.RetentionPeriodHours)
      throw new AwsError(
        'InvalidArgumentException',
        `Requested retention period (${hours} hours) for stream ${stream.StreamName} can not be longer than existing retention period (${stream.RetentionPeriodHours} hours). Use IncreaseRetentionPeriod API.`,
      );
    stream.RetentionPeriodHours = hours;
    trimExpired(stream, ctx.now);
    return {};
  },
};
