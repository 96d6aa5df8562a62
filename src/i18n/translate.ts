import { en, type MessageKey } from './en';
import { fr } from './fr';
import type { Language } from './language';
import { frenchSpacing } from './typography';

export type MessageParams = Record<string, string | number>;

const typeset = (catalogue: Record<MessageKey, string>, set: (text: string) => string) =>
  Object.fromEntries(Object.entries(catalogue).map(([k, v]) => [k, set(v)])) as Record<
    MessageKey,
    string
  >;

const CATALOGUES: Record<Language, Record<MessageKey, string>> = {
  en,
  fr: typeset(fr, frenchSpacing),
};

/** Replaces each `{name}` with its parameter; unknown placeholders stay as written. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message for a key in a language, with its parameters filled in. */
export function t(language: Language, key: MessageKey, params?: MessageParams): string {
  return interpolate(CATALOGUES[language][key], params);
}

/** Console page labels by route prefix; pages added later keep their English label. */
const PAGE_LABEL_KEYS: Record<string, MessageKey> = {
  '/canvas': 'page.canvas',
  '/glue/crawlers': 'page.crawlers',
  '/glue/classifiers': 'page.classifiers',
  '/glue': 'page.dataCatalog',
  '/lessons': 'page.course',
  '/quiz': 'page.quiz',
  '/timeline': 'page.timeline',
  '/scenarios': 'page.scenarios',
  '/settings': 'page.settings',
};

/** A page's navigation label; service names (Amazon S3, IAM…) stay in English, as AWS does. */
export function pageLabel(language: Language, path: string, englishLabel: string): string {
  const key = PAGE_LABEL_KEYS[path];
  return key ? t(language, key) : englishLabel;
}

/** A navigation section's label; sections added later keep their English label. */
export function sectionLabel(language: Language, section: string): string {
  const key = `nav.section.${section}`;
  return key in en ? t(language, key as MessageKey) : section;
}
