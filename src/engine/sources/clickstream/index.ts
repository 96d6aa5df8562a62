export {
  CLICKSTREAM_TICK,
  FAST_STRIDE_MS,
  LIVE_WINDOW_MS,
  MAX_EVENTS_PER_TICK,
  clickstreamStatus,
  configureClickstream,
  type ClickstreamStatus,
} from './producer';
export type {
  ClickstreamBurst,
  ClickstreamConfig,
  ClickstreamCounters,
  ClickstreamState,
  ClickstreamTarget,
} from './state';
