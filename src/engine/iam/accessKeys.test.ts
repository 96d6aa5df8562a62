import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

type Key = { AccessKeyId: string; SecretAccessKey: string; Status: string };

describe('IAM access keys', () => {
  it('creates AKIA ids of 20 characters and 40-character secrets, the same for the same seed', async () => {
    const make = async () => {
      const lake = new TestLake({ seed: 3 });
      await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
      return (
        await lake.call<{ AccessKey: Key }>('iam', 'CreateAccessKey', { UserName: 'analyst' })
      ).AccessKey;
    };
    const key = await make();
    expect(key.AccessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(key.SecretAccessKey).toHaveLength(40);
    expect(key.Status).toBe('Active');
    expect(await make()).toEqual(key);
  });

  it('allows at most two access keys per user (LimitExceeded)', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    await lake.call('iam', 'CreateAccessKey', { UserName: 'analyst' });
    await lake.call('iam', 'CreateAccessKey', { UserName: 'analyst' });
    const error = await lake.errorOf('iam', 'CreateAccessKey', { UserName: 'analyst' });
    expect(error.name).toBe('LimitExceeded');
    expect(error.message).toContain('AccessKeysPerUser: 2');
  });

  it('lists, deactivates and deletes keys', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const { AccessKey } = await lake.call<{ AccessKey: Key }>('iam', 'CreateAccessKey', {
      UserName: 'analyst',
    });
    await lake.call('iam', 'UpdateAccessKey', {
      UserName: 'analyst',
      AccessKeyId: AccessKey.AccessKeyId,
      Status: 'Inactive',
    });
    const listed = await lake.call<{ AccessKeyMetadata: Key[] }>('iam', 'ListAccessKeys', {
      UserName: 'analyst',
    });
    expect(listed.AccessKeyMetadata).toMatchObject([
      { AccessKeyId: AccessKey.AccessKeyId, Status: 'Inactive' },
    ]);
    expect(listed.AccessKeyMetadata[0]).not.toHaveProperty('SecretAccessKey');
    await lake.call('iam', 'DeleteAccessKey', {
      UserName: 'analyst',
      AccessKeyId: AccessKey.AccessKeyId,
    });
    expect(
      (
        await lake.errorOf('iam', 'DeleteAccessKey', {
          UserName: 'analyst',
          AccessKeyId: AccessKey.AccessKeyId,
        })
      ).name,
    ).toBe('NoSuchEntity');
  });

  it('lists the caller’s own keys when no user is named', async () => {
    const { AccessKeyMetadata } = await new TestLake().call<{ AccessKeyMetadata: Key[] }>(
      'iam',
      'ListAccessKeys',
    );
    expect(AccessKeyMetadata.map((k) => k.AccessKeyId)).toEqual(['AKIAIOSFODNN7EXAMPLE']);
  });

  it('rejects a Status other than Active or Inactive', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('iam', 'UpdateAccessKey', {
      UserName: 'admin',
      AccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
      Status: 'Paused',
    });
    expect(error.name).toBe('ValidationError');
  });
});
