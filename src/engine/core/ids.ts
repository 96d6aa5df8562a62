export const DEFAULT_ACCOUNT_ID = '111122223333';
export const DEFAULT_REGION = 'us-east-1';

/**
 * Counters live in the world, so ids are deterministic and survive save/restore. With `count`,
 * reserves that many values at once and returns the first (as `count` calls would, in one step).
 */
export function nextCounter(counters: Record<string, number>, name: string, count = 1): number {
  const first = (counters[name] ?? 0) + 1;
  counters[name] = first + count - 1;
  return first;
}

export function iamArn(
  accountId: string,
  kind: 'user' | 'role' | 'policy',
  name: string,
  path = '/',
): string {
  return `arn:aws:iam::${accountId}:${kind}${path}${name}`;
}

export function s3BucketArn(bucket: string): string {
  return `arn:aws:s3:::${bucket}`;
}

export function s3ObjectArn(bucket: string, key: string): string {
  return `arn:aws:s3:::${bucket}/${key}`;
}

export function serviceArn(
  service: string,
  accountId: string,
  resource: string,
  region = DEFAULT_REGION,
): string {
  return `arn:aws:${service}:${region}:${accountId}:${resource}`;
}
