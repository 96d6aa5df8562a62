import type {
  DecreaseStreamRetentionPeriodInput,
  IncreaseStreamRetentionPeriodInput,
} from '@aws-sdk/client-kinesis';
import { AwsError } from '../core/errors';
import type { OperationDef } from '../core/operations';
import {
  activeStreamForChange,
  MAX_RETENTION_HOURS,
  MIN_RETENTION_HOURS,
  onStream,
  trimExpired,
} from './model';

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

// Kinesis: Increase must ask for more than the current period, Decrease for less (API_IncreaseStreamRetentionPeriod.html).
export const IncreaseStreamRetentionPeriod: OperationDef<IncreaseStreamRetentionPeriodInput> = {
  authorize: onStream('kinesis:IncreaseStreamRetentionPeriod'),
  run(input, ctx) {
    const hours = checkedHours(input.RetentionPeriodHours);
    const stream = activeStreamForChange(ctx, input);
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
    const stream = activeStreamForChange(ctx, input);
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
