import {
  CreateBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { TestLake } from '../testing/TestLake';

const md5Etag = (bytes: Uint8Array) => `"${createHash('md5').update(bytes).digest('hex')}"`;
const body = new TextEncoder().encode('event_id,page\ne-1,/cart\n');

// S3: a single-part upload's ETag is the quoted MD5 of its bytes (RESTCommonResponseHeaders: ETag).
// LakeLab derives it when read instead of storing it: every way of reading it gives that value.
describe('ETags derived from the bytes when read', () => {
  it('PutObject, HeadObject, ListObjectsV2 and the JSON of the output all give the MD5', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const put = await lake.call<{ ETag: string }>('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'clicks/a.csv',
      Body: body,
    });
    expect(JSON.parse(JSON.stringify(put))).toEqual({
      ETag: md5Etag(body),
      ServerSideEncryption: 'AES256',
    });
    const head = await lake.call<{ ETag: string }>('s3', 'HeadObject', {
      Bucket: 'raw-zone',
      Key: 'clicks/a.csv',
    });
    expect(head.ETag).toBe(md5Etag(body));
    const listed = await lake.call<{ Contents: object[] }>('s3', 'ListObjectsV2', {
      Bucket: 'raw-zone',
    });
    // The listing keeps S3's member order: Key, LastModified, ETag, Size, StorageClass.
    expect(Object.keys(listed.Contents[0]!)).toEqual([
      'Key',
      'LastModified',
      'ETag',
      'Size',
      'StorageClass',
    ]);
    expect(JSON.parse(JSON.stringify(listed.Contents[0]))).toMatchObject({ ETag: md5Etag(body) });
  });

  it('is not stored in the world, so a snapshot or a saved lab carries no digests, and reads the same after a restore', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a.csv', Body: body });
    const snapshot = lake.engine.snapshot();
    expect(snapshot.s3.buckets['raw-zone']!.objects['a.csv']).not.toHaveProperty('ETag');
    const restored = createEngine();
    restored.restore(snapshot);
    const head = await restored.call<{ ETag: string }>('s3', 'HeadObject', {
      Bucket: 'raw-zone',
      Key: 'a.csv',
    });
    expect(head.ETag).toBe(md5Etag(body));
  });

  it('reaches the real S3Client in the PutObject header and the ListObjectsV2 XML', async () => {
    const engine = createEngine();
    const s3 = new S3Client(engine.sdkConfig());
    await s3.send(new CreateBucketCommand({ Bucket: 'raw-zone' }));
    const put = await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key: 'k', Body: body }));
    expect(put.ETag).toBe(md5Etag(body));
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'raw-zone', Key: 'k' }));
    expect(head.ETag).toBe(md5Etag(body));
    const list = await s3.send(new ListObjectsV2Command({ Bucket: 'raw-zone' }));
    expect(list.Contents?.[0]?.ETag).toBe(md5Etag(body));
  });
});
