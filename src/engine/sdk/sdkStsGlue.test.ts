import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { AttachRolePolicyCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import {
  CreateDatabaseCommand,
  DeleteDatabaseCommand,
  GetDatabaseCommand,
  GetDatabasesCommand,
  GlueClient,
  UpdateDatabaseCommand,
} from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { createEngine } from '../index';

describe('the SDK bridge: STS', () => {
  it('answers GetCallerIdentity for the admin keys', async () => {
    const engine = createEngine();
    const identity = await new STSClient(engine.sdkConfig()).send(new GetCallerIdentityCommand({}));
    expect(identity).toMatchObject({
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/admin',
      UserId: 'AIDAEXAMPLEADMIN00001',
    });
  });

  it('assumes a role and acts with its temporary credentials until they expire', async () => {
    const engine = createEngine();
    const iam = new IAMClient(engine.sdkConfig());
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:root' },
          Action: 'sts:AssumeRole',
        },
      ],
    };
    await iam.send(
      new CreateRoleCommand({
        RoleName: 'Reader',
        AssumeRolePolicyDocument: JSON.stringify(trust),
      }),
    );
    await iam.send(
      new AttachRolePolicyCommand({
        RoleName: 'Reader',
        PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      }),
    );
    const { Credentials, AssumedRoleUser } = await new STSClient(engine.sdkConfig()).send(
      new AssumeRoleCommand({
        RoleArn: 'arn:aws:iam::111122223333:role/Reader',
        RoleSessionName: 'notebook',
        DurationSeconds: 900,
      }),
    );
    expect(AssumedRoleUser?.Arn).toBe('arn:aws:sts::111122223333:assumed-role/Reader/notebook');
    expect(Credentials?.Expiration).toEqual(new Date(engine.clock.now().getTime() + 900_000));
    const temporary = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken!,
    };
    expect(
      (await new STSClient(engine.sdkConfig(temporary)).send(new GetCallerIdentityCommand({}))).Arn,
    ).toBe(AssumedRoleUser?.Arn);
    const s3 = new S3Client(engine.sdkConfig(temporary));
    await s3.send(new ListBucketsCommand({}));
    const denied = await failureOf(s3.send(new CreateBucketCommand({ Bucket: 'from-reader' })));
    expect(denied.message).toContain(
      'User: arn:aws:sts::111122223333:assumed-role/Reader/notebook is not authorized to perform: s3:CreateBucket',
    );
    const forged = { ...temporary, sessionToken: 'IQoJforged' };
    expect(
      (await failureOf(new S3Client(engine.sdkConfig(forged)).send(new ListBucketsCommand({}))))
        .name,
    ).toBe('InvalidToken');
    await engine.clock.advance(901_000);
    expect(await failureOf(s3.send(new ListBucketsCommand({})))).toMatchObject({
      name: 'ExpiredToken',
    });
    expect(
      (
        await failureOf(
          new GlueClient(engine.sdkConfig(temporary)).send(new GetDatabasesCommand({})),
        )
      ).name,
    ).toBe('ExpiredTokenException');
  });

  it('rebuilds an AssumeRole refusal as AccessDenied', async () => {
    const engine = createEngine();
    const error = await failureOf(
      new STSClient(engine.sdkConfig()).send(
        new AssumeRoleCommand({
          RoleArn: 'arn:aws:iam::111122223333:role/Nope',
          RoleSessionName: 's1',
        }),
      ),
    );
    expect(error).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});

describe('the SDK bridge: Glue JSON 1.1', () => {
  it('creates, reads, lists, updates and deletes databases with epoch-second dates', async () => {
    const engine = createEngine();
    const glue = new GlueClient(engine.sdkConfig());
    await glue.send(
      new CreateDatabaseCommand({
        DatabaseInput: { Name: 'Sales', Description: 'orders', Parameters: { owner: 'data-team' } },
      }),
    );
    const { Database } = await glue.send(new GetDatabaseCommand({ Name: 'sales' }));
    expect(Database).toMatchObject({
      Name: 'sales',
      Description: 'orders',
      Parameters: { owner: 'data-team' },
      CatalogId: '111122223333',
    });
    expect(Database?.CreateTime).toEqual(engine.clock.now());
    await glue.send(
      new UpdateDatabaseCommand({
        Name: 'sales',
        DatabaseInput: { Name: 'sales', Description: 'curated orders' },
      }),
    );
    const { DatabaseList } = await glue.send(new GetDatabasesCommand({}));
    expect(DatabaseList?.map((d) => [d.Name, d.Description])).toEqual([
      ['sales', 'curated orders'],
    ]);
    await glue.send(new DeleteDatabaseCommand({ Name: 'sales' }));
    expect((await glue.send(new GetDatabasesCommand({}))).DatabaseList).toEqual([]);
  });

  it('rebuilds Glue errors by name with status 400', async () => {
    const engine = createEngine();
    const glue = new GlueClient(engine.sdkConfig());
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'sales' } }));
    expect(
      await failureOf(glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'SALES' } }))),
    ).toMatchObject({ name: 'AlreadyExistsException', status: 400 });
    expect(await failureOf(glue.send(new GetDatabaseCommand({ Name: 'hr' })))).toMatchObject({
      name: 'EntityNotFoundException',
      status: 400,
      message: 'Database hr not found.',
    });
    expect(
      await failureOf(
        glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'a\u0001b' } })),
      ),
    ).toMatchObject({ name: 'InvalidInputException' });
  });
});
