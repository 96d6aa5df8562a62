import { AwsError } from '../core/errors';
import type { OperationContext, RequiredAccess } from '../core/operations';
import { createDecider, resolvePrincipal } from '../iam/principals';
import { toBase64 } from '../kinesis/blob';
import { chargeDataIn } from './costs';
import { topicArnOf } from './model';
import { clusterByArn, type StoredCluster, type StoredTopic } from './state';

/*
 * Topics. The MSK API manages clusters only: topics are made and used through Apache Kafka's own
 * protocol (the admin client, producers and consumers), which LakeLab does not speak on the wire.
 * So topics live in the cluster's state here, and a topic is created the first time a producer
 * writes to it, as with Kafka's auto.create.topics.enable=true (MSK's default configuration leaves
 * it false; LakeLab's producer stands for an app that creates its topic before writing).
 */

/** Kafka: log.retention.hours defaults to 168 (7 days). */
export const DEFAULT_RETENTION_MS = 168 * 3_600_000;
/**
 * A LakeLab limit that keeps a saved lab small: a partition keeps at most its newest 50,000
 * records (Kafka would keep every record for retention.ms); older ones leave the log early.
 */
export const MAX_RECORDS_PER_PARTITION = 50_000;
/** Kafka: num.partitions defaults to 1 for an auto-created topic. */
export const DEFAULT_PARTITIONS = 1;
/** Kafka: max.message.bytes defaults to 1 MB (1,048,588 bytes with overhead). */
export const MAX_RECORD_BYTES = 1_048_588;
// Kafka: a topic name is 1–249 letters, digits, '.', '_' and '-'.
const TOPIC_PATTERN = /^[a-zA-Z0-9._-]{1,249}$/;

export interface ProducedRecord {
  key?: string;
  value: Uint8Array;
}

/** A Kafka protocol error, carried as an AwsError so callers count it like any refused call. */
const kafkaError = (code: string, message: string) => new AwsError(code, message);

/** Kafka's murmur2 (Utils.murmur2, seed 0x9747b28c): the default partitioner's hash of a key. */
export function murmur2(data: Uint8Array): number {
  const m = 0x5bd1e995;
  let h = (0x9747b28c ^ data.length) | 0;
  const words = data.length >> 2;
  for (let i = 0; i < words; i++) {
    const o = i * 4;
    let k = data[o]! | (data[o + 1]! << 8) | (data[o + 2]! << 16) | (data[o + 3]! << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m) ^ k;
  }
  const tail = words * 4;
  const rest = data.length - tail;
  if (rest >= 3) h ^= data[tail + 2]! << 16;
  if (rest >= 2) h ^= data[tail + 1]! << 8;
  if (rest >= 1) h = Math.imul(h ^ data[tail]!, m);
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h;
}

/** Kafka's default partitioner for a keyed record: toPositive(murmur2(key)) % partitions. */
export function partitionFor(key: string, partitions: number): number {
  return (murmur2(new TextEncoder().encode(key)) & 0x7fffffff) % partitions;
}

/** With IAM access control the client's principal needs kafka-cluster actions (iam-access-control.html). */
function checkAccess(
  ctx: OperationContext,
  principal: string | undefined,
  accesses: RequiredAccess[],
): void {
  const allowed = principal
    ? (() => {
        const decide = createDecider(ctx.world, resolvePrincipal(ctx.world, principal));
        return (a: RequiredAccess) => decide(a).effect === 'Allow';
      })()
    : (a: RequiredAccess) => ctx.isAllowed(a);
  const denied = accesses.find((a) => !allowed(a));
  if (denied)
    throw kafkaError(
      denied.action === 'kafka-cluster:Connect'
        ? 'ClusterAuthorizationException'
        : 'TopicAuthorizationException',
      `Not authorized to perform ${denied.action} on ${denied.resource}.`,
    );
}

/**
 * Kafka: records older than retention.ms leave the log (the log start offset moves on); so do
 * records past LakeLab's per-partition limit, once it is exceeded by a tenth.
 */
export function applyRetention(topic: StoredTopic, now: number): void {
  for (const partition of topic.partitions) {
    const cutoff = now - topic.retentionMs;
    const excess = partition.records.length - MAX_RECORDS_PER_PARTITION;
    const over = excess > MAX_RECORDS_PER_PARTITION / 10 ? excess : 0;
    let drop = 0;
    while (
      drop < partition.records.length &&
      (drop < over || partition.records[drop]!.timestamp < cutoff)
    )
      partition.bytes -= partition.records[drop++]!.size;
    if (drop > 0) partition.records.splice(0, drop);
  }
}

function topicFor(
  ctx: OperationContext,
  cluster: StoredCluster,
  name: string,
  partitions: number,
): StoredTopic {
  const existing = cluster.topics[name];
  if (existing) return existing;
  if (!TOPIC_PATTERN.test(name))
    throw kafkaError(
      'InvalidTopicException',
      `Topic name "${name}" must be 1-249 letters, digits, '.', '_' or '-'.`,
    );
  return (cluster.topics[name] = {
    name,
    createdAt: ctx.now,
    retentionMs: DEFAULT_RETENTION_MS,
    partitions: Array.from({ length: Math.max(1, partitions) }, () => ({
      records: [],
      nextOffset: 0,
      bytes: 0,
    })),
  });
}

/**
 * A Kafka producer's send: the records get offsets in their partitions (by key, else round robin)
 * and the producer's clock as CreateTime. The cluster must be ACTIVE; with IAM access control the
 * principal needs Connect and WriteData (and CreateTopic for a new topic).
 */
export function produceToTopic(
  ctx: OperationContext,
  clusterArn: string,
  topicName: string,
  records: readonly ProducedRecord[],
  options: { principal?: string; partitions?: number } = {},
): void {
  const cluster = clusterByArn(ctx.world, clusterArn);
  // MSK: an UPDATING cluster still takes and serves data (msk-cluster-states.html).
  if (!cluster || (cluster.State !== 'ACTIVE' && cluster.State !== 'UPDATING'))
    throw kafkaError(
      'NetworkException',
      `The cluster ${clusterArn} is not reachable (it is ${cluster?.State ?? 'not there'}).`,
    );
  if (cluster.auth.iam) {
    const topicArn = topicArnOf(cluster, topicName);
    checkAccess(ctx, options.principal, [
      { action: 'kafka-cluster:Connect', resource: cluster.ClusterArn },
      ...(cluster.topics[topicName]
        ? []
        : [{ action: 'kafka-cluster:CreateTopic', resource: topicArn }]),
      { action: 'kafka-cluster:WriteData', resource: topicArn },
    ]);
  }
  const tooBig = records.find((r) => r.value.byteLength > MAX_RECORD_BYTES);
  if (tooBig)
    throw kafkaError(
      'RecordTooLargeException',
      `A record of ${tooBig.value.byteLength} bytes is over max.message.bytes.`,
    );
  const topic = topicFor(ctx, cluster, topicName, options.partitions ?? DEFAULT_PARTITIONS);
  let bytes = 0;
  records.forEach((r, i) => {
    const index =
      r.key !== undefined
        ? partitionFor(r.key, topic.partitions.length)
        : i % topic.partitions.length;
    const partition = topic.partitions[index]!;
    const size = r.value.byteLength + (r.key?.length ?? 0);
    partition.records.push({
      offset: partition.nextOffset++,
      timestamp: ctx.now,
      ...(r.key !== undefined ? { key: r.key } : {}),
      value: toBase64(r.value),
      size,
    });
    partition.bytes += size;
    bytes += size;
  });
  applyRetention(topic, ctx.now);
  cluster.counters.incomingRecords += records.length;
  cluster.counters.incomingBytes += bytes;
  cluster.counters.lastWriteAt = ctx.now;
  chargeDataIn(ctx, cluster, bytes);
}

/** Kafka offsetsForTimes: per partition, the first offset whose timestamp is at or after `at` (else the log end). */
export function offsetsForTime(topic: StoredTopic, at: number): number[] {
  return topic.partitions.map(
    (p) => p.records.find((r) => r.timestamp >= at)?.offset ?? p.nextOffset,
  );
}
