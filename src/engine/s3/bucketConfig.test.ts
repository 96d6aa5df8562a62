import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

async function lakeWithBucket(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  return lake;
}

const kmsConfig = {
  Rules: [
    {
      ApplyServerSideEncryptionByDefault: {
        SSEAlgorithm: 'aws:kms',
        KMSMasterKeyID: 'alias/lake-key',
      },
      BucketKeyEnabled: true,
    },
  ],
};

describe('S3 default encryption', () => {
  it('encrypts new objects with SSE-S3 (AES256) by default and always answers GetBucketEncryption (since January 2023)', async () => {
    const lake = await lakeWithBucket();
    expect(
      await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a', Body: 'x' }),
    ).toMatchObject({ ServerSideEncryption: 'AES256' });
    expect(await lake.call('s3', 'GetBucketEncryption', { Bucket: 'raw-zone' })).toEqual({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
            BucketKeyEnabled: false,
          },
        ],
      },
    });
  });

  it('applies a bucket SSE-KMS default (key ARN, Bucket Key) to new objects', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutBucketEncryption', {
      Bucket: 'raw-zone',
      ServerSideEncryptionConfiguration: kmsConfig,
    });
    const put = await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a', Body: 'x' });
    expect(put).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/lake-key',
      BucketKeyEnabled: true,
    });
    expect(await lake.call('s3', 'HeadObject', { Bucket: 'raw-zone', Key: 'a' })).toMatchObject({
      ServerSideEncryption: 'aws:kms',
    });
  });

  it('gives SSE-KMS objects an ETag that is not the MD5 of their bytes (S3: only SSE-S3/plain single-part ETags are MD5s)', async () => {
    const lake = await lakeWithBucket();
    const plain = await lake.call<{ ETag: string }>('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'a',
      Body: 'x',
    });
    const kms = await lake.call<{ ETag: string }>('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'b',
      Body: 'x',
      ServerSideEncryption: 'aws:kms',
    });
    expect(plain.ETag).toBe('"9dd4e461268c8034f5c8564e155c67a6"');
    expect(kms.ETag).not.toBe(plain.ETag);
    expect(kms.ETag).toMatch(/^"[0-9a-f]{32}"$/);
  });

  it('lets a request override the default: SSE-KMS without a key uses the AWS managed key aws/s3', async () => {
    const lake = await lakeWithBucket();
    const put = await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'a',
      Body: 'x',
      ServerSideEncryption: 'aws:kms',
    });
    expect(put).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/s3',
    });
  });

  it('DeleteBucketEncryption falls back to SSE-S3, and a KMS key with AES256 is InvalidArgument', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutBucketEncryption', {
      Bucket: 'raw-zone',
      ServerSideEncryptionConfiguration: kmsConfig,
    });
    await lake.call('s3', 'DeleteBucketEncryption', { Bucket: 'raw-zone' });
    expect(await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a', Body: 'x' })).toEqual(
      expect.objectContaining({ ServerSideEncryption: 'AES256' }),
    );
    const bad = {
      Rules: [
        { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256', KMSMasterKeyID: 'k' } },
      ],
    };
    expect(
      (
        await lake.errorOf('s3', 'PutBucketEncryption', {
          Bucket: 'raw-zone',
          ServerSideEncryptionConfiguration: bad,
        })
      ).name,
    ).toBe('InvalidArgument');
  });
});

describe('S3 Block Public Access', () => {
  it('is on by default for new buckets, and GetPublicAccessBlock answers NoSuchPublicAccessBlockConfiguration once deleted', async () => {
    const lake = await lakeWithBucket();
    expect(await lake.call('s3', 'GetPublicAccessBlock', { Bucket: 'raw-zone' })).toEqual({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    await lake.call('s3', 'DeletePublicAccessBlock', { Bucket: 'raw-zone' });
    expect(await lake.errorOf('s3', 'GetPublicAccessBlock', { Bucket: 'raw-zone' })).toMatchObject({
      name: 'NoSuchPublicAccessBlockConfiguration',
      statusCode: 404,
    });
    await lake.call('s3', 'PutPublicAccessBlock', {
      Bucket: 'raw-zone',
      PublicAccessBlockConfiguration: { BlockPublicPolicy: true },
    });
    expect(await lake.call('s3', 'GetPublicAccessBlock', { Bucket: 'raw-zone' })).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: false, BlockPublicPolicy: true },
    });
  });
});
