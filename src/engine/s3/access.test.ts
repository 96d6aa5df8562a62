import { describe, expect, it } from 'vitest';
import { iamArn } from '../core/ids';
import { TestLake } from '../testing/TestLake';

/** An IAM user with one inline policy, written straight into the world (IAM operations are built elsewhere). */
function addUser(lake: TestLake, name: string, statements: unknown[]): void {
  const account = lake.engine.world.iam.accounts[lake.engine.accountId]!;
  account.users[name] = {
    UserName: name,
    UserId: `AIDA${name.toUpperCase()}`,
    Arn: iamArn(lake.engine.accountId, 'user', name),
    Path: '/',
    CreateDate: 0,
    inlinePolicies: { lake: JSON.stringify({ Version: '2012-10-17', Statement: statements }) },
    attachedPolicies: [],
  };
}

async function lakeWithAnalyst(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  for (const Key of ['public/a.csv', 'hr/salaries.csv'])
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key, Body: 'x' });
  addUser(lake, 'analyst', [
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:DeleteObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::raw-zone', 'arn:aws:s3:::raw-zone/*'],
    },
    { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::raw-zone/hr/*' },
  ]);
  return lake;
}

describe('S3 authorization', () => {
  it('DeleteObjects deletes allowed keys and reports denied keys as per-key AccessDenied errors (S3 checks s3:DeleteObject per key)', async () => {
    const lake = await lakeWithAnalyst();
    const result = await lake.as('analyst').call('s3', 'DeleteObjects', {
      Bucket: 'raw-zone',
      Delete: { Objects: [{ Key: 'public/a.csv' }, { Key: 'hr/salaries.csv' }] },
    });
    expect(result).toEqual({
      Deleted: [{ Key: 'public/a.csv' }],
      Errors: [{ Key: 'hr/salaries.csv', Code: 'AccessDenied', Message: 'Access Denied' }],
    });
    expect(Object.keys(lake.engine.world.s3.buckets['raw-zone']!.objects)).toEqual([
      'hr/salaries.csv',
    ]);
  });

  it('a denied GetObject fails with AccessDenied and the IAM message naming the action, resource and explicit deny', async () => {
    const lake = await lakeWithAnalyst();
    const error = await lake
      .as('analyst')
      .errorOf('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'hr/salaries.csv' });
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toBe(
      'User: arn:aws:iam::111122223333:user/analyst is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::raw-zone/hr/salaries.csv with an explicit deny in an identity-based policy (lake)',
    );
  });

  it('HeadObject needs s3:GetObject, PutObject needs s3:PutObject (no allow → implicit deny)', async () => {
    const lake = await lakeWithAnalyst();
    await expect(
      lake.as('analyst').call('s3', 'HeadObject', { Bucket: 'raw-zone', Key: 'public/a.csv' }),
    ).resolves.toMatchObject({ ContentLength: 1 });
    const error = await lake
      .as('analyst')
      .errorOf('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'public/b.csv', Body: 'x' });
    expect(error.message).toContain(
      's3:PutObject on resource: arn:aws:s3:::raw-zone/public/b.csv because no identity-based policy allows',
    );
  });

  it('CopyObject needs s3:GetObject on the source and s3:PutObject on the target', async () => {
    const lake = await lakeWithAnalyst();
    addUser(lake, 'copier', [
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::raw-zone/*' },
    ]);
    const error = await lake.as('copier').errorOf('s3', 'CopyObject', {
      Bucket: 'raw-zone',
      Key: 'public/c.csv',
      CopySource: 'raw-zone/public/a.csv',
    });
    expect(error.message).toContain('s3:GetObject on resource: arn:aws:s3:::raw-zone/public/a.csv');
  });

  it('ListObjectsV2 is s3:ListBucket on the bucket, with the s3:prefix condition key', async () => {
    const lake = await lakeWithAnalyst();
    addUser(lake, 'scoped', [
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::raw-zone',
        Condition: { StringLike: { 's3:prefix': ['public/*'] } },
      },
    ]);
    await expect(
      lake.as('scoped').call('s3', 'ListObjectsV2', { Bucket: 'raw-zone', Prefix: 'public/' }),
    ).resolves.toMatchObject({ KeyCount: 1 });
    const error = await lake
      .as('scoped')
      .errorOf('s3', 'ListObjectsV2', { Bucket: 'raw-zone', Prefix: 'hr/' });
    expect(error.message).toContain('s3:ListBucket on resource: arn:aws:s3:::raw-zone ');
  });

  it('bucket configuration operations use their own IAM actions (s3:PutEncryptionConfiguration, s3:GetLifecycleConfiguration…)', async () => {
    const lake = await lakeWithAnalyst();
    const denied = async (operation: string, input: object) =>
      (await lake.as('analyst').errorOf('s3', operation, { Bucket: 'raw-zone', ...input })).message;
    expect(await denied('GetBucketEncryption', {})).toContain('s3:GetEncryptionConfiguration');
    expect(await denied('PutBucketEncryption', {})).toContain('s3:PutEncryptionConfiguration');
    expect(await denied('GetBucketLifecycleConfiguration', {})).toContain(
      's3:GetLifecycleConfiguration',
    );
    expect(await denied('PutBucketLifecycleConfiguration', {})).toContain(
      's3:PutLifecycleConfiguration',
    );
    expect(await denied('GetPublicAccessBlock', {})).toContain('s3:GetBucketPublicAccessBlock');
    expect(await denied('PutObjectTagging', { Key: 'public/a.csv' })).toContain(
      's3:PutObjectTagging',
    );
  });
});
