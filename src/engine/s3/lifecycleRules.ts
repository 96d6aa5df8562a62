import type {
  LifecycleRule,
  LifecycleRuleFilter,
  Transition,
  TransitionStorageClass,
} from '@aws-sdk/client-s3';
import { AwsError } from '../core/errors';
import type { StoredLifecycleRule } from './state';
import type { S3StorageClassName } from './storageClasses';

/**
 * The lifecycle "waterfall": which class an object may transition to from its current one
 * (lifecycle-transition-general-considerations.html). Never back to STANDARD.
 */
const ALLOWED_TRANSITIONS: Record<S3StorageClassName, readonly S3StorageClassName[]> = {
  STANDARD: [
    'STANDARD_IA',
    'INTELLIGENT_TIERING',
    'ONEZONE_IA',
    'GLACIER_IR',
    'GLACIER',
    'DEEP_ARCHIVE',
  ],
  STANDARD_IA: ['INTELLIGENT_TIERING', 'ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  INTELLIGENT_TIERING: ['ONEZONE_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'],
  ONEZONE_IA: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER_IR: ['GLACIER', 'DEEP_ARCHIVE'],
  GLACIER: ['DEEP_ARCHIVE'],
  DEEP_ARCHIVE: [],
};

export function isTransitionAllowed(from: string, to: string): boolean {
  return (ALLOWED_TRANSITIONS[from as S3StorageClassName] ?? []).includes(to as S3StorageClassName);
}

const TRANSITION_CLASSES = new Set<string>([
  'STANDARD_IA',
  'INTELLIGENT_TIERING',
  'ONEZONE_IA',
  'GLACIER_IR',
  'GLACIER',
  'DEEP_ARCHIVE',
]);
const INFREQUENT_CLASSES = new Set<string>(['STANDARD_IA', 'ONEZONE_IA']);
/** S3 Lifecycle: at most 1,000 rules per configuration (intro-lifecycle-rules.html). */
export const MAX_LIFECYCLE_RULES = 1000;

const invalid = (id: string, message: string) =>
  new AwsError('InvalidArgument', `Rule "${id}": ${message}`);
const malformed = (id: string, message: string) =>
  new AwsError(
    'MalformedXML',
    `The XML you provided was not well-formed or did not validate against our published schema. Rule "${id}": ${message}`,
  );

type DateInput = Date | string | number | undefined;

/** Lifecycle dates must be midnight UTC (intro-lifecycle-rules.html). */
function dateMs(id: string, value: DateInput, where: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = new Date(value).getTime();
  if (Number.isNaN(ms)) throw malformed(id, `${where} Date "${String(value)}" is not a date.`);
  if (ms % 86_400_000 !== 0)
    throw invalid(
      id,
      `'Date' in the ${where} action must be at midnight GMT, like 2025-03-01T00:00:00Z.`,
    );
  return ms;
}

function checkFilter(id: string, rule: LifecycleRule): void {
  const hasLegacyPrefix = rule.Prefix !== undefined;
  if (hasLegacyPrefix === (rule.Filter !== undefined))
    throw malformed(
      id,
      'give exactly one of Filter or Prefix (use Filter: {} to apply the rule to every object).',
    );
  const filter: LifecycleRuleFilter = rule.Filter ?? {};
  const forms = (
    ['Prefix', 'Tag', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan', 'And'] as const
  ).filter((k) => filter[k] !== undefined);
  if (forms.length > 1)
    throw malformed(
      id,
      `the Filter holds ${forms.join(' and ')}: give one of them, and combine conditions inside And.`,
    );
  const sizes = filter.And ?? filter;
  if (
    sizes.ObjectSizeGreaterThan !== undefined &&
    sizes.ObjectSizeLessThan !== undefined &&
    sizes.ObjectSizeGreaterThan >= sizes.ObjectSizeLessThan
  )
    throw invalid(id, 'ObjectSizeGreaterThan must be less than ObjectSizeLessThan.');
}

function checkTransitions(id: string, transitions: Transition[]): void {
  const seen = new Set<string>();
  for (const t of transitions) {
    const target = t.StorageClass ?? '';
    if (!TRANSITION_CLASSES.has(target))
      throw malformed(
        id,
        `a Transition cannot go to "${target}": use STANDARD_IA, INTELLIGENT_TIERING, ONEZONE_IA, GLACIER_IR, GLACIER or DEEP_ARCHIVE.`,
      );
    if (seen.has(target))
      throw invalid(
        id,
        `'StorageClass' must be different for 'Transition' actions in the same rule: ${target} appears twice.`,
      );
    seen.add(target);
    if ((t.Days === undefined) === (t.Date === undefined))
      throw malformed(id, `the Transition to ${target} needs exactly one of Days or Date.`);
    if (t.Days !== undefined && (!Number.isInteger(t.Days) || t.Days < 0))
      throw invalid(
        id,
        `'Days' in the Transition action to ${target} must be a whole number of days, 0 or more.`,
      );
    // S3: objects must be at least 30 days old before they move to Standard-IA or One Zone-IA.
    if (t.Days !== undefined && INFREQUENT_CLASSES.has(target) && t.Days < 30)
      throw invalid(
        id,
        `'Days' in Transition action must be greater than or equal to 30 for storageClass '${target}' (got ${t.Days}): objects must stay 30 days before moving to an infrequent-access class.`,
      );
  }
  const byDays = transitions.filter((t) => t.Days !== undefined).sort((a, b) => a.Days! - b.Days!);
  for (let i = 1; i < byDays.length; i++) {
    const before = byDays[i - 1]!;
    const after = byDays[i]!;
    if (!isTransitionAllowed(before.StorageClass!, after.StorageClass!))
      throw invalid(
        id,
        `a transition from ${before.StorageClass} (day ${before.Days}) to ${after.StorageClass} (day ${after.Days}) is not allowed: each later transition must go to a colder class (Standard → Standard-IA → Intelligent-Tiering → One Zone-IA → Glacier IR → Glacier → Deep Archive).`,
      );
    // S3: in one rule, a transition to Glacier or Deep Archive must come at least 30 days after the transition to an IA class.
    const ia = byDays.slice(0, i).find((t) => INFREQUENT_CLASSES.has(t.StorageClass!));
    if (
      ia &&
      (after.StorageClass === 'GLACIER' || after.StorageClass === 'DEEP_ARCHIVE') &&
      after.Days! - ia.Days! < 30
    )
      throw invalid(
        id,
        `'Days' in the Transition action for StorageClass '${after.StorageClass}' must be at least 30 days more than the ${ia.StorageClass} transition (day ${ia.Days}): set it to ${ia.Days! + 30} or later.`,
      );
  }
}

function checkExpiration(id: string, rule: LifecycleRule): void {
  const expiration = rule.Expiration;
  if (!expiration) return;
  const forms = [expiration.Days, expiration.Date, expiration.ExpiredObjectDeleteMarker].filter(
    (v) => v !== undefined,
  ).length;
  if (forms !== 1)
    throw malformed(id, 'Expiration needs exactly one of Days, Date or ExpiredObjectDeleteMarker.');
  if (expiration.Days === undefined) return;
  if (!Number.isInteger(expiration.Days) || expiration.Days < 1)
    throw invalid(
      id,
      `'Days' for Expiration action must be a positive integer (got ${expiration.Days}).`,
    );
  const lastTransition = Math.max(-1, ...(rule.Transitions ?? []).map((t) => t.Days ?? -1));
  if (expiration.Days <= lastTransition)
    throw invalid(
      id,
      `'Days' in the Expiration action (${expiration.Days}) must be greater than 'Days' in the Transition action (${lastTransition}): expire later, or drop the transition.`,
    );
}

function hasAction(rule: LifecycleRule): boolean {
  return [
    rule.Expiration,
    rule.Transitions?.length ? rule.Transitions : undefined,
    rule.NoncurrentVersionExpiration,
    rule.NoncurrentVersionTransitions?.length ? rule.NoncurrentVersionTransitions : undefined,
    rule.AbortIncompleteMultipartUpload,
  ].some((a) => a !== undefined);
}

/** Validates a lifecycle configuration against S3's documented constraints; returns the rules as the world stores them. */
export function checkLifecycleRules(
  rules: LifecycleRule[] | undefined,
  newId: () => string,
): StoredLifecycleRule[] {
  if (!rules || rules.length === 0)
    throw new AwsError(
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema: a lifecycle configuration needs at least one Rule.',
    );
  if (rules.length > MAX_LIFECYCLE_RULES)
    throw new AwsError(
      'InvalidArgument',
      `A lifecycle configuration holds at most 1,000 rules (got ${rules.length}): merge rules that share a filter.`,
    );
  const ids = new Set<string>();
  return rules.map((rule, index) => {
    const id = rule.ID ?? newId();
    if (id.length > 255)
      throw new AwsError(
        'InvalidArgument',
        `Rule ${index + 1}: ID length should not exceed allowed limit of 255 characters (got ${id.length}).`,
      );
    if (ids.has(id))
      throw invalid(id, 'Rule ID must be unique. Found the same ID for more than one rule.');
    ids.add(id);
    if (rule.Status !== 'Enabled' && rule.Status !== 'Disabled')
      throw malformed(id, `Status must be Enabled or Disabled (got "${String(rule.Status)}").`);
    checkFilter(id, rule);
    if (!hasAction(rule))
      throw invalid(
        id,
        'At least one action needs to be specified in a rule: add a Transition or an Expiration.',
      );
    checkTransitions(id, rule.Transitions ?? []);
    checkExpiration(id, rule);
    return toStored(id, rule);
  });
}

function toStored(id: string, rule: LifecycleRule): StoredLifecycleRule {
  const { Expiration, Transitions, ...rest } = rule;
  const stored: StoredLifecycleRule = { ...rest, ID: id };
  if (Expiration) {
    const { Date: date, ...others } = Expiration;
    const ms = dateMs(id, date as DateInput, 'Expiration');
    stored.Expiration = { ...others, ...(ms !== undefined ? { Date: ms } : {}) };
  }
  if (Transitions)
    stored.Transitions = Transitions.map(({ Date: date, ...others }) => {
      const ms = dateMs(id, date as DateInput, 'Transition');
      return { ...others, ...(ms !== undefined ? { Date: ms } : {}) };
    });
  return JSON.parse(JSON.stringify(stored)) as StoredLifecycleRule;
}

/** A stored rule as the SDK shape, dates back as Date. */
export function fromStored(rule: StoredLifecycleRule): LifecycleRule {
  const { Expiration, Transitions, ...rest } = rule;
  const result: LifecycleRule = JSON.parse(JSON.stringify(rest)) as LifecycleRule;
  if (Expiration) {
    const { Date: date, ...others } = Expiration;
    result.Expiration = { ...others, ...(date !== undefined ? { Date: new Date(date) } : {}) };
  }
  if (Transitions)
    result.Transitions = Transitions.map(({ Date: date, StorageClass, ...others }) => ({
      ...others,
      ...(StorageClass !== undefined
        ? { StorageClass: StorageClass as TransitionStorageClass }
        : {}),
      ...(date !== undefined ? { Date: new Date(date) } : {}),
    }));
  return result;
}
