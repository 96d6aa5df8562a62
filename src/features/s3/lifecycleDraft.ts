import type {
  LifecycleRule,
  LifecycleRuleFilter,
  Tag,
  TransitionStorageClass,
} from '@aws-sdk/client-s3';

/** A lifecycle rule as the form edits it: text fields as typed, turned into the API shape on save. */
export interface RuleDraft {
  id: string;
  isEnabled: boolean;
  scope: 'bucket' | 'filtered';
  prefix: string;
  /** `key=value` pairs, comma separated. */
  tags: string;
  transitions: { days: string; storageClass: TransitionStorageClass }[];
  expirationDays: string;
}

export const emptyRuleDraft = (): RuleDraft => ({
  id: '',
  isEnabled: true,
  scope: 'bucket',
  prefix: '',
  tags: '',
  transitions: [{ days: '30', storageClass: 'STANDARD_IA' }],
  expirationDays: '',
});

export const TRANSITION_CLASSES: { value: TransitionStorageClass; label: string }[] = [
  { value: 'STANDARD_IA', label: 'Standard-IA' },
  { value: 'INTELLIGENT_TIERING', label: 'Intelligent-Tiering' },
  { value: 'ONEZONE_IA', label: 'One Zone-IA' },
  { value: 'GLACIER_IR', label: 'Glacier Instant Retrieval' },
  { value: 'GLACIER', label: 'Glacier Flexible Retrieval' },
  { value: 'DEEP_ARCHIVE', label: 'Glacier Deep Archive' },
];

export function parseTags(text: string): Tag[] {
  return text
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0
        ? { Key: pair, Value: '' }
        : { Key: pair.slice(0, at).trim(), Value: pair.slice(at + 1).trim() };
    });
}

function filterOf(draft: RuleDraft): LifecycleRuleFilter {
  if (draft.scope === 'bucket') return { Prefix: '' };
  const tags = parseTags(draft.tags);
  if (tags.length === 0) return { Prefix: draft.prefix };
  if (!draft.prefix && tags.length === 1) return { Tag: tags[0]! };
  return { And: { ...(draft.prefix ? { Prefix: draft.prefix } : {}), Tags: tags } };
}

/** Numbers stay as typed when not numbers, so S3's own validation names the problem. */
const days = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function toLifecycleRule(draft: RuleDraft): LifecycleRule {
  const expiration = days(draft.expirationDays);
  return {
    ID: draft.id,
    Status: draft.isEnabled ? 'Enabled' : 'Disabled',
    Filter: filterOf(draft),
    ...(draft.transitions.length > 0
      ? {
          Transitions: draft.transitions.map((t) => ({
            Days: days(t.days) ?? 0,
            StorageClass: t.storageClass,
          })),
        }
      : {}),
    ...(expiration !== undefined ? { Expiration: { Days: expiration } } : {}),
  };
}

export function fromLifecycleRule(rule: LifecycleRule): RuleDraft {
  const filter = rule.Filter ?? {};
  const tags = filter.And?.Tags ?? (filter.Tag ? [filter.Tag] : []);
  const prefix = filter.And?.Prefix ?? filter.Prefix ?? rule.Prefix ?? '';
  return {
    id: rule.ID ?? '',
    isEnabled: rule.Status === 'Enabled',
    scope: prefix || tags.length > 0 ? 'filtered' : 'bucket',
    prefix,
    tags: tags.map((t) => `${t.Key}=${t.Value}`).join(', '),
    transitions: (rule.Transitions ?? []).map((t) => ({
      days: String(t.Days ?? ''),
      storageClass: t.StorageClass ?? 'STANDARD_IA',
    })),
    expirationDays: rule.Expiration?.Days !== undefined ? String(rule.Expiration.Days) : '',
  };
}

/** What the rule does, in one line, for the rules table. */
export function describeActions(rule: LifecycleRule): string {
  const parts = (rule.Transitions ?? []).map((t) => `to ${t.StorageClass} after ${t.Days} days`);
  if (rule.Expiration?.Days !== undefined) parts.push(`expire after ${rule.Expiration.Days} days`);
  return parts.length ? parts.join('; ') : '-';
}

export function describeScope(rule: LifecycleRule): string {
  const draft = fromLifecycleRule(rule);
  if (draft.scope === 'bucket') return 'Entire bucket';
  return [draft.prefix && `Prefix ${draft.prefix}`, draft.tags && `Tags ${draft.tags}`]
    .filter(Boolean)
    .join(', ');
}
