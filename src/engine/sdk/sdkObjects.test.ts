import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetObjectTaggingCommand,
  GetPublicAccessBlockCommand,
  PutBucketEncryptionCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectTaggingCommand,
  PutPublicAccessBlockCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  paginateListObjectsV2,
} from '@aws-sdk/client-s3';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  IAMClient,
  PutUserPolicyCommand,
} from '@aws-sdk/client-iam';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import type { Engine } from '../engine';
import { createEngine } from '../index';

async function lakeWithBucket(): Promise<{ engine: Engine; s3: S3Client; pathStyle: S3Client }> {
  const engine = createEngine();
  const s3 = new S3Client(engine.sdkConfig());
  await s3.send(new CreateBucketCommand({ Bucket: 'raw-zone' }));
  return {
    engine,
    s3,
    pathStyle: new S3Client({
      ...engine.sdkConfig(),
      endpoint: 'http://lakelab.local',
      forcePathStyle: true,
    }),
  };
}

const csv = 'order_id,total\n1,9.50\n2,12.00\n';

describe('the SDK bridge: S3 objects end to end', () => {
  it('puts and gets an object’s exact bytes, virtual-hosted and path-style', async () => {
    const { engine, s3, pathStyle } = await lakeWithBucket();
    const bytes = new Uint8Array([0, 1, 2, 254, 255]);
    await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key: 'bin/a.bin', Body: bytes }));
    await pathStyle.send(
      new PutObjectCommand({
        Bucket: 'raw-zone',
        Key: 'sales/2025/orders.csv',
        Body: csv,
        ContentType: 'text/csv',
      }),
    );
    expect(engine.world.s3.buckets['raw-zone']!.objects['bin/a.bin']!.Body).toEqual(bytes);
    const got = await pathStyle.send(
      new GetObjectCommand({ Bucket: 'raw-zone', Key: 'bin/a.bin' }),
    );
    expect(await got.Body!.transformToByteArray()).toEqual(bytes);
    const text = await s3.send(
      new GetObjectCommand({ Bucket: 'raw-zone', Key: 'sales/2025/orders.csv' }),
    );
    expect(text.ContentType).toBe('text/csv');
    expect(await text.Body!.transformToString()).toBe(csv);
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: 'raw-zone', Key: 'sales/2025/orders.csv' }),
    );
    expect(head.ContentLength).toBe(csv.length);
  });

  it('lists, copies and deletes objects', async () => {
    const { s3 } = await lakeWithBucket();
    for (const Key of ['sales/a.csv', 'sales/2025/b.csv', 'hr/c.csv'])
      await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key, Body: csv }));
    const listed = await s3.send(
      new ListObjectsV2Command({ Bucket: 'raw-zone', Prefix: 'sales/', Delimiter: '/' }),
    );
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['sales/a.csv']);
    expect(listed.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['sales/2025/']);
    await s3.send(
      new CopyObjectCommand({
        Bucket: 'raw-zone',
        Key: 'curated/a.csv',
        CopySource: 'raw-zone/sales/a.csv',
      }),
    );
    await s3.send(new DeleteObjectCommand({ Bucket: 'raw-zone', Key: 'hr/c.csv' }));
    await s3.send(
      new DeleteObjectsCommand({
        Bucket: 'raw-zone',
        Delete: { Objects: [{ Key: 'sales/2025/b.csv' }] },
      }),
    );
    const all = await s3.send(new ListObjectsV2Command({ Bucket: 'raw-zone' }));
    expect(all.Contents?.map((o) => o.Key)).toEqual(['curated/a.csv', 'sales/a.csv']);
  });

  it('answers NoSuchKey for a missing object', async () => {
    const { s3 } = await lakeWithBucket();
    expect(
      await failureOf(s3.send(new GetObjectCommand({ Bucket: 'raw-zone', Key: 'nope.csv' }))),
    ).toMatchObject({ name: 'NoSuchKey', status: 404 });
  });

  it('lets a user read only the prefix its policy names, with the IAM message otherwise', async () => {
    const { engine, s3 } = await lakeWithBucket();
    for (const Key of ['sales/a.csv', 'hr/salaries.csv'])
      await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key, Body: csv }));
    const iam = new IAMClient(engine.sdkConfig());
    await iam.send(new CreateUserCommand({ UserName: 'analyst' }));
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::raw-zone/sales/*' },
      ],
    };
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'analyst',
        PolicyName: 'sales-only',
        PolicyDocument: JSON.stringify(policy),
      }),
    );
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'analyst' }));
    const analyst = new S3Client(
      engine.sdkConfig({
        accessKeyId: AccessKey!.AccessKeyId!,
        secretAccessKey: AccessKey!.SecretAccessKey!,
      }),
    );
    const allowed = await analyst.send(
      new GetObjectCommand({ Bucket: 'raw-zone', Key: 'sales/a.csv' }),
    );
    expect(await allowed.Body!.transformToString()).toBe(csv);
    const denied = await failureOf(
      analyst.send(new GetObjectCommand({ Bucket: 'raw-zone', Key: 'hr/salaries.csv' })),
    );
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(denied.message).toContain(
      'User: arn:aws:iam::111122223333:user/analyst is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::raw-zone/hr/salaries.csv',
    );
  });

  it('round-trips bucket encryption, public access block, lifecycle rules and object tags', async () => {
    const { s3 } = await lakeWithBucket();
    await s3.send(
      new PutBucketEncryptionCommand({
        Bucket: 'raw-zone',
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
    const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: 'raw-zone' }));
    expect(encryption.ServerSideEncryptionConfiguration?.Rules?.[0]).toMatchObject({
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'alias/lake' },
      BucketKeyEnabled: true,
    });
    await s3.send(
      new PutPublicAccessBlockCommand({
        Bucket: 'raw-zone',
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: false,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
    expect(
      (await s3.send(new GetPublicAccessBlockCommand({ Bucket: 'raw-zone' })))
        .PublicAccessBlockConfiguration,
    ).toEqual({
      BlockPublicAcls: false,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: true,
    });
    const rule = {
      ID: 'cold',
      Status: 'Enabled' as const,
      Filter: { Prefix: 'raw/' },
      Transitions: [{ Days: 30, StorageClass: 'STANDARD_IA' as const }],
      Expiration: { Days: 365 },
    };
    await s3.send(
      new PutBucketLifecycleConfigurationCommand({
        Bucket: 'raw-zone',
        LifecycleConfiguration: { Rules: [rule] },
      }),
    );
    expect(
      (await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: 'raw-zone' })))
        .Rules?.[0],
    ).toMatchObject(rule);
    await s3.send(new PutObjectCommand({ Bucket: 'raw-zone', Key: 'a.csv', Body: csv }));
    await s3.send(
      new PutObjectTaggingCommand({
        Bucket: 'raw-zone',
        Key: 'a.csv',
        Tagging: { TagSet: [{ Key: 'pii', Value: 'false' }] },
      }),
    );
    expect(
      (await s3.send(new GetObjectTaggingCommand({ Bucket: 'raw-zone', Key: 'a.csv' }))).TagSet,
    ).toEqual([{ Key: 'pii', Value: 'false' }]);
  });

  it('carries user metadata and pages listings with continuation tokens', async () => {
    const { s3 } = await lakeWithBucket();
    for (let i = 0; i < 5; i++)
      await s3.send(
        new PutObjectCommand({
          Bucket: 'raw-zone',
          Key: `logs/${i}.json`,
          Body: '{}',
          Metadata: { source: `app-${i}` },
        }),
      );
    expect(
      (await s3.send(new HeadObjectCommand({ Bucket: 'raw-zone', Key: 'logs/3.json' }))).Metadata,
    ).toEqual({ source: 'app-3' });
    const pages: string[][] = [];
    for await (const page of paginateListObjectsV2(
      { client: s3, pageSize: 2 },
      { Bucket: 'raw-zone' },
    ))
      pages.push((page.Contents ?? []).map((o) => o.Key!));
    expect(pages).toEqual([
      ['logs/0.json', 'logs/1.json'],
      ['logs/2.json', 'logs/3.json'],
      ['logs/4.json'],
    ]);
  });
});
