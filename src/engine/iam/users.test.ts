import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const allowAll = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
});

describe('IAM users', () => {
  it('creates a user with an IAM ARN and an AIDA unique id', async () => {
    const lake = new TestLake();
    const { User } = await lake.call<{ User: { Arn: string; UserId: string; CreateDate: Date } }>(
      'iam',
      'CreateUser',
      { UserName: 'analyst' },
    );
    expect(User.Arn).toBe('arn:aws:iam::111122223333:user/analyst');
    expect(User.UserId).toMatch(/^AIDA[A-Z0-9]{17}$/);
    expect(User.CreateDate).toEqual(lake.now());
  });

  it('refuses a second user whose name differs only by case', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const error = await lake.errorOf('iam', 'CreateUser', { UserName: 'Analyst' });
    expect(error.name).toBe('EntityAlreadyExists');
  });

  it('rejects names outside [\\w+=,.@-]{1,64} with ValidationError', async () => {
    const lake = new TestLake();
    expect((await lake.errorOf('iam', 'CreateUser', { UserName: 'bad name' })).name).toBe(
      'ValidationError',
    );
    expect((await lake.errorOf('iam', 'CreateUser', { UserName: 'a'.repeat(65) })).name).toBe(
      'ValidationError',
    );
    await lake.call('iam', 'CreateUser', { UserName: 'a'.repeat(64) });
  });

  it('describes the caller when GetUser names no user', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'self',
      PolicyDocument: JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }],
      }),
    });
    const { User } = await lake
      .as('analyst')
      .call<{ User: { UserName: string } }>('iam', 'GetUser');
    expect(User.UserName).toBe('analyst');
  });

  it('answers NoSuchEntity with status 404 for an unknown user', async () => {
    const error = (await new TestLake().errorOf('iam', 'GetUser', { UserName: 'ghost' })) as {
      name: string;
      statusCode?: number;
    };
    expect(error.name).toBe('NoSuchEntity');
    expect(error.statusCode).toBe(404);
  });

  it('lists users sorted by name, paginated by Marker', async () => {
    const lake = new TestLake();
    for (const name of ['carol', 'bob']) await lake.call('iam', 'CreateUser', { UserName: name });
    const first = await lake.call<{
      Users: { UserName: string }[];
      IsTruncated: boolean;
      Marker: string;
    }>('iam', 'ListUsers', { MaxItems: 2 });
    expect(first.Users.map((u) => u.UserName)).toEqual(['admin', 'bob']);
    expect(first.IsTruncated).toBe(true);
    const second = await lake.call<{ Users: { UserName: string }[]; IsTruncated: boolean }>(
      'iam',
      'ListUsers',
      { MaxItems: 2, Marker: first.Marker },
    );
    expect(second.Users.map((u) => u.UserName)).toEqual(['carol']);
    expect(second.IsTruncated).toBe(false);
  });

  it('refuses to delete a user that still has access keys, inline policies or attached policies', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const { AccessKey } = await lake.call<{ AccessKey: { AccessKeyId: string } }>(
      'iam',
      'CreateAccessKey',
      { UserName: 'analyst' },
    );
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 's3',
      PolicyDocument: allowAll,
    });
    await lake.call('iam', 'AttachUserPolicy', {
      UserName: 'analyst',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    });
    expect((await lake.errorOf('iam', 'DeleteUser', { UserName: 'analyst' })).message).toContain(
      'access keys',
    );
    await lake.call('iam', 'DeleteAccessKey', {
      UserName: 'analyst',
      AccessKeyId: AccessKey.AccessKeyId,
    });
    expect((await lake.errorOf('iam', 'DeleteUser', { UserName: 'analyst' })).message).toContain(
      'delete policies',
    );
    await lake.call('iam', 'DeleteUserPolicy', { UserName: 'analyst', PolicyName: 's3' });
    const error = await lake.errorOf('iam', 'DeleteUser', { UserName: 'analyst' });
    expect(error.name).toBe('DeleteConflict');
    expect(error.message).toContain('detach');
    await lake.call('iam', 'DetachUserPolicy', {
      UserName: 'analyst',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    });
    await lake.call('iam', 'DeleteUser', { UserName: 'analyst' });
    expect((await lake.errorOf('iam', 'GetUser', { UserName: 'analyst' })).name).toBe(
      'NoSuchEntity',
    );
  });

  it('denies IAM operations to a user without IAM permissions', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const error = await lake.as('analyst').errorOf('iam', 'CreateUser', { UserName: 'mallory' });
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toContain(
      'iam:CreateUser on resource: arn:aws:iam::111122223333:user/mallory',
    );
  });
});
