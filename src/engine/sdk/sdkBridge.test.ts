import {
  CreateBucketCommand,
  DeleteBucketCommand,
  HeadBucketCommand,
  ListBucketsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import {
  CreateAccessKeyCommand,
  CreateUserCommand,
  GetUserCommand,
  GetUserPolicyCommand,
  IAMClient,
  ListUsersCommand,
  PutUserPolicyCommand,
  UpdateAccessKeyCommand,
} from '@aws-sdk/client-iam';
import { GetDatabasesCommand, GlueClient } from '@aws-sdk/client-glue';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import type { Engine } from '../engine';
import { createEngine } from '../index';

type Keys = { accessKeyId: string; secretAccessKey: string };

/** A user with one access key and one inline policy, made through the real IAM client. */
async function userWithPolicy(engine: Engine, name: string, statements: object[]): Promise<Keys> {
  const iam = new IAMClient(engine.sdkConfig());
  await iam.send(new CreateUserCommand({ UserName: name }));
  await iam.send(
    new PutUserPolicyCommand({
      UserName: name,
      PolicyName: 'lab',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    }),
  );
  const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: name }));
  return { accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! };
}

describe('the SDK bridge: S3 REST-XML', () => {
  it('creates and lists buckets through the default endpoint (virtual-hosted addressing)', async () => {
    const engine = createEngine();
    const s3 = new S3Client(engine.sdkConfig());
    await s3.send(new CreateBucketCommand({ Bucket: 'raw-zone' }));
    await s3.send(new HeadBucketCommand({ Bucket: 'raw-zone' }));
    const { Buckets, Owner } = await s3.send(new ListBucketsCommand({}));
    expect(Buckets?.map((b) => b.Name)).toEqual(['raw-zone']);
    expect(Buckets?.[0]?.CreationDate).toEqual(engine.clock.now());
    expect(Owner?.ID).toBe('111122223333');
  });

  it('works path-style with a custom endpoint and forcePathStyle', async () => {
    const engine = createEngine();
    const s3 = new S3Client({
      ...engine.sdkConfig(),
      endpoint: 'http://lakelab.local',
      forcePathStyle: true,
    });
    await s3.send(new CreateBucketCommand({ Bucket: 'curated-zone' }));
    await s3.send(new DeleteBucketCommand({ Bucket: 'curated-zone' }));
    expect(Object.keys(engine.world.s3.buckets)).toEqual([]);
  });

  it('rebuilds S3 errors with their code and HTTP status', async () => {
    const engine = createEngine();
    const s3 = new S3Client(engine.sdkConfig());
    expect(
      await failureOf(s3.send(new DeleteBucketCommand({ Bucket: 'missing-bucket' }))),
    ).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    expect(await failureOf(s3.send(new CreateBucketCommand({ Bucket: 'Bad_Name' })))).toMatchObject(
      { name: 'InvalidBucketName', status: 400 },
    );
    expect(
      await failureOf(s3.send(new HeadBucketCommand({ Bucket: 'missing-bucket' }))),
    ).toMatchObject({ name: 'NotFound', status: 404 });
  });
});

describe('the SDK bridge: credentials and signatures', () => {
  it('allows and denies a created user’s key as its inline policy says', async () => {
    const engine = createEngine();
    const keys = await userWithPolicy(engine, 'analyst', [
      { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ]);
    const s3 = new S3Client(engine.sdkConfig(keys));
    await s3.send(new ListBucketsCommand({}));
    const denied = await failureOf(s3.send(new CreateBucketCommand({ Bucket: 'not-mine' })));
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
    expect(denied.message).toBe(
      'User: arn:aws:iam::111122223333:user/analyst is not authorized to perform: s3:CreateBucket on resource: arn:aws:s3:::not-mine because no identity-based policy allows the s3:CreateBucket action',
    );
    const glueDenied = await failureOf(
      new GlueClient(engine.sdkConfig(keys)).send(new GetDatabasesCommand({})),
    );
    expect(glueDenied.name).toBe('AccessDeniedException');
    expect(glueDenied.message).toContain('glue:GetDatabases');
  });

  it('rejects an unknown access key with each protocol’s own error', async () => {
    const engine = createEngine();
    const unknown = { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'x'.repeat(40) };
    expect(
      await failureOf(new S3Client(engine.sdkConfig(unknown)).send(new ListBucketsCommand({}))),
    ).toMatchObject({ name: 'InvalidAccessKeyId', status: 403 });
    expect(
      (await failureOf(new IAMClient(engine.sdkConfig(unknown)).send(new ListUsersCommand({}))))
        .status,
    ).toBe(403);
    expect(
      (await failureOf(new IAMClient(engine.sdkConfig(unknown)).send(new ListUsersCommand({}))))
        .name,
    ).toBe('InvalidClientTokenId');
    expect(
      await failureOf(new GlueClient(engine.sdkConfig(unknown)).send(new GetDatabasesCommand({}))),
    ).toMatchObject({ name: 'UnrecognizedClientException' });
  });

  it('rejects a request signed with the wrong secret', async () => {
    const engine = createEngine();
    const wrong = {
      accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      secretAccessKey: 'not-the-secret-at-all-000000000000000000',
    };
    expect(
      await failureOf(new S3Client(engine.sdkConfig(wrong)).send(new ListBucketsCommand({}))),
    ).toMatchObject({ name: 'SignatureDoesNotMatch', status: 403 });
    expect(
      (
        await failureOf(
          new STSClient(engine.sdkConfig(wrong)).send(new GetCallerIdentityCommand({})),
        )
      ).name,
    ).toBe('SignatureDoesNotMatch');
    expect(
      (await failureOf(new GlueClient(engine.sdkConfig(wrong)).send(new GetDatabasesCommand({}))))
        .name,
    ).toBe('InvalidSignatureException');
  });

  it('rejects a key once it is made Inactive', async () => {
    const engine = createEngine();
    const keys = await userWithPolicy(engine, 'analyst', [
      { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
    ]);
    await new IAMClient(engine.sdkConfig()).send(
      new UpdateAccessKeyCommand({
        UserName: 'analyst',
        AccessKeyId: keys.accessKeyId,
        Status: 'Inactive',
      }),
    );
    expect(
      (await failureOf(new S3Client(engine.sdkConfig(keys)).send(new ListBucketsCommand({})))).name,
    ).toBe('InvalidAccessKeyId');
  });
});

describe('the SDK bridge: IAM query protocol', () => {
  it('round-trips users, the caller and URL-encoded policy documents', async () => {
    const engine = createEngine();
    const iam = new IAMClient(engine.sdkConfig());
    const { User } = await iam.send(
      new CreateUserCommand({ UserName: 'analyst', Tags: [{ Key: 'team', Value: 'data' }] }),
    );
    expect(User).toMatchObject({
      UserName: 'analyst',
      Arn: 'arn:aws:iam::111122223333:user/analyst',
      Path: '/',
    });
    expect(User?.CreateDate).toEqual(engine.clock.now());
    expect((await iam.send(new GetUserCommand({}))).User?.UserName).toBe('admin');
    const document = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::raw-zone/*' }],
    });
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'analyst',
        PolicyName: 'read',
        PolicyDocument: document,
      }),
    );
    const got = await iam.send(
      new GetUserPolicyCommand({ UserName: 'analyst', PolicyName: 'read' }),
    );
    expect(decodeURIComponent(got.PolicyDocument!)).toBe(document);
    const { Users, IsTruncated } = await iam.send(new ListUsersCommand({ MaxItems: 1 }));
    expect(Users?.map((u) => u.UserName)).toEqual(['admin']);
    expect(IsTruncated).toBe(true);
  });

  it('rebuilds IAM errors with their code and HTTP status', async () => {
    const engine = createEngine();
    const iam = new IAMClient(engine.sdkConfig());
    const missing = await failureOf(iam.send(new GetUserCommand({ UserName: 'ghost' })));
    expect(missing).toMatchObject({
      name: 'NoSuchEntityException',
      status: 404,
      message: 'The user with name ghost cannot be found.',
    });
    await iam.send(new CreateUserCommand({ UserName: 'analyst' }));
    expect(await failureOf(iam.send(new CreateUserCommand({ UserName: 'analyst' })))).toMatchObject(
      { name: 'EntityAlreadyExistsException', status: 409 },
    );
  });
});
