import type { World } from '../../world';
import { sourcesState } from '../state';

/** Where the app sends its click events. */
export type ClickstreamTarget =
  | { kind: 'kinesis'; streamName: string }
  | { kind: 'firehose'; deliveryStreamName: string }
  | ClickstreamMskTarget;

/** A Kafka topic in an Amazon MSK cluster; the app creates the topic on its first write. */
export interface ClickstreamMskTarget {
  kind: 'msk';
  clusterArn: string;
  topicName: string;
  /** Partitions of the topic when the app creates it (Kafka's num.partitions default, 1, when absent). */
  partitions?: number;
}

/** A recurring surge: every `everySeconds`, for `durationSeconds`, the rate is multiplied. */
export interface ClickstreamBurst {
  everySeconds: number;
  durationSeconds: number;
  multiplier: number;
}

export interface ClickstreamConfig {
  enabled: boolean;
  target: ClickstreamTarget;
  /** Average events per simulated second (fractions accumulate: 0.5 sends one event every two seconds). */
  eventsPerSecond: number;
  burst?: ClickstreamBurst;
  /** The IAM user or role the app's SDK calls run as; the administrator when absent. */
  principal?: string;
  /** Known users are customers 1…customers; about a quarter of sessions are anonymous. */
  customers?: number;
  products?: number;
}

export interface ClickstreamSession {
  id: string;
  user: number | null;
  device: string;
  country: string;
  city: string;
  left: number;
}

/** Counters the canvas and lessons read through `clickstreamStatus`. */
export interface ClickstreamCounters {
  /** Events the app would have produced at its configured rate (sampled seconds included). */
  modelledEvents: number;
  /** Events generated and sent in a request. */
  sentEvents: number;
  /** Sent events the target accepted. */
  acceptedEvents: number;
  /** Sent events the target refused (throttled, access denied, missing stream…). */
  failedEvents: number;
  /** Events not generated while fast-forwarding (see the sampling rule in producer.ts). */
  sampledOutEvents: number;
  requests: number;
  lastSentAt?: number;
  lastError?: { at: number; code: string; message: string };
}

export interface ClickstreamState {
  config: ClickstreamConfig;
  /** Bumped on every configure; a scheduled tick of an older generation does nothing. */
  generation: number;
  /** Fractional events carried to the next second. */
  carry: number;
  eventSeq: number;
  session?: ClickstreamSession;
  counters: ClickstreamCounters;
}

export function emptyCounters(): ClickstreamCounters {
  return {
    modelledEvents: 0,
    sentEvents: 0,
    acceptedEvents: 0,
    failedEvents: 0,
    sampledOutEvents: 0,
    requests: 0,
  };
}

export function clickstreamStateOf(world: World): ClickstreamState | undefined {
  return world.sources?.clickstream;
}

export function setClickstreamState(world: World, state: ClickstreamState): void {
  sourcesState(world).clickstream = state;
}
