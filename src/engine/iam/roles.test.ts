import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const trust = (principal: object) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
  });
type Role = {
  Arn: string;
  RoleId: string;
  AssumeRolePolicyDocument: string;
  MaxSessionDuration: number;
};

describe('IAM roles', () => {
  it('creates a role and returns its trust policy URL-encoded, as IAM does', async () => {
    const lake = new TestLake();
    const document = trust({ Service: 'glue.amazonaws.com' });
    const { Role } = await lake.call<{ Role: Role }>('iam', 'CreateRole', {
      RoleName: 'GlueCrawler',
      AssumeRolePolicyDocument: document,
    });
    expect(Role.Arn).toBe('arn:aws:iam::111122223333:role/GlueCrawler');
    expect(Role.RoleId).toMatch(/^AROA/);
    expect(Role.AssumeRolePolicyDocument).toBe(encodeURIComponent(document));
    expect(Role.MaxSessionDuration).toBe(3600);
    const got = await lake.call<{ Role: Role }>('iam', 'GetRole', { RoleName: 'GlueCrawler' });
    expect(decodeURIComponent(got.Role.AssumeRolePolicyDocument)).toBe(document);
  });

  it('rejects a trust policy with a Resource, without a Principal, or that is not JSON', async () => {
    const lake = new TestLake();
    const withResource = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: '111122223333' },
          Action: 'sts:AssumeRole',
          Resource: '*',
        },
      ],
    });
    const noPrincipal = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }],
    });
    for (const doc of [withResource, noPrincipal, '{not json'])
      expect(
        (await lake.errorOf('iam', 'CreateRole', { RoleName: 'r', AssumeRolePolicyDocument: doc }))
          .name,
      ).toBe('MalformedPolicyDocument');
  });

  it('replaces the trust policy with UpdateAssumeRolePolicy, validating it', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateRole', {
      RoleName: 'r',
      AssumeRolePolicyDocument: trust({ AWS: '111122223333' }),
    });
    expect(
      (await lake.errorOf('iam', 'UpdateAssumeRolePolicy', { RoleName: 'r', PolicyDocument: '[]' }))
        .name,
    ).toBe('MalformedPolicyDocument');
    const next = trust({ Service: 'glue.amazonaws.com' });
    await lake.call('iam', 'UpdateAssumeRolePolicy', { RoleName: 'r', PolicyDocument: next });
    const { Role } = await lake.call<{ Role: Role }>('iam', 'GetRole', { RoleName: 'r' });
    expect(decodeURIComponent(Role.AssumeRolePolicyDocument)).toBe(next);
  });

  it('refuses to delete a role with inline or attached policies', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateRole', {
      RoleName: 'r',
      AssumeRolePolicyDocument: trust({ AWS: '111122223333' }),
    });
    await lake.call('iam', 'AttachRolePolicy', {
      RoleName: 'r',
      PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
    });
    expect((await lake.errorOf('iam', 'DeleteRole', { RoleName: 'r' })).name).toBe(
      'DeleteConflict',
    );
    await lake.call('iam', 'DetachRolePolicy', {
      RoleName: 'r',
      PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSGlueServiceRole',
    });
    await lake.call('iam', 'DeleteRole', { RoleName: 'r' });
    const { Roles } = await lake.call<{ Roles: Role[] }>('iam', 'ListRoles');
    expect(Roles).toEqual([]);
  });

  it('gives a role the permissions of its attached AWS managed policy', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateRole', {
      RoleName: 'reader',
      AssumeRolePolicyDocument: trust({ AWS: '111122223333' }),
    });
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    expect((await lake.as('role/reader').errorOf('s3', 'ListBuckets')).name).toBe('AccessDenied');
    await lake.call('iam', 'AttachRolePolicy', {
      RoleName: 'reader',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    });
    const { AttachedPolicies } = await lake.call<{ AttachedPolicies: unknown[] }>(
      'iam',
      'ListAttachedRolePolicies',
      { RoleName: 'reader' },
    );
    expect(AttachedPolicies).toEqual([
      {
        PolicyName: 'AmazonS3ReadOnlyAccess',
        PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      },
    ]);
    await lake.as('role/reader').call('s3', 'ListBuckets');
  });
});

describe('IAM tags', () => {
  it('tags users at creation and later, and lets policies test aws:PrincipalTag', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', {
      UserName: 'analyst',
      Tags: [{ Key: 'team', Value: 'sales' }],
    });
    const abac = JSON.stringify({
      Statement: [
        {
          Effect: 'Allow',
          Action: 's3:ListAllMyBuckets',
          Resource: '*',
          Condition: { StringEquals: { 'aws:PrincipalTag/team': 'finance' } },
        },
      ],
    });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'abac',
      PolicyDocument: abac,
    });
    expect((await lake.as('analyst').errorOf('s3', 'ListBuckets')).name).toBe('AccessDenied');
    await lake.call('iam', 'TagUser', {
      UserName: 'analyst',
      Tags: [{ Key: 'TEAM', Value: 'finance' }],
    });
    await lake.as('analyst').call('s3', 'ListBuckets');
    const { Tags } = await lake.call<{ Tags: unknown[] }>('iam', 'ListUserTags', {
      UserName: 'analyst',
    });
    expect(Tags).toEqual([{ Key: 'TEAM', Value: 'finance' }]);
    await lake.call('iam', 'UntagUser', { UserName: 'analyst', TagKeys: ['team'] });
    expect(
      (await lake.call<{ User: { Tags?: unknown[] } }>('iam', 'GetUser', { UserName: 'analyst' }))
        .User.Tags,
    ).toBeUndefined();
  });

  it('refuses more than 50 tags on a role', async () => {
    const lake = new TestLake();
    const Tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    const error = await lake.errorOf('iam', 'CreateRole', {
      RoleName: 'r',
      AssumeRolePolicyDocument: trust({ AWS: '111122223333' }),
      Tags,
    });
    expect(error.name).toBe('LimitExceeded');
  });
});
