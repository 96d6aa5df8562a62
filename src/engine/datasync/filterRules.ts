import type { FilterRule } from '@aws-sdk/client-datasync';
import { invalidRequest } from './common';

/** Checks filter rules: DataSync supports SIMPLE_PATTERN values, patterns separated by `|` (API_FilterRule). */
export function checkFilterRules(rules: FilterRule[] | undefined, field: string): FilterRule[] {
  for (const rule of rules ?? []) {
    if ((rule.FilterType ?? 'SIMPLE_PATTERN') !== 'SIMPLE_PATTERN')
      throw invalidRequest(`${field}.FilterType must be SIMPLE_PATTERN.`);
    if (!rule.Value)
      throw invalidRequest(
        `${field}.Value must name at least one pattern, e.g. /sales_2025*|*.tmp.`,
      );
  }
  return rules ?? [];
}

function patternMatches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  // A pattern starting with / is a path from the location's root; `*.tmp` matches a name anywhere.
  return pattern.startsWith('/')
    ? regex.test(path)
    : regex.test(path.slice(path.lastIndexOf('/') + 1));
}

const anyPattern = (rules: FilterRule[], path: string) =>
  rules.some((rule) =>
    (rule.Value ?? '').split('|').some((p) => p !== '' && patternMatches(p.trim(), path)),
  );

/** True when a file (path relative to the location, with a leading /) passes the include and exclude filters. */
export function passesFilters(
  name: string,
  includes: FilterRule[],
  excludes: FilterRule[],
): boolean {
  const path = `/${name}`;
  if (includes.length > 0 && !anyPattern(includes, path)) return false;
  return !anyPattern(excludes, path);
}
