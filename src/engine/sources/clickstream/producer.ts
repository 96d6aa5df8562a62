import type { ClockState, ScheduledEvent } from '../../core/clock';
import { isAwsError } from '../../core/errors';
import type { EngineHooks, OperationContext } from '../../core/operations';
import type { World } from '../../world';
import { generateEventBytes, type ClickEventBytes } from './eventBytes';
import { clusterByArn } from '../../kafka/state';
import { produceToTopic } from '../../kafka/topics';
import {
  clickstreamStateOf,
  emptyCounters,
  setClickstreamState,
  type ClickstreamConfig,
  type ClickstreamCounters,
  type ClickstreamMskTarget,
  type ClickstreamState,
} from './state';

export const CLICKSTREAM_TICK = 'clickstream:tick';
/**
 * Sampling rule. The app sends one request batch per simulated second while the clock moves in
 * small steps. While the clock is jumping further than LIVE_WINDOW_MS ahead of the tick, it sends
 * one second of traffic per FAST_STRIDE_MS (a 1-in-60 sample) and counts the rest as sampled out;
 * the last LIVE_WINDOW_MS of every jump is again sent second by second. A 24 h jump is thus about
 * 1,425 + 900 ticks instead of 86,400; a jump of up to 15 minutes is sent in full.
 */
export const LIVE_WINDOW_MS = 15 * 60_000;
export const FAST_STRIDE_MS = 60_000;
/** At most this many events per tick (four PutRecords of 500); more are counted as sampled out. */
export const MAX_EVENTS_PER_TICK = 2000;
const BATCH = 500;

/** What the canvas shows on the producer node. */
export interface ClickstreamStatus {
  configured: boolean;
  config?: ClickstreamConfig;
  counters: ClickstreamCounters;
}

/** An MSK target must name an ACTIVE cluster and a valid topic (the app cannot reach a cluster before). */
function checkMskTarget(world: World, target: ClickstreamMskTarget): void {
  const cluster = clusterByArn(world, target.clusterArn);
  if (!cluster) throw new Error(`MSK cluster ${target.clusterArn} does not exist.`);
  // MSK: a cluster takes produce and consume traffic only once ACTIVE (msk-cluster-states.html).
  if (cluster.State !== 'ACTIVE')
    throw new Error(
      `MSK cluster ${cluster.ClusterName} is ${cluster.State}: the app can send to it once it is ACTIVE.`,
    );
  if (!/^[a-zA-Z0-9._-]{1,249}$/.test(target.topicName))
    throw new Error(
      `Topic name "${target.topicName}" must be 1-249 letters, digits, '.', '_' or '-'.`,
    );
  const partitions = target.partitions ?? 1;
  if (!Number.isInteger(partitions) || partitions < 1 || partitions > 1000)
    throw new Error('partitions must be an integer from 1 to 1000.');
}

function checkConfig(world: World, config: ClickstreamConfig): void {
  if (config.target.kind === 'msk') checkMskTarget(world, config.target);
  if (!Number.isFinite(config.eventsPerSecond) || config.eventsPerSecond < 0)
    throw new Error('eventsPerSecond must be a number of at least 0.');
  const burst = config.burst;
  if (
    burst &&
    (burst.everySeconds < 1 ||
      burst.durationSeconds < 0 ||
      burst.durationSeconds > burst.everySeconds ||
      burst.multiplier < 0)
  )
    throw new Error(
      'burst needs everySeconds ≥ 1, 0 ≤ durationSeconds ≤ everySeconds and multiplier ≥ 0.',
    );
}

/** Queues an event in the world's clock, as Clock.schedule does (same id counter, same order). */
function enqueueTick(clock: ClockState, at: number, generation: number): void {
  const id = (clock.counters['event'] = (clock.counters['event'] ?? 0) + 1);
  const event: ScheduledEvent = {
    id,
    at: Math.max(at, clock.now),
    kind: CLICKSTREAM_TICK,
    data: { generation },
    background: true,
  };
  let i = clock.queue.length;
  while (
    i > 0 &&
    (clock.queue[i - 1]!.at > event.at ||
      (clock.queue[i - 1]!.at === event.at && clock.queue[i - 1]!.id > event.id))
  )
    i--;
  clock.queue.splice(i, 0, event);
}

/**
 * Starts, reconfigures or (enabled: false) stops the simulated click app. Counters carry over;
 * the first batch goes out at the next whole simulated second.
 */
export function configureClickstream(world: World, config: ClickstreamConfig): ClickstreamStatus {
  checkConfig(world, config);
  const previous = clickstreamStateOf(world);
  const state: ClickstreamState = {
    config: structuredClone(config),
    generation: (previous?.generation ?? 0) + 1,
    carry: previous?.carry ?? 0,
    eventSeq: previous?.eventSeq ?? 0,
    ...(previous?.session ? { session: previous.session } : {}),
    counters: previous?.counters ?? emptyCounters(),
  };
  setClickstreamState(world, state);
  if (config.enabled)
    enqueueTick(world.clock, Math.floor(world.clock.now / 1000) * 1000 + 1000, state.generation);
  return clickstreamStatus(world);
}

/** The producer's configuration and counters (events modelled, sent, accepted, failed, sampled out). */
export function clickstreamStatus(world: World): ClickstreamStatus {
  const state = clickstreamStateOf(world);
  return state
    ? { configured: true, config: state.config, counters: { ...state.counters } }
    : { configured: false, counters: emptyCounters() };
}

/** Events due in the second starting at `now`: the rate (times the burst multiplier in a burst) plus carried fractions. */
function eventsThisSecond(state: ClickstreamState, now: number): number {
  const { burst, eventsPerSecond } = state.config;
  const second = Math.floor(now / 1000);
  const inBurst = burst && second % burst.everySeconds < burst.durationSeconds;
  state.carry += eventsPerSecond * (inBurst ? burst.multiplier : 1);
  const count = Math.floor(state.carry);
  state.carry -= count;
  return count;
}

function failure(
  state: ClickstreamState,
  ctx: OperationContext,
  count: number,
  error: unknown,
): void {
  if (!isAwsError(error)) throw error;
  state.counters.failedEvents += count;
  state.counters.lastError = { at: ctx.now, code: error.name, message: error.message };
}

/** Events [from, to) as records: views into the tick's bytes, one JSON line each. */
function lineViews(lines: ClickEventBytes, from: number, to: number): Uint8Array[] {
  const views: Uint8Array[] = [];
  for (let i = from; i < to; i++)
    views.push(lines.bytes.subarray(i === 0 ? 0 : lines.ends[i - 1]!, lines.ends[i]!));
  return views;
}

async function send(
  ctx: OperationContext,
  state: ClickstreamState,
  lines: ClickEventBytes,
): Promise<void> {
  const { target, principal } = state.config;
  // The producer's puts are data events: counted on the source, not written to the event log.
  const options = principal ? { principal, unlogged: true } : { unlogged: true };
  const total = lines.ends.length;
  for (let at = 0; at < total; at += BATCH) {
    const datas = lineViews(lines, at, Math.min(at + BATCH, total));
    const keys = lines.sessionIds.slice(at, at + BATCH);
    const count = datas.length;
    state.counters.requests++;
    state.counters.sentEvents += count;
    state.counters.lastSentAt = ctx.now;
    try {
      if (target.kind === 'kinesis') {
        const records = datas.map((Data, i) => ({ Data, PartitionKey: keys[i] }));
        const out = await ctx.call<{
          FailedRecordCount?: number;
          Records?: { ErrorCode?: string; ErrorMessage?: string }[];
        }>('kinesis', 'PutRecords', { StreamName: target.streamName, Records: records }, options);
        const failed = out.FailedRecordCount ?? 0;
        state.counters.acceptedEvents += count - failed;
        state.counters.failedEvents += failed;
        const firstError = out.Records?.find((r) => r.ErrorCode);
        if (firstError)
          state.counters.lastError = {
            at: ctx.now,
            code: firstError.ErrorCode!,
            message: firstError.ErrorMessage ?? '',
          };
      } else if (target.kind === 'msk') {
        // A Kafka producer keyed by session, so one session's clicks stay in order in one partition.
        produceToTopic(
          ctx,
          target.clusterArn,
          target.topicName,
          datas.map((value, i) => ({ key: keys[i]!, value })),
          {
            ...(principal ? { principal } : {}),
            ...(target.partitions ? { partitions: target.partitions } : {}),
          },
        );
        state.counters.acceptedEvents += count;
      } else {
        await ctx.call(
          'firehose',
          'PutRecordBatch',
          {
            DeliveryStreamName: target.deliveryStreamName,
            Records: datas.map((Data) => ({ Data })),
          },
          options,
        );
        state.counters.acceptedEvents += count;
      }
    } catch (error) {
      failure(state, ctx, count, error);
    }
  }
}

/** One tick: the events of this second are generated and sent; a fast-forward stride counts the rest as sampled out. */
async function tick(
  ctx: OperationContext,
  state: ClickstreamState,
  strideMs: number,
): Promise<void> {
  const due = eventsThisSecond(state, ctx.now);
  const sent = Math.min(due, MAX_EVENTS_PER_TICK);
  const modelled = (due * strideMs) / 1000;
  state.counters.modelledEvents += modelled;
  state.counters.sampledOutEvents += modelled - sent;
  if (sent > 0) await send(ctx, state, generateEventBytes(ctx.rng, state, ctx.now, sent));
}

function strideFor(target: number | undefined, now: number): number {
  return target !== undefined && target - now - FAST_STRIDE_MS > LIVE_WINDOW_MS
    ? FAST_STRIDE_MS
    : 1000;
}

/** Registers the producer's tick (installed by the Kinesis service, whose PutRecords it mostly calls). */
export function installClickstream(hooks: EngineHooks): void {
  hooks.clock.on(CLICKSTREAM_TICK, async (event) => {
    const state = clickstreamStateOf(hooks.world());
    const generation = (event.data as { generation: number }).generation;
    if (!state?.config.enabled || state.generation !== generation) return;
    const ctx = hooks.contextFor('', 'kinesis', 'PutRecords');
    const stride = strideFor(hooks.clock.advancingTo(), ctx.now);
    await tick(ctx, state, stride);
    hooks.clock.schedule(ctx.now + stride, CLICKSTREAM_TICK, { generation }, { background: true });
  });
}
