import type {
  DeliveryStreamDescription,
  DescribeDeliveryStreamInput,
  DescribeDeliveryStreamOutput,
  SourceDescription,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import type { OperationDef } from '../core/operations';
import { describeDestination, describeS3Destination } from './destinationDescription';
import { deliveryStreamOf, onDeliveryStream } from './model';
import { describeMskSource } from './mskSource';
import { describeSse } from './sse';
import type { StoredDeliveryStream } from './state';

/** DescribeDeliveryStream Limit: 1–10,000 destinations (API_DescribeDeliveryStream.html). */
const DESTINATION_LIMIT_RANGE = { min: 1, max: 10_000 } as const;

function sourceOf(s: StoredDeliveryStream): SourceDescription | undefined {
  if (s.mskSource) return describeMskSource(s.mskSource);
  if (s.throughputHintInMBs)
    return { DirectPutSourceDescription: { ThroughputHintInMBs: s.throughputHintInMBs } };
  if (!s.source) return undefined;
  return {
    KinesisStreamSourceDescription: {
      KinesisStreamARN: s.source.KinesisStreamARN,
      RoleARN: s.source.RoleARN,
      DeliveryStartTimestamp: new Date(s.source.DeliveryStartTimestamp),
    },
  };
}

export const DescribeDeliveryStream: OperationDef<
  DescribeDeliveryStreamInput,
  DescribeDeliveryStreamOutput
> = {
  authorize: onDeliveryStream('firehose:DescribeDeliveryStream'),
  run(input, ctx) {
    const s = deliveryStreamOf(ctx, input.DeliveryStreamName);
    const limit = input.Limit ?? DESTINATION_LIMIT_RANGE.max;
    if (
      !Number.isInteger(limit) ||
      limit < DESTINATION_LIMIT_RANGE.min ||
      limit > DESTINATION_LIMIT_RANGE.max
    )
      throw new AwsError(
        'InvalidArgumentException',
        `Limit must be from ${DESTINATION_LIMIT_RANGE.min} to ${DESTINATION_LIMIT_RANGE.max}; got ${limit}.`,
      );
    // The one destination comes after no ExclusiveStartDestinationId but not after its own id.
    const destinations =
      input.ExclusiveStartDestinationId === s.destination.DestinationId
        ? []
        : [
            {
              DestinationId: s.destination.DestinationId,
              S3DestinationDescription: describeS3Destination(s.destination),
              ExtendedS3DestinationDescription: describeDestination(s.destination, ctx.region),
            },
          ];
    return { DeliveryStreamDescription: descriptionOf(s, destinations) };
  },
};

function descriptionOf(
  s: StoredDeliveryStream,
  Destinations: DeliveryStreamDescription['Destinations'],
): DeliveryStreamDescription {
  const lastError = s.errors.at(-1);
  const source = sourceOf(s);
  return {
    DeliveryStreamName: s.DeliveryStreamName,
    DeliveryStreamARN: s.DeliveryStreamARN,
    DeliveryStreamStatus: s.DeliveryStreamStatus,
    DeliveryStreamType: s.DeliveryStreamType,
    VersionId: String(s.VersionId),
    CreateTimestamp: new Date(s.CreateTimestamp),
    ...(s.LastUpdateTimestamp ? { LastUpdateTimestamp: new Date(s.LastUpdateTimestamp) } : {}),
    DeliveryStreamEncryptionConfiguration: describeSse(s),
    ...(lastError
      ? {
          FailureDescription: {
            Type: 'UNKNOWN_ERROR',
            Details: `${lastError.code}: ${lastError.message}`,
          },
        }
      : {}),
    ...(source ? { Source: source } : {}),
    Destinations,
    HasMoreDestinations: false,
  };
}
