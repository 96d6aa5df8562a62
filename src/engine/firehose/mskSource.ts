import type {
  CreateDeliveryStreamInput,
  MSKSourceDescription,
  MSKSourceConfiguration,
} from '@aws-sdk/client-firehose';
import { AwsError, isAwsError } from '../core/errors';
import type { EngineHooks, OperationContext, RequiredAccess } from '../core/operations';
import { chargeDataOut } from '../kafka/costs';
import { topicArnOf } from '../kafka/model';
import { clusterByArn, type StoredCluster, type StoredTopic } from '../kafka/state';
import { offsetsForTime } from '../kafka/topics';
import { fromBase64 } from '../kinesis/blob';
import { createDecider, resolvePrincipal } from '../iam/principals';
import { acceptRecords, type IncomingRecord } from './delivery';
import { recordError } from './flush';
import { DELIVERY_STREAM_CREATE_DELAY_MS, roleProblem } from './model';
import { INGESTION_GB_USD } from './puts';
import { firehoseState, type StoredDeliveryStream } from './state';

/** A delivery stream's Amazon MSK source, as configured, and where it has read to. */
export interface StoredMskSource {
  MSKClusterARN: string;
  TopicName: string;
  RoleARN: string;
  Connectivity: 'PUBLIC' | 'PRIVATE';
  ReadFromTimestamp?: number;
  /** When Firehose starts reading (it becomes ACTIVE). */
  DeliveryStartTimestamp: number;
  /** Per partition, the next offset to read; set on the first read of the topic. */
  offsets?: number[];
}

export const MSK_POLL_EVENT = 'firehose:mskPoll';
/** Firehose reads the topic every simulated second; while the clock jumps far, once a minute. */
export const MSK_POLL_MS = 1000;
const FAST_POLL_MS = 60_000;
const LIVE_WINDOW_MS = 15 * 60_000;
// Firehose API reference, MSKSourceConfiguration: TopicName is 1–255 of [a-zA-Z0-9._-]; ARNs match arn:.* (1–512).
const TOPIC_PATTERN = /^[a-zA-Z0-9._-]{1,255}$/;
const ARN_PATTERN = /^arn:.{1,508}$/;

const invalid = (message: string) => new AwsError('InvalidArgumentException', message);

/** Epoch ms from a timestamp as the SDK (Date), the JSON wire (epoch seconds) or the CLI (ISO text) gives it. */
function epochMs(value: unknown): number {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value * 1000
        : Date.parse(String(value));
  if (!Number.isFinite(ms)) throw invalid(`ReadFromTimestamp ${String(value)} is not a timestamp.`);
  return ms;
}

function clusterProblem(
  cluster: StoredCluster | undefined,
  arn: string,
  connectivity: string,
): string | undefined {
  if (!cluster) return `The Amazon MSK cluster ${arn} does not exist.`;
  // Firehose, "Configure source settings for Amazon MSK": the cluster must be active and have IAM
  // as one of its access control methods; public bootstrap brokers need a publicly accessible
  // provisioned cluster. (The private path's multi-VPC connectivity and cluster policy are not simulated.)
  if (cluster.State !== 'ACTIVE')
    return `The Amazon MSK cluster ${cluster.ClusterName} is ${cluster.State}; it must be ACTIVE.`;
  if (!cluster.auth.iam)
    return `The Amazon MSK cluster ${cluster.ClusterName} must have IAM access control enabled.`;
  if (connectivity === 'PUBLIC' && !cluster.provisioned?.publicAccess)
    return `The Amazon MSK cluster ${cluster.ClusterName} is not publicly accessible: use PRIVATE connectivity.`;
  return undefined;
}

function checkConfiguration(
  config: MSKSourceConfiguration | undefined,
): asserts config is MSKSourceConfiguration {
  if (!config)
    throw invalid('MSKSourceConfiguration is required when DeliveryStreamType is MSKAsSource.');
  if (!config.MSKClusterARN || !ARN_PATTERN.test(config.MSKClusterARN))
    throw invalid('MSKSourceConfiguration.MSKClusterARN must be an ARN (arn:…).');
  if (!config.TopicName || !TOPIC_PATTERN.test(config.TopicName))
    throw invalid('MSKSourceConfiguration.TopicName must be 1-255 letters, digits, . _ or -.');
  const auth = config.AuthenticationConfiguration;
  if (!auth?.RoleARN || !ARN_PATTERN.test(auth.RoleARN))
    throw invalid('AuthenticationConfiguration.RoleARN must be an ARN (arn:…).');
  if (auth.Connectivity !== 'PUBLIC' && auth.Connectivity !== 'PRIVATE')
    throw invalid('AuthenticationConfiguration.Connectivity must be PUBLIC or PRIVATE.');
}

/**
 * The MSK source of a CreateDeliveryStream request, validated; undefined for another source type.
 * MSKSourceConfiguration goes only with DeliveryStreamType MSKAsSource (API_CreateDeliveryStream.html).
 */
export function mskSourceFor(
  input: CreateDeliveryStreamInput,
  ctx: OperationContext,
): StoredMskSource | undefined {
  if (input.DeliveryStreamType !== 'MSKAsSource') {
    if (input.MSKSourceConfiguration)
      throw invalid('MSKSourceConfiguration is only allowed with DeliveryStreamType MSKAsSource.');
    return undefined;
  }
  if (input.KinesisStreamSourceConfiguration)
    throw invalid(
      'KinesisStreamSourceConfiguration is not allowed with DeliveryStreamType MSKAsSource.',
    );
  const config = input.MSKSourceConfiguration;
  checkConfiguration(config);
  const auth = config.AuthenticationConfiguration!;
  const problem =
    roleProblem(ctx.world, auth.RoleARN!) ??
    clusterProblem(
      clusterByArn(ctx.world, config.MSKClusterARN),
      config.MSKClusterARN!,
      auth.Connectivity!,
    );
  if (problem) throw invalid(problem);
  return {
    MSKClusterARN: config.MSKClusterARN!,
    TopicName: config.TopicName!,
    RoleARN: auth.RoleARN!,
    Connectivity: auth.Connectivity!,
    ...(config.ReadFromTimestamp !== undefined
      ? { ReadFromTimestamp: epochMs(config.ReadFromTimestamp) }
      : {}),
    DeliveryStartTimestamp: ctx.now + DELIVERY_STREAM_CREATE_DELAY_MS,
  };
}

/** DescribeDeliveryStream's Source.MSKSourceDescription. */
export function describeMskSource(source: StoredMskSource): {
  MSKSourceDescription: MSKSourceDescription;
} {
  return {
    MSKSourceDescription: {
      MSKClusterARN: source.MSKClusterARN,
      TopicName: source.TopicName,
      AuthenticationConfiguration: { RoleARN: source.RoleARN, Connectivity: source.Connectivity },
      DeliveryStartTimestamp: new Date(source.DeliveryStartTimestamp),
      ReadFromTimestamp: new Date(source.ReadFromTimestamp ?? source.DeliveryStartTimestamp),
    },
  };
}

/**
 * What the source role must be allowed to do. Firehose, "Grant Firehose access to your Amazon MSK":
 * kafka:GetBootstrapBrokers, kafka:DescribeClusterV2 and kafka-cluster:Connect on the cluster;
 * kafka-cluster:DescribeTopic and kafka-cluster:ReadData on the topic.
 */
function readAccesses(cluster: StoredCluster, topic: string): RequiredAccess[] {
  const topicArn = topicArnOf(cluster, topic);
  return [
    { action: 'kafka:GetBootstrapBrokers', resource: cluster.ClusterArn },
    { action: 'kafka:DescribeClusterV2', resource: cluster.ClusterArn },
    { action: 'kafka-cluster:Connect', resource: cluster.ClusterArn },
    { action: 'kafka-cluster:DescribeTopic', resource: topicArn },
    { action: 'kafka-cluster:ReadData', resource: topicArn },
  ];
}

function deniedReason(
  ctx: OperationContext,
  source: StoredMskSource,
  cluster: StoredCluster,
): string | undefined {
  const problem = roleProblem(ctx.world, source.RoleARN);
  if (problem) return problem;
  try {
    const decide = createDecider(ctx.world, resolvePrincipal(ctx.world, source.RoleARN));
    const denied = readAccesses(cluster, source.TopicName).find(
      (a) => decide(a).effect !== 'Allow',
    );
    return (
      denied &&
      `${source.RoleARN} is not allowed to perform ${denied.action} on ${denied.resource}.`
    );
  } catch (error) {
    if (!isAwsError(error)) throw error;
    return error.message;
  }
}

/** The records after the source's offsets, oldest first; moves the offsets on. */
function unreadRecords(source: StoredMskSource, topic: StoredTopic, now: number): IncomingRecord[] {
  const offsets = (source.offsets ??= offsetsForTime(
    topic,
    source.ReadFromTimestamp ?? source.DeliveryStartTimestamp,
  ));
  const unread: { record: IncomingRecord; timestamp: number }[] = [];
  topic.partitions.forEach((partition, i) => {
    const from = offsets[i] ?? 0;
    // Offsets in a partition are consecutive: the first unread record's index follows from its offset.
    const start = Math.max(0, from - (partition.records[0]?.offset ?? from));
    for (const r of partition.records.slice(start))
      unread.push({
        record: { data: fromBase64(r.value) ?? new Uint8Array(), arrival: now },
        timestamp: r.timestamp,
      });
    offsets[i] = partition.nextOffset;
  });
  return unread.sort((a, b) => a.timestamp - b.timestamp).map((u) => u.record);
}

function hasUnread(source: StoredMskSource, topic: StoredTopic): boolean {
  if (!source.offsets) return true;
  return topic.partitions.some((p, i) => p.nextOffset > (source.offsets![i] ?? 0));
}

/** One read of the topic into the stream's buffers, as the source role. */
async function pollTopic(
  ctx: OperationContext,
  stream: StoredDeliveryStream,
  source: StoredMskSource,
) {
  const cluster = clusterByArn(ctx.world, source.MSKClusterARN);
  if (!cluster || cluster.State !== 'ACTIVE') {
    recordError(
      stream,
      ctx.now,
      'Kafka.ClusterNotAvailable',
      `The Amazon MSK cluster ${source.MSKClusterARN} is not ACTIVE.`,
    );
    return;
  }
  const topic = cluster.topics[source.TopicName];
  if (!topic || !hasUnread(source, topic)) return;
  const denied = deniedReason(ctx, source, cluster);
  if (denied) {
    recordError(stream, ctx.now, 'Kafka.AccessDenied', denied);
    return;
  }
  const incoming = unreadRecords(source, topic, ctx.now);
  if (incoming.length === 0) return;
  const bytes = incoming.reduce((n, r) => n + r.data.byteLength, 0);
  cluster.counters.outgoingRecords += incoming.length;
  cluster.counters.outgoingBytes += bytes;
  chargeDataOut(ctx, cluster, bytes);
  // Firehose ingestion from MSK is billed per GB read [unconfirmed: price and whether records round up to 5 KB].
  ctx.charge({
    service: 'firehose',
    usageType: 'MSKSource-BilledBytes',
    unit: 'GB',
    quantity: bytes / 1024 ** 3,
    unitPrice: INGESTION_GB_USD,
  });
  await acceptRecords(ctx, stream, incoming);
}

/** Schedules the first read of an MSK-sourced stream, when it becomes ACTIVE. */
export function startMskPolling(ctx: OperationContext, name: string): void {
  ctx.clock.schedule(
    ctx.now + DELIVERY_STREAM_CREATE_DELAY_MS,
    MSK_POLL_EVENT,
    { name, created: ctx.now },
    { background: true },
  );
}

/** Registers the read loop: every second while the clock runs, once a minute while it jumps far ahead. */
export function installMskSource(hooks: EngineHooks): void {
  hooks.clock.on(MSK_POLL_EVENT, async (event) => {
    const { name, created } = event.data as { name: string; created: number };
    const ctx = hooks.contextFor('', 'firehose', 'PutRecordBatch');
    const stream = firehoseState(ctx.world).streams[name];
    // A deleted (or deleted and re-created) stream stops this loop.
    if (!stream?.mskSource || stream.CreateTimestamp !== created) return;
    if (stream.DeliveryStreamStatus === 'ACTIVE') await pollTopic(ctx, stream, stream.mskSource);
    const target = hooks.clock.advancingTo();
    const step =
      target !== undefined && target - ctx.now - FAST_POLL_MS > LIVE_WINDOW_MS
        ? FAST_POLL_MS
        : MSK_POLL_MS;
    hooks.clock.schedule(ctx.now + step, MSK_POLL_EVENT, { name, created }, { background: true });
  });
}
