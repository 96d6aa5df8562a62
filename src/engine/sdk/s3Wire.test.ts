import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetBucketLifecycleConfigurationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  PutBucketTaggingCommand,
  GetBucketTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { HttpRequest } from '@smithy/types';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readBody } from './bytes';
import { toHttpResponse } from './handler';
import type { DecodedCall } from './protocol';
import { decodeS3Request } from './s3Request';
import { s3Protocol } from './s3Protocol';

/**
 * A real S3Client whose requests are decoded by the bridge and answered with `output`
 * encoded by the bridge: checks both directions of the S3 wire format against the SDK.
 */
function wire(output: Record<string, unknown> = {}, extra: object = {}) {
  const seen: DecodedCall[] = [];
  const hosts: string[] = [];
  const client = new S3Client({
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'secret' },
    requestHandler: {
      handle: async (request: HttpRequest) => {
        const call = decodeS3Request(request, await readBody(request.body));
        seen.push(call);
        hosts.push(`${request.hostname}${request.path}`);
        return { response: toHttpResponse(s3Protocol.encodeOutput(call, output, 'REQ1')) };
      },
    },
    ...extra,
  });
  return { client, seen, hosts, last: () => seen.at(-1)! };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('S3 wire format: requests the SDK sends', () => {
  it('decodes PutObject with its bytes, key, content type and metadata (virtual-hosted)', async () => {
    const { client, last } = wire({ ETag: '"abc"' });
    const result = await client.send(
      new PutObjectCommand({
        Bucket: 'raw-zone',
        Key: 'sales/2025/a b+c.csv',
        Body: bytes('id,total\n1,9.5\n'),
        ContentType: 'text/csv',
        Metadata: { source: 'pos' },
      }),
    );
    expect(result.ETag).toBe('"abc"');
    const call = last();
    expect(call.operation).toBe('PutObject');
    expect(call.input).toMatchObject({
      Bucket: 'raw-zone',
      Key: 'sales/2025/a b+c.csv',
      ContentType: 'text/csv',
      Metadata: { source: 'pos' },
    });
    expect(new TextDecoder().decode(call.input.Body as Uint8Array)).toBe('id,total\n1,9.5\n');
  });

  it('decodes the same request path-style with a custom endpoint', async () => {
    const { client, last, hosts } = wire();
    const pathStyle = wire({}, { endpoint: 'http://lakelab.local', forcePathStyle: true });
    await client.send(new PutObjectCommand({ Bucket: 'raw-zone', Key: 'k/é.json', Body: '{}' }));
    await pathStyle.client.send(
      new PutObjectCommand({ Bucket: 'raw-zone', Key: 'k/é.json', Body: '{}' }),
    );
    expect(pathStyle.last().input).toMatchObject({ Bucket: 'raw-zone', Key: 'k/é.json' });
    expect(last().input).toMatchObject({ Bucket: 'raw-zone', Key: 'k/é.json' });
    expect(hosts).toEqual(['raw-zone.s3.us-east-1.amazonaws.com/k/%C3%A9.json']);
    expect(pathStyle.hosts).toEqual(['lakelab.local/raw-zone/k/%C3%A9.json']);
  });

  it('reads a streamed upload body whole (aws-chunked)', async () => {
    const { client, last } = wire();
    await client.send(
      new PutObjectCommand({
        Bucket: 'raw-zone',
        Key: 'logs.txt',
        Body: Readable.from([bytes('line 1\n'), bytes('line 2\n')]),
      }),
    );
    expect(new TextDecoder().decode(last().input.Body as Uint8Array)).toBe('line 1\nline 2\n');
  });

  it('decodes ListObjectsV2 parameters with MaxKeys as a number', async () => {
    const { client, last } = wire({
      Name: 'raw-zone',
      KeyCount: 0,
      MaxKeys: 10,
      IsTruncated: false,
    });
    await client.send(
      new ListObjectsV2Command({
        Bucket: 'raw-zone',
        Prefix: 'sales/',
        Delimiter: '/',
        MaxKeys: 10,
        ContinuationToken: 't1',
      }),
    );
    expect(last()).toMatchObject({
      operation: 'ListObjectsV2',
      input: {
        Bucket: 'raw-zone',
        Prefix: 'sales/',
        Delimiter: '/',
        MaxKeys: 10,
        ContinuationToken: 't1',
      },
    });
  });

  it('decodes DeleteObjects, CopyObject and bucket configuration payloads into SDK shapes', async () => {
    const { client, seen } = wire();
    await client.send(
      new DeleteObjectsCommand({
        Bucket: 'b1',
        Delete: { Objects: [{ Key: '1' }, { Key: 'a&b' }], Quiet: true },
      }),
    );
    await client.send(
      new CopyObjectCommand({ Bucket: 'b1', Key: 'copy.csv', CopySource: 'raw-zone/dir/a b.csv' }),
    );
    await client.send(
      new PutBucketEncryptionCommand({
        Bucket: 'b1',
        ServerSideEncryptionConfiguration: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: {
                SSEAlgorithm: 'aws:kms',
                KMSMasterKeyID: 'alias/lake',
              },
              BucketKeyEnabled: true,
            },
          ],
        },
      }),
    );
    await client.send(
      new PutPublicAccessBlockCommand({
        Bucket: 'b1',
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: false },
      }),
    );
    await client.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'b1',
        LifecycleConfiguration: {
          Rules: [
            {
              ID: 'cold',
              Status: 'Enabled',
              Filter: { Prefix: 'raw/' },
              Transitions: [
                { Days: 30, StorageClass: 'STANDARD_IA' },
                { Days: 90, StorageClass: 'GLACIER' },
              ],
              Expiration: { Days: 365 },
            },
          ],
        },
      }),
    );
    await client.send(
      new PutBucketTaggingCommand({
        Bucket: 'b1',
        Tagging: { TagSet: [{ Key: 'zone', Value: 'raw' }] },
      }),
    );
    const [del, copy, enc, pab, life, tags] = seen;
    expect(del).toMatchObject({
      operation: 'DeleteObjects',
      input: { Delete: { Objects: [{ Key: '1' }, { Key: 'a&b' }], Quiet: true } },
    });
    expect(copy).toMatchObject({
      operation: 'CopyObject',
      input: { Bucket: 'b1', Key: 'copy.csv', CopySource: 'raw-zone/dir/a b.csv' },
    });
    expect(enc?.input.ServerSideEncryptionConfiguration).toEqual({
      Rules: [
        {
          ApplyServerSideEncryptionByDefault: {
            SSEAlgorithm: 'aws:kms',
            KMSMasterKeyID: 'alias/lake',
          },
          BucketKeyEnabled: true,
        },
      ],
    });
    expect(pab?.input.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
    });
    expect(life?.input.LifecycleConfiguration).toEqual({
      Rules: [
        {
          ID: 'cold',
          Status: 'Enabled',
          Filter: { Prefix: 'raw/' },
          Transitions: [
            { Days: 30, StorageClass: 'STANDARD_IA' },
            { Days: 90, StorageClass: 'GLACIER' },
          ],
          Expiration: { Days: 365 },
        },
      ],
    });
    expect(tags).toMatchObject({
      operation: 'PutBucketTagging',
      input: { Tagging: { TagSet: [{ Key: 'zone', Value: 'raw' }] } },
    });
  });
});

describe('S3 wire format: responses the SDK reads', () => {
  it('gives GetObject a body the SDK can transform to bytes or text, with headers as fields', async () => {
    const modified = new Date('2025-01-06T09:00:00Z');
    const { client } = wire({
      Body: bytes('héllo'),
      ContentType: 'text/plain',
      ETag: '"e1"',
      LastModified: modified,
      Metadata: { source: 'pos' },
      StorageClass: 'STANDARD_IA',
      ServerSideEncryption: 'AES256',
    });
    const result = await client.send(new GetObjectCommand({ Bucket: 'b1', Key: 'k' }));
    expect(result).toMatchObject({
      ContentType: 'text/plain',
      ETag: '"e1"',
      LastModified: modified,
      Metadata: { source: 'pos' },
      ContentLength: 6,
      StorageClass: 'STANDARD_IA',
      ServerSideEncryption: 'AES256',
    });
    expect(await result.Body!.transformToString()).toBe('héllo');
    const again = await client.send(new GetObjectCommand({ Bucket: 'b1', Key: 'k' }));
    expect(await again.Body!.transformToByteArray()).toEqual(bytes('héllo'));
  });

  it('gives HeadObject its size and dates from headers', async () => {
    const { client } = wire({
      ContentLength: 1234,
      LastModified: new Date('2025-01-06T09:00:00Z'),
      ETag: '"e1"',
    });
    const head = await client.send(new HeadObjectCommand({ Bucket: 'b1', Key: 'k' }));
    expect(head).toMatchObject({
      ContentLength: 1234,
      ETag: '"e1"',
      LastModified: new Date('2025-01-06T09:00:00Z'),
    });
  });

  it('writes ListObjectsV2 results with flattened Contents and CommonPrefixes', async () => {
    const { client } = wire({
      Name: 'b1',
      Prefix: 'sales/',
      Delimiter: '/',
      MaxKeys: 2,
      KeyCount: 2,
      IsTruncated: true,
      NextContinuationToken: 'n2',
      Contents: [
        {
          Key: 'sales/a.csv',
          Size: 10,
          ETag: '"1"',
          LastModified: new Date('2025-01-06T09:00:00Z'),
          StorageClass: 'STANDARD',
        },
      ],
      CommonPrefixes: [{ Prefix: 'sales/2025/' }],
    });
    const out = await client.send(new ListObjectsV2Command({ Bucket: 'b1' }));
    expect(out).toMatchObject({
      Name: 'b1',
      KeyCount: 2,
      IsTruncated: true,
      NextContinuationToken: 'n2',
      CommonPrefixes: [{ Prefix: 'sales/2025/' }],
    });
    expect(out.Contents).toEqual([
      {
        Key: 'sales/a.csv',
        Size: 10,
        ETag: '"1"',
        LastModified: new Date('2025-01-06T09:00:00Z'),
        StorageClass: 'STANDARD',
      },
    ]);
  });

  it('writes lifecycle rules, tags and DeleteObjects results as the SDK expects', async () => {
    const rules = [
      {
        ID: 'cold',
        Status: 'Enabled',
        Filter: { Prefix: 'raw/' },
        Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' }],
      },
    ];
    expect(
      (
        await wire({ Rules: rules }).client.send(
          new GetBucketLifecycleConfigurationCommand({ Bucket: 'b1' }),
        )
      ).Rules,
    ).toEqual(rules);
    expect(
      (
        await wire({ TagSet: [{ Key: 'zone', Value: 'raw' }] }).client.send(
          new GetBucketTaggingCommand({ Bucket: 'b1' }),
        )
      ).TagSet,
    ).toEqual([{ Key: 'zone', Value: 'raw' }]);
    const deleted = await wire({
      Deleted: [{ Key: 'a' }],
      Errors: [{ Key: 'b', Code: 'AccessDenied', Message: 'no' }],
    }).client.send(
      new DeleteObjectsCommand({ Bucket: 'b1', Delete: { Objects: [{ Key: 'a' }, { Key: 'b' }] } }),
    );
    expect(deleted).toMatchObject({
      Deleted: [{ Key: 'a' }],
      Errors: [{ Key: 'b', Code: 'AccessDenied', Message: 'no' }],
    });
  });
});
