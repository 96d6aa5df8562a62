import { addCharge } from '../core/costLedger';
import type { Clock } from '../core/clock';
import type { World } from '../world';
import { chargeEarlyRemoval, type ChargeFn } from './charges';
import { isTransitionAllowed } from './lifecycleRules';
import type { S3Bucket, S3StoredObject, StoredLifecycleRule } from './state';
import { allStandardBytes, forgetStorageTally, tallyRemoved } from './storageTally';
import {
  DAY_MS,
  INTELLIGENT_TIERING_MIN_MONITORED_BYTES,
  S3_STORAGE_CLASSES,
  storageClassInfo,
} from './storageClasses';

export const LIFECYCLE_EVENT = 's3:lifecycle';
const SMALL_OBJECT_BYTES = 128 * 1024;
const COLDNESS = new Map<string, number>(S3_STORAGE_CLASSES.map((c, i) => [c.name, i]));

export const nextMidnightAfter = (ms: number) => (Math.floor(ms / DAY_MS) + 1) * DAY_MS;

/** S3 Lifecycle: an action N days after creation is due at creation + N days, rounded up to midnight UTC. */
export const dueAfterDays = (created: number, days: number) =>
  Math.ceil((created + days * DAY_MS) / DAY_MS) * DAY_MS;

const isLifecycleQueued = (world: World) =>
  world.clock.queue.some((e) => e.kind === LIFECYCLE_EVENT);

/** Keeps one daily lifecycle pass queued, reading the queue from the world (not from closure state). */
export function ensureLifecycleScheduled(world: World, clock: Clock): void {
  if (!isLifecycleQueued(world))
    clock.schedule(nextMidnightAfter(world.clock.now), LIFECYCLE_EVENT, {}, { background: true });
}

/**
 * For a world loaded without a queued pass (saved before S3 lifecycle existed, or edited by hand): runs the
 * passes of every midnight in (from, to] while the clock moves, then queues the next one.
 */
export function catchUpLifecycle(world: World, clock: Clock, from: number, to: number): void {
  if (isLifecycleQueued(world)) return;
  for (let midnight = nextMidnightAfter(from); midnight <= to; midnight += DAY_MS)
    runLifecyclePass(world, midnight);
  clock.schedule(nextMidnightAfter(to), LIFECYCLE_EVENT, {}, { background: true });
}

function matchesFilter(rule: StoredLifecycleRule, object: S3StoredObject): boolean {
  const size = object.Body.byteLength;
  const filter = rule.Filter ?? { Prefix: rule.Prefix ?? '' };
  const and = filter.And;
  const prefix = and ? and.Prefix : filter.Prefix;
  const tags = and ? (and.Tags ?? []) : filter.Tag ? [filter.Tag] : [];
  const greater = and ? and.ObjectSizeGreaterThan : filter.ObjectSizeGreaterThan;
  const less = and ? and.ObjectSizeLessThan : filter.ObjectSizeLessThan;
  return (
    object.Key.startsWith(prefix ?? '') &&
    tags.every((t) => object.Tags[t.Key ?? ''] === t.Value) &&
    (greater === undefined || size > greater) &&
    (less === undefined || size < less)
  );
}

const hasSizeFilter = (rule: StoredLifecycleRule) =>
  [
    rule.Filter?.ObjectSizeGreaterThan,
    rule.Filter?.ObjectSizeLessThan,
    rule.Filter?.And?.ObjectSizeGreaterThan,
    rule.Filter?.And?.ObjectSizeLessThan,
  ].some((v) => v !== undefined);

/**
 * S3 Lifecycle: by default objects under 128 KB do not transition at all (all_storage_classes_128K, since September 2024);
 * varies_by_storage_class lets them go to Glacier Flexible Retrieval or Deep Archive; a size filter on the rule overrides both.
 */
function passesSizeDefault(
  bucket: S3Bucket,
  rule: StoredLifecycleRule,
  object: S3StoredObject,
  target: string,
): boolean {
  if (object.Body.byteLength >= SMALL_OBJECT_BYTES || hasSizeFilter(rule)) return true;
  return (
    bucket.transitionDefaultMinimumObjectSize === 'varies_by_storage_class' &&
    (target === 'GLACIER' || target === 'DEEP_ARCHIVE')
  );
}

function isExpired(rules: StoredLifecycleRule[], object: S3StoredObject, at: number): boolean {
  return rules.some((r) => {
    const e = r.Expiration;
    if (!e) return false;
    return (
      (e.Days !== undefined && dueAfterDays(object.LastModified, e.Days) <= at) ||
      (e.Date !== undefined && e.Date <= at)
    );
  });
}

/** The coldest transition due for the object that the waterfall allows; Glacier beats Standard-IA when both apply. */
function dueTransition(
  bucket: S3Bucket,
  rules: StoredLifecycleRule[],
  object: S3StoredObject,
  at: number,
): string | undefined {
  let best: string | undefined;
  for (const rule of rules)
    for (const t of rule.Transitions ?? []) {
      const target = t.StorageClass ?? '';
      const due =
        t.Days !== undefined ? dueAfterDays(object.LastModified, t.Days) : (t.Date ?? Infinity);
      if (
        due > at ||
        !isTransitionAllowed(object.StorageClass, target) ||
        !passesSizeDefault(bucket, rule, object, target)
      )
        continue;
      if (best === undefined || COLDNESS.get(target)! > COLDNESS.get(best)!) best = target;
    }
  return best;
}

function transition(charge: ChargeFn, object: S3StoredObject, target: string, at: number): void {
  chargeEarlyRemoval(charge, object, at);
  const info = storageClassInfo(target);
  // S3 pricing: each lifecycle transition is a request, billed per 1,000 at the target class's rate.
  charge({
    service: 's3',
    usageType: `LifecycleTransition-${info.usageCode}`,
    unit: 'Requests',
    quantity: 1,
    unitPrice: info.putPer1000 / 1000,
  });
  object.StorageClass = info.name;
  object.storageClassSince = at;
  if (info.name === 'INTELLIGENT_TIERING')
    Object.assign(object, { accessTier: 'FREQUENT', lastAccessed: at });
  else delete object.accessTier;
}

/**
 * S3 Intelligent-Tiering: 30 consecutive days without access → Infrequent Access tier, 90 → Archive Instant Access;
 * objects under 128 KB are not monitored and stay Frequent (intelligent-tiering-overview.html).
 */
export function intelligentTierOf(
  object: S3StoredObject,
  at: number,
): S3StoredObject['accessTier'] {
  if (object.Body.byteLength < INTELLIGENT_TIERING_MIN_MONITORED_BYTES) return 'FREQUENT';
  const idle = at - object.lastAccessed;
  return idle >= 90 * DAY_MS ? 'ARCHIVE_INSTANT' : idle >= 30 * DAY_MS ? 'INFREQUENT' : 'FREQUENT';
}

/** The daily lifecycle pass at midnight UTC: expirations, then transitions, then Intelligent-Tiering tier moves. */
export function runLifecyclePass(world: World, at: number): void {
  const charge: ChargeFn = (c) => addCharge(world.ledger, at, c);
  for (const bucket of Object.values(world.s3.buckets)) {
    const rules = (bucket.lifecycleRules ?? []).filter((r) => r.Status === 'Enabled');
    // Without rules only Intelligent-Tiering tiers move; a bucket whose tally says every object
    // is Standard has none, and is not enumerated (100,000 keys cost tens of milliseconds).
    if (rules.length === 0 && allStandardBytes([bucket]) !== undefined) continue;
    for (const object of Object.values(bucket.objects)) {
      // Without rules only Intelligent-Tiering tiers move: skip matching for the (many) other objects.
      if (rules.length === 0 && object.StorageClass !== 'INTELLIGENT_TIERING') continue;
      const matching = rules.filter((r) => matchesFilter(r, object));
      // S3 Lifecycle: when expiration and transition are both due, expiration (permanent delete) wins.
      if (isExpired(matching, object, at)) {
        chargeEarlyRemoval(charge, object, at);
        Reflect.deleteProperty(bucket.objects, object.Key);
        tallyRemoved(bucket, object);
        continue;
      }
      const target = dueTransition(bucket, matching, object, at);
      // A transition reclasses the object in place: the bucket's Standard tally no longer holds.
      if (target) {
        forgetStorageTally(bucket);
        transition(charge, object, target, at);
      }
      if (object.StorageClass === 'INTELLIGENT_TIERING')
        object.accessTier = intelligentTierOf(object, at);
    }
  }
}
