import type { TestLake } from '../testing/TestLake';

/** A role that `service` (e.g. datasync.amazonaws.com) may assume, with an AWS managed S3 policy. */
export async function serviceRole(
  lake: TestLake,
  name: string,
  service: string,
  access: 'AmazonS3FullAccess' | 'AmazonS3ReadOnlyAccess',
): Promise<string> {
  const trust = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  };
  await lake.call('iam', 'CreateRole', {
    RoleName: name,
    AssumeRolePolicyDocument: JSON.stringify(trust),
  });
  await lake.call('iam', 'AttachRolePolicy', {
    RoleName: name,
    PolicyArn: `arn:aws:iam::aws:policy/${access}`,
  });
  return `arn:aws:iam::111122223333:role/${name}`;
}

/** Every key in a bucket under a prefix. */
export function keysUnder(lake: TestLake, bucket: string, prefix = ''): string[] {
  return Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {})
    .filter((k) => k.startsWith(prefix))
    .sort();
}
