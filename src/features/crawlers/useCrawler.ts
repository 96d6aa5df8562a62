import type { Crawler } from '@aws-sdk/client-glue';
import { crawlHistoryOf, type StoredCrawl } from '../../engine/glue';
import { useLake } from '../../store';
import { useGlueQuery } from './useGlueQuery';

/** GetCrawler for one crawler, re-read as the lab changes. */
export function useCrawler(name: string) {
  return useGlueQuery(`crawler:${name}`, async (call) => {
    const { Crawler } = await call<{ Crawler: Crawler }>('glue', 'GetCrawler', { Name: name });
    return Crawler;
  });
}

/** The crawler's crawls, newest first, with their per-table explanations and logs. */
export function useCrawlHistory(name: string): StoredCrawl[] {
  // Read on every version bump: crawls change in place as the clock runs them.
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  return [...crawlHistoryOf(engine.world, name)].reverse();
}
