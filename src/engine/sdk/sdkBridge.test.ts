import { CreateBucketCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateAccessKeyCommand, CreateUserCommand, GetUserCommand, IAMClient, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { CreateDatabaseCommand, GetDatabaseCommand, GlueClient } from '@aws-sdk/client-glue';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';

describe('the SDK bridge', () => {
  it('lets a real S3Client create and list buckets', async () => {
    const engine = createEngine();
    const s3 = new S3Client(engine.sdkConfig());
    await s3.send(new CreateBucketCommand({ Bucket: 'raw-zone' }));
    const { Buckets } = await s3.send(new ListBucketsCommand({}));
    expect(Buckets?.map((b) => b.Name)).toEqual(['raw-zone']);
  });

  it('lets a real IAMClient create a user', async () => {
    const engine = createEngine();
    const iam = new IAMClient(engine.sdkConfig());
    const { User } = await iam.send(new CreateUserCommand({ UserName: 'analyst' }));
    expect(User?.Arn).toBe('arn:aws:iam::111122223333:user/analyst');
    const me = await iam.send(new GetUserCommand({}));
    expect(me.User?.UserName).toBe('admin');
    const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: 'analyst' }));
    await iam.send(new PutUserPolicyCommand({ UserName: 'analyst', PolicyName: 'p', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'glue:*', Resource: '*' }] }) }));
    const sts = new STSClient(engine.sdkConfig({ accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! }));
    const id = await sts.send(new GetCallerIdentityCommand({}));
    expect(id.Arn).toBe('arn:aws:iam::111122223333:user/analyst');
    const glue = new GlueClient(engine.sdkConfig({ accessKeyId: AccessKey!.AccessKeyId!, secretAccessKey: AccessKey!.SecretAccessKey! }));
    await glue.send(new CreateDatabaseCommand({ DatabaseInput: { Name: 'Sales' } }));
    const db = await glue.send(new GetDatabaseCommand({ Name: 'sales' }));
    expect(db.Database?.CreateTime).toBeInstanceOf(Date);
  });
});
