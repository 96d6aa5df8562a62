import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';

async function clientWithBucket() {
  const engine = createEngine();
  const s3 = new S3Client(engine.sdkConfig());
  await s3.send(new CreateBucketCommand({ Bucket: 'raw-zone' }));
  return { engine, s3 };
}

describe('S3 objects through the real S3Client', () => {
  it('puts and gets real bytes, with the MD5 ETag, a byte range and metadata', async () => {
    const { s3 } = await clientWithBucket();
    const body = new TextEncoder().encode('order_id,amount\n1,9.99\n');
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: 'raw-zone',
        Key: 'sales/orders.csv',
        Body: body,
        ContentType: 'text/csv',
        Metadata: { source: 'pos' },
      }),
    );
    expect(put.ETag).toBe(`"${createHash('md5').update(body).digest('hex')}"`);
    const got = await s3.send(
      new GetObjectCommand({ Bucket: 'raw-zone', Key: 'sales/orders.csv', Range: 'bytes=0-7' }),
    );
    expect(await got.Body!.transformToString()).toBe('order_id');
    expect(got).toMatchObject({
      ContentRange: `bytes 0-7/${body.length}`,
      ContentType: 'text/csv',
      Metadata: { source: 'pos' },
      ServerSideEncryption: 'AES256',
    });
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: 'raw-zone', Key: 'sales/orders.csv' }),
    );
    expect(head.ContentLength).toBe(body.length);
  });

  it('lists with a delimiter, copies, and deletes in a batch', async () => {
    const { s3 } = await clientWithBucket();
    for (const Key of ['sales/2025/a.csv', 'sales/2026/b.csv', 'sales/top.csv'])
      await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key, Body: Key }));
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: 'raw-zone', Prefix: 'sales/', Delimiter: '/' }),
    );
    expect(page.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['sales/2025/', 'sales/2026/']);
    expect(page.Contents?.map((c) => c.Key)).toEqual(['sales/top.csv']);
    expect(page.KeyCount).toBe(3);
    await s3.send(
      new CopyObjectCommand({
        Bucket: 'raw-zone',
        Key: 'copy.csv',
        CopySource: 'raw-zone/sales/top.csv',
      }),
    );
    const deleted = await s3.send(
      new DeleteObjectsCommand({
        Bucket: 'raw-zone',
        Delete: { Objects: [{ Key: 'copy.csv' }, { Key: 'sales/top.csv' }] },
      }),
    );
    expect(deleted.Deleted?.map((d) => d.Key)).toEqual(['copy.csv', 'sales/top.csv']);
  });

  it('round-trips a lifecycle configuration and answers an empty location for us-east-1', async () => {
    const { s3 } = await clientWithBucket();
    const Rules = [
      {
        ID: 'tier',
        Status: 'Enabled' as const,
        Filter: { Prefix: 'raw/' },
        Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' as const }],
        Expiration: { Days: 365 },
      },
    ];
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'raw-zone',
        LifecycleConfiguration: { Rules },
      }),
    );
    const got = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'raw-zone' }));
    expect(got.Rules).toEqual(Rules);
    expect(
      (await s3.send(new GetBucketLocationCommand({ Bucket: 'raw-zone' }))).LocationConstraint,
    ).toBeUndefined();
  });
});
