import type { CrawlerMetrics } from '@aws-sdk/client-glue';
import { useGlueQuery } from './useGlueQuery';

/** GetCrawlerMetrics for every crawler, by crawler name. */
export function useCrawlerMetrics(): Record<string, CrawlerMetrics> {
  const { data } = useGlueQuery('crawler-metrics', async (call) => {
    const { CrawlerMetricsList = [] } = await call<{ CrawlerMetricsList?: CrawlerMetrics[] }>(
      'glue',
      'GetCrawlerMetrics',
      {},
    );
    return Object.fromEntries(CrawlerMetricsList.map((m) => [m.CrawlerName ?? '', m]));
  });
  return data ?? {};
}
