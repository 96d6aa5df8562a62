import type {
  CreateDeliveryStreamInput,
  CreateDeliveryStreamOutput,
  DeleteDeliveryStreamInput,
  ListDeliveryStreamsInput,
  ListDeliveryStreamsOutput,
  UpdateDestinationInput,
} from '@aws-sdk/client-firehose';
import { AwsError } from '../core/errors';
import type { OperationDef } from '../core/operations';
import type { World } from '../world';
import { buildDestination, type DestinationInput } from './destination';
import {
  DELIVERY_STREAM_ACTIVE_EVENT,
  DELIVERY_STREAM_CREATE_DELAY_MS,
  deliveryStreamArnOf,
  deliveryStreamOf,
  onDeliveryStream,
  passRoles,
  requireStreamName,
} from './model';
import { mskSourceFor, startMskPolling } from './mskSource';
import { firehoseState, type StoredDeliveryStream, type StoredStreamEncryption } from './state';
import { checkSseSource, encryptionKeyOf } from './sse';
import { mergeTags, validTags } from './tags';

/** Firehose: "By default, you can create up to 5,000 Firehose streams per Region" (API_CreateDeliveryStream.html). */
export const MAX_DELIVERY_STREAMS = 5_000;
const NAME_PATTERN = /^[a-zA-Z0-9_.-]{1,64}$/;
const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

function sourceOf(
  input: CreateDeliveryStreamInput,
  world: World,
  now: number,
): StoredDeliveryStream['source'] {
  const type = input.DeliveryStreamType ?? 'DirectPut';
  const config = input.KinesisStreamSourceConfiguration;
  if (type === 'DirectPut') {
    if (config)
      throw invalid(
        'KinesisStreamSourceConfiguration is only allowed with DeliveryStreamType KinesisStreamAsSource.',
      );
    return undefined;
  }
  if (type !== 'KinesisStreamAsSource')
    throw invalid(
      `LakeLab simulates DeliveryStreamType DirectPut and KinesisStreamAsSource, not ${String(type)}.`,
    );
  if (!config?.KinesisStreamARN || !config.RoleARN)
    throw invalid('KinesisStreamSourceConfiguration needs KinesisStreamARN and RoleARN.');
  const stream = Object.values(world.kinesis?.streams ?? {}).find(
    (s) => s.StreamARN === config.KinesisStreamARN,
  );
  if (!stream) throw invalid(`Kinesis stream ${config.KinesisStreamARN} does not exist.`);
  return {
    KinesisStreamARN: config.KinesisStreamARN,
    RoleARN: config.RoleARN,
    DeliveryStartTimestamp: now,
    // Reading starts with records that arrive after the delivery stream is created.
    checkpoints: Object.fromEntries(
      stream.shards.map((shard) => [shard.ShardId, shard.records.at(-1)?.SequenceNumber ?? '']),
    ),
  };
}

/** DirectPutSourceConfiguration: a Direct PUT stream's ThroughputHintInMBs, 1–100 (API_DirectPutSourceConfiguration.html). */
function throughputHintOf(
  input: CreateDeliveryStreamInput,
  type: StoredDeliveryStream['DeliveryStreamType'],
): number | undefined {
  const config = input.DirectPutSourceConfiguration;
  if (!config) return undefined;
  if (type !== 'DirectPut')
    throw invalid(
      'DirectPutSourceConfiguration is only allowed with DeliveryStreamType DirectPut.',
    );
  const hint = config.ThroughputHintInMBs;
  if (hint === undefined || !Number.isInteger(hint) || hint < 1 || hint > 100)
    throw invalid(`ThroughputHintInMBs must be an integer from 1 to 100; got ${String(hint)}.`);
  return hint;
}

/** SSE asked for on create: DirectPut only, ENABLING until the stream is ACTIVE (API_CreateDeliveryStream.html). */
function sseOnCreate(
  input: NonNullable<CreateDeliveryStreamInput['DeliveryStreamEncryptionConfigurationInput']>,
  type: StoredDeliveryStream['DeliveryStreamType'],
  now: number,
): StoredStreamEncryption {
  checkSseSource(type);
  return { Status: 'ENABLING', ...encryptionKeyOf(input), changedAt: now, calls: [] };
}

function destinationInputOf(input: CreateDeliveryStreamInput): DestinationInput {
  // Firehose: "You must specify only one of the following destination configuration parameters" (API_CreateDeliveryStream.html).
  if (input.ExtendedS3DestinationConfiguration && input.S3DestinationConfiguration)
    throw invalid(
      'Give only one destination: ExtendedS3DestinationConfiguration or S3DestinationConfiguration, not both.',
    );
  if (input.ExtendedS3DestinationConfiguration) return input.ExtendedS3DestinationConfiguration;
  if (input.S3DestinationConfiguration) return input.S3DestinationConfiguration as DestinationInput;
  throw invalid(
    'LakeLab simulates Amazon S3 destinations: give ExtendedS3DestinationConfiguration.',
  );
}

export const CreateDeliveryStream: OperationDef<
  CreateDeliveryStreamInput,
  CreateDeliveryStreamOutput
> = {
  authorize: (input, ctx) => {
    const destination = input.ExtendedS3DestinationConfiguration;
    return [
      ...onDeliveryStream('firehose:CreateDeliveryStream')(input, ctx),
      // Firehose: Tags on create are also authorised as firehose:TagDeliveryStream (API_CreateDeliveryStream.html).
      ...(input.Tags?.length ? onDeliveryStream('firehose:TagDeliveryStream')(input, ctx) : []),
      ...passRoles([
        destination?.RoleARN ?? input.S3DestinationConfiguration?.RoleARN,
        input.KinesisStreamSourceConfiguration?.RoleARN,
        input.MSKSourceConfiguration?.AuthenticationConfiguration?.RoleARN,
        destination?.DataFormatConversionConfiguration?.SchemaConfiguration?.RoleARN,
      ]),
    ];
  },
  run(input, ctx) {
    const name = requireStreamName(input.DeliveryStreamName);
    if (!NAME_PATTERN.test(name))
      throw invalid(`DeliveryStreamName "${name}" must be 1-64 letters, digits, _ . -`);
    const streams = firehoseState(ctx.world).streams;
    if (Object.hasOwn(streams, name))
      throw new AwsError(
        'ResourceInUseException',
        `Firehose ${name} under accountId ${ctx.world.defaultAccountId} already exists`,
      );
    if (Object.keys(streams).length >= MAX_DELIVERY_STREAMS)
      throw new AwsError(
        'LimitExceededException',
        `You can have at most ${MAX_DELIVERY_STREAMS} Firehose streams in this Region.`,
      );
    const tags = input.Tags?.length ? mergeTags([], validTags(input.Tags, 'Tags')) : undefined;
    const msk = mskSourceFor(input, ctx);
    const source = msk ? undefined : sourceOf(input, ctx.world, ctx.now);
    const destination = buildDestination(destinationInputOf(input));
    const arn = deliveryStreamArnOf(ctx.world, name);
    const type = msk ? 'MSKAsSource' : source ? 'KinesisStreamAsSource' : 'DirectPut';
    const throughputHintInMBs = throughputHintOf(input, type);
    const sse = input.DeliveryStreamEncryptionConfigurationInput
      ? sseOnCreate(input.DeliveryStreamEncryptionConfigurationInput, type, ctx.now)
      : undefined;
    streams[name] = {
      DeliveryStreamName: name,
      DeliveryStreamARN: arn,
      DeliveryStreamStatus: 'CREATING',
      DeliveryStreamType: type,
      VersionId: 1,
      CreateTimestamp: ctx.now,
      ...(source ? { source } : {}),
      ...(msk ? { mskSource: msk } : {}),
      destination,
      buffers: {},
      counters: {
        incomingRecords: 0,
        incomingBytes: 0,
        deliveredRecords: 0,
        deliveredBytes: 0,
        deliveredObjects: 0,
        failedRecords: 0,
      },
      errors: [],
      ...(tags ? { tags } : {}),
      ...(sse ? { sse } : {}),
      ...(throughputHintInMBs ? { throughputHintInMBs } : {}),
    };
    if (msk) startMskPolling(ctx, name);
    ctx.clock.schedule(ctx.now + DELIVERY_STREAM_CREATE_DELAY_MS, DELIVERY_STREAM_ACTIVE_EVENT, {
      name,
      created: ctx.now,
    });
    return { DeliveryStreamARN: arn };
  },
};

export const ListDeliveryStreams: OperationDef<
  ListDeliveryStreamsInput,
  ListDeliveryStreamsOutput
> = {
  authorize: () => [{ action: 'firehose:ListDeliveryStreams', resource: '*' }],
  run(input, ctx) {
    const names = Object.values(firehoseState(ctx.world).streams)
      .filter((s) => !input.DeliveryStreamType || s.DeliveryStreamType === input.DeliveryStreamType)
      .map((s) => s.DeliveryStreamName)
      .sort()
      .filter(
        (n) =>
          !input.ExclusiveStartDeliveryStreamName || n > input.ExclusiveStartDeliveryStreamName,
      );
    // ListDeliveryStreams: Limit defaults to 10, valid range 1–10,000 (API_ListDeliveryStreams.html).
    const limit = input.Limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
      throw invalid(`Limit must be from 1 to 10000; got ${limit}.`);
    return {
      DeliveryStreamNames: names.slice(0, limit),
      HasMoreDeliveryStreams: names.length > limit,
    };
  },
};

export const DeleteDeliveryStream: OperationDef<DeleteDeliveryStreamInput> = {
  authorize: onDeliveryStream('firehose:DeleteDeliveryStream'),
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    // Firehose: "You can't delete a Firehose stream that is in the CREATING state"
    // (API_DeleteDeliveryStream.html); the operation's error for it is ResourceInUseException.
    if (stream.DeliveryStreamStatus === 'CREATING')
      throw new AwsError(
        'ResourceInUseException',
        `Firehose stream ${stream.DeliveryStreamName} under account ${ctx.world.defaultAccountId} is CREATING: it can be deleted once DescribeDeliveryStream shows it ACTIVE.`,
      );
    Reflect.deleteProperty(firehoseState(ctx.world).streams, stream.DeliveryStreamName);
    return {};
  },
};

/** Why an UpdateDestination request cannot apply to the stream, as the errors AWS documents for it. */
function checkUpdate(
  input: UpdateDestinationInput,
  stream: StoredDeliveryStream,
  accountId: string,
): void {
  // CurrentDeliveryStreamVersionId and DestinationId are required members (API_UpdateDestination.html).
  for (const [field, value] of [
    ['currentDeliveryStreamVersionId', input.CurrentDeliveryStreamVersionId],
    ['destinationId', input.DestinationId],
  ] as const)
    if (value === undefined || value === null)
      throw new AwsError(
        'ValidationException',
        `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
      );
  // Firehose: only an ACTIVE stream's destination can be updated; otherwise ResourceInUseException (API_UpdateDestination.html errors).
  if (stream.DeliveryStreamStatus !== 'ACTIVE')
    throw new AwsError(
      'ResourceInUseException',
      `Firehose ${stream.DeliveryStreamName} under account ${accountId} is ${stream.DeliveryStreamStatus}: its destination can be updated once it is ACTIVE.`,
    );
  if (input.ExtendedS3DestinationUpdate && input.S3DestinationUpdate)
    throw invalid(
      'Give only one destination update: ExtendedS3DestinationUpdate or S3DestinationUpdate.',
    );
  if (input.CurrentDeliveryStreamVersionId !== String(stream.VersionId))
    throw new AwsError(
      'ConcurrentModificationException',
      `Firehose ${stream.DeliveryStreamName} has version ${stream.VersionId}, not ${String(input.CurrentDeliveryStreamVersionId)}: describe it again and retry.`,
    );
  if (input.DestinationId !== stream.destination.DestinationId)
    throw invalid(
      `Firehose ${stream.DeliveryStreamName} has no destination ${String(input.DestinationId)}.`,
    );
}

// Firehose: UpdateDestination needs the current version id and bumps it by one (API_UpdateDestination.html).
export const UpdateDestination: OperationDef<UpdateDestinationInput> = {
  authorize: (input, ctx) => {
    const update = input.ExtendedS3DestinationUpdate;
    return [
      ...onDeliveryStream('firehose:UpdateDestination')(input, ctx),
      ...passRoles([
        update?.RoleARN ?? input.S3DestinationUpdate?.RoleARN,
        update?.DataFormatConversionConfiguration?.SchemaConfiguration?.RoleARN,
      ]),
    ];
  },
  run(input, ctx) {
    const stream = deliveryStreamOf(ctx, input.DeliveryStreamName);
    checkUpdate(input, stream, ctx.world.defaultAccountId);
    const update = (input.ExtendedS3DestinationUpdate ??
      input.S3DestinationUpdate ??
      {}) as DestinationInput;
    stream.destination = buildDestination(update, stream.destination);
    stream.VersionId++;
    stream.LastUpdateTimestamp = ctx.now;
    return {};
  },
};
