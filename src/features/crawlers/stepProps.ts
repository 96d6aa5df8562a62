import type { CrawlerDraft } from './crawlerDraft';

/** What every Create crawler step receives. */
export interface StepProps {
  draft: CrawlerDraft;
  change(patch: Partial<CrawlerDraft>): void;
  /** The CreateCrawler error message when it concerns this field (matched on the words it names). */
  fieldError(field: 'name' | 'path' | 'role' | 'schedule' | 'database'): string | undefined;
  isEdit: boolean;
}
