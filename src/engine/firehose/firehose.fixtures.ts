import { strFromU8, strToU8 } from 'fflate';
import { decompress } from '../formats';
import { TestLake } from '../testing/TestLake';

export const BUCKET = 'lake-raw';
export const ROLE_ARN = 'arn:aws:iam::111122223333:role/FirehoseDelivery';
const TRUST = JSON.stringify({
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'firehose.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
export const DELIVERY_POLICY = JSON.stringify({
  Statement: [{ Effect: 'Allow', Action: ['s3:PutObject', 'glue:GetTable'], Resource: '*' }],
});

/** A lake with a bucket and a delivery role allowed to write to it (unless `policy` says otherwise). */
export async function lakeWithBucket(
  policy: string | undefined = DELIVERY_POLICY,
): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: BUCKET });
  await lake.call('iam', 'CreateRole', {
    RoleName: 'FirehoseDelivery',
    AssumeRolePolicyDocument: TRUST,
  });
  if (policy)
    await lake.call('iam', 'PutRolePolicy', {
      RoleName: 'FirehoseDelivery',
      PolicyName: 'deliver',
      PolicyDocument: policy,
    });
  return lake;
}

export const destination = (extra: Record<string, unknown> = {}) => ({
  RoleARN: ROLE_ARN,
  BucketARN: `arn:aws:s3:::${BUCKET}`,
  ...extra,
});

/** Creates a Direct PUT delivery stream and waits until it is ACTIVE. */
export async function directPut(
  lake: TestLake,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await lake.call('firehose', 'CreateDeliveryStream', {
    DeliveryStreamName: name,
    ExtendedS3DestinationConfiguration: destination(extra),
  });
  await lake.advance('5s');
}

export const json = (value: unknown): Uint8Array => strToU8(`${JSON.stringify(value)}\n`);

export async function putBatch(lake: TestLake, name: string, values: unknown[]): Promise<void> {
  await lake.call('firehose', 'PutRecordBatch', {
    DeliveryStreamName: name,
    Records: values.map((v) => ({ Data: json(v) })),
  });
}

/** The bucket's keys, sorted. */
export function keysOf(lake: TestLake, bucket = BUCKET): string[] {
  return Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {}).sort();
}

export function bodyOf(lake: TestLake, key: string): Uint8Array {
  const body = lake.engine.world.s3.buckets[BUCKET]?.objects[key]?.Body;
  if (!body) throw new Error(`no object ${key}`);
  return body;
}

/** The JSON lines of an object (gunzipped when its key ends in .gz). */
export function linesOf(lake: TestLake, key: string): unknown[] {
  const body = bodyOf(lake, key);
  const raw = key.endsWith('.gz') ? decompress(body, 'gzip') : body;
  return strFromU8(raw)
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as unknown);
}
