import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

async function lakeWithBucket(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  return lake;
}

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) & 0xff);
type Got = {
  Body: Uint8Array;
  ContentLength: number;
  ContentRange?: string;
  ETag: string;
  StorageClass?: string;
  LastModified: Date;
  Metadata: Record<string, string>;
  ContentType?: string;
  ServerSideEncryption: string;
};

describe('S3 objects: PutObject, GetObject, HeadObject', () => {
  it('stores real bytes and returns them with an ETag that is the quoted MD5 (single-part upload)', async () => {
    const lake = await lakeWithBucket();
    const body = bytes(1000);
    const put = await lake.call<{ ETag: string }>('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'sales/a.bin',
      Body: body,
      ContentType: 'application/octet-stream',
      Metadata: { Source: 'pos' },
    });
    const md5 = `"${createHash('md5').update(body).digest('hex')}"`;
    expect(put.ETag).toBe(md5);
    const got = await lake.call<Got>('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'sales/a.bin' });
    expect(got.Body).toEqual(body);
    expect(got).toMatchObject({
      ETag: md5,
      ContentLength: 1000,
      ContentType: 'application/octet-stream',
      ServerSideEncryption: 'AES256',
    });
    // S3 stores user metadata keys in lower case; StorageClass is omitted for STANDARD.
    expect(got.Metadata).toEqual({ source: 'pos' });
    expect(got.StorageClass).toBeUndefined();
    expect(got.LastModified).toEqual(lake.now());
  });

  it('takes a string Body as UTF-8', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'hello.txt', Body: 'héllo' });
    const got = await lake.call<Got>('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'hello.txt' });
    expect(new TextDecoder().decode(got.Body)).toBe('héllo');
    expect(got.ContentLength).toBe(6);
  });

  it('reads byte ranges bytes=a-b, bytes=a- and bytes=-n with a Content-Range (RFC 9110)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'r.txt', Body: '0123456789' });
    const read = async (Range: string) =>
      lake.call<Got>('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'r.txt', Range });
    const text = (g: Got) => new TextDecoder().decode(g.Body);
    const first = await read('bytes=2-4');
    expect([text(first), first.ContentRange, first.ContentLength]).toEqual([
      '234',
      'bytes 2-4/10',
      3,
    ]);
    expect(text(await read('bytes=7-'))).toBe('789');
    expect((await read('bytes=-3')).ContentRange).toBe('bytes 7-9/10');
    expect(text(await read('bytes=8-100'))).toBe('89');
  });

  it('answers InvalidRange (416) to a range that starts past the end', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'r.txt', Body: '0123456789' });
    const error = await lake.errorOf('s3', 'GetObject', {
      Bucket: 'raw-zone',
      Key: 'r.txt',
      Range: 'bytes=10-20',
    });
    expect(error).toMatchObject({ name: 'InvalidRange', statusCode: 416 });
  });

  it('answers NoSuchKey to GetObject and NotFound to HeadObject (a HEAD response has no body)', async () => {
    const lake = await lakeWithBucket();
    expect(
      await lake.errorOf('s3', 'GetObject', { Bucket: 'raw-zone', Key: 'missing' }),
    ).toMatchObject({ name: 'NoSuchKey', statusCode: 404 });
    expect(
      await lake.errorOf('s3', 'HeadObject', { Bucket: 'raw-zone', Key: 'missing' }),
    ).toMatchObject({ name: 'NotFound', statusCode: 404 });
  });

  it('HeadObject gives the metadata without a body', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'ia.bin',
      Body: bytes(10),
      StorageClass: 'STANDARD_IA',
    });
    const head = await lake.call<Record<string, unknown>>('s3', 'HeadObject', {
      Bucket: 'raw-zone',
      Key: 'ia.bin',
    });
    expect(head).toMatchObject({ ContentLength: 10, StorageClass: 'STANDARD_IA' });
    expect(head.Body).toBeUndefined();
  });

  it('refuses to read GLACIER and DEEP_ARCHIVE objects with InvalidObjectState (403): they need a restore', async () => {
    const lake = await lakeWithBucket();
    for (const StorageClass of ['GLACIER', 'DEEP_ARCHIVE']) {
      await lake.call('s3', 'PutObject', {
        Bucket: 'raw-zone',
        Key: StorageClass,
        Body: 'cold',
        StorageClass,
      });
      expect(
        await lake.errorOf('s3', 'GetObject', { Bucket: 'raw-zone', Key: StorageClass }),
      ).toMatchObject({ name: 'InvalidObjectState', statusCode: 403 });
    }
  });

  it('refuses a single PUT over 5 GB with EntityTooLarge', async () => {
    const lake = await lakeWithBucket();
    const error = await lake.errorOf('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'huge',
      Body: 'x',
      ContentLength: 5 * 1024 ** 3 + 1,
    });
    expect(error.name).toBe('EntityTooLarge');
  });

  it('stores the Tagging query string as tags, and the tagging operations replace, read and remove them', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 't.csv',
      Body: 'x',
      Tagging: 'team=sales&pii=no%20way',
    });
    expect(await lake.call('s3', 'GetObjectTagging', { Bucket: 'raw-zone', Key: 't.csv' })).toEqual(
      {
        TagSet: [
          { Key: 'team', Value: 'sales' },
          { Key: 'pii', Value: 'no way' },
        ],
      },
    );
    await lake.call('s3', 'PutObjectTagging', {
      Bucket: 'raw-zone',
      Key: 't.csv',
      Tagging: { TagSet: [{ Key: 'zone', Value: 'raw' }] },
    });
    expect(await lake.call('s3', 'GetObjectTagging', { Bucket: 'raw-zone', Key: 't.csv' })).toEqual(
      { TagSet: [{ Key: 'zone', Value: 'raw' }] },
    );
    await lake.call('s3', 'DeleteObjectTagging', { Bucket: 'raw-zone', Key: 't.csv' });
    expect(await lake.call('s3', 'GetObjectTagging', { Bucket: 'raw-zone', Key: 't.csv' })).toEqual(
      { TagSet: [] },
    );
  });

  it('refuses more than 10 tags on an object (object-tagging.html)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 't.csv', Body: 'x' });
    const TagSet = Array.from({ length: 11 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect(
      (
        await lake.errorOf('s3', 'PutObjectTagging', {
          Bucket: 'raw-zone',
          Key: 't.csv',
          Tagging: { TagSet },
        })
      ).name,
    ).toBe('BadRequest');
  });
});

describe('S3 objects: CopyObject and deletes', () => {
  it('copies bytes and metadata (MetadataDirective COPY) or replaces them (REPLACE), to another class', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'CreateBucket', { Bucket: 'curated-zone' });
    await lake.call('s3', 'PutObject', {
      Bucket: 'raw-zone',
      Key: 'dir/a b.csv',
      Body: 'a,b',
      ContentType: 'text/csv',
      Metadata: { origin: 'pos' },
    });
    const copy = await lake.call<{ CopyObjectResult: { ETag: string } }>('s3', 'CopyObject', {
      Bucket: 'curated-zone',
      Key: 'a.csv',
      CopySource: 'raw-zone/dir/a%20b.csv',
      StorageClass: 'STANDARD_IA',
    });
    const copied = await lake.call<Got>('s3', 'GetObject', {
      Bucket: 'curated-zone',
      Key: 'a.csv',
    });
    expect(copied).toMatchObject({
      ETag: copy.CopyObjectResult.ETag,
      ContentType: 'text/csv',
      Metadata: { origin: 'pos' },
      StorageClass: 'STANDARD_IA',
    });
    await lake.call('s3', 'CopyObject', {
      Bucket: 'curated-zone',
      Key: 'b.csv',
      CopySource: 'raw-zone/dir/a%20b.csv',
      MetadataDirective: 'REPLACE',
      Metadata: { stage: 'curated' },
    });
    expect(
      (await lake.call<Got>('s3', 'HeadObject', { Bucket: 'curated-zone', Key: 'b.csv' })).Metadata,
    ).toEqual({ stage: 'curated' });
  });

  it('refuses to copy an object onto itself without changing anything (InvalidRequest), but allows a class change', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a.csv', Body: 'x' });
    const error = await lake.errorOf('s3', 'CopyObject', {
      Bucket: 'raw-zone',
      Key: 'a.csv',
      CopySource: 'raw-zone/a.csv',
    });
    expect(error.name).toBe('InvalidRequest');
    expect(error.message).toContain('copy an object to itself');
    await lake.call('s3', 'CopyObject', {
      Bucket: 'raw-zone',
      Key: 'a.csv',
      CopySource: 'raw-zone/a.csv',
      StorageClass: 'ONEZONE_IA',
    });
    expect(
      (await lake.call<Got>('s3', 'HeadObject', { Bucket: 'raw-zone', Key: 'a.csv' })).StorageClass,
    ).toBe('ONEZONE_IA');
  });

  it('DeleteObject is idempotent: deleting a missing key succeeds (unversioned bucket)', async () => {
    const lake = await lakeWithBucket();
    await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key: 'a.csv', Body: 'x' });
    await lake.call('s3', 'DeleteObject', { Bucket: 'raw-zone', Key: 'a.csv' });
    await expect(
      lake.call('s3', 'DeleteObject', { Bucket: 'raw-zone', Key: 'a.csv' }),
    ).resolves.toEqual({});
    expect(
      (await lake.errorOf('s3', 'DeleteObject', { Bucket: 'no-such-bucket', Key: 'a.csv' })).name,
    ).toBe('NoSuchBucket');
  });

  it('DeleteObjects lists deleted keys, or only errors in Quiet mode', async () => {
    const lake = await lakeWithBucket();
    for (const Key of ['a', 'b'])
      await lake.call('s3', 'PutObject', { Bucket: 'raw-zone', Key, Body: Key });
    const loud = await lake.call('s3', 'DeleteObjects', {
      Bucket: 'raw-zone',
      Delete: { Objects: [{ Key: 'a' }, { Key: 'missing' }] },
    });
    expect(loud).toEqual({ Deleted: [{ Key: 'a' }, { Key: 'missing' }] });
    expect(
      await lake.call('s3', 'DeleteObjects', {
        Bucket: 'raw-zone',
        Delete: { Objects: [{ Key: 'b' }], Quiet: true },
      }),
    ).toEqual({});
  });
});
