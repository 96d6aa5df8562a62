import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

const policy = (action: string, effect = 'Allow') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: effect, Action: action, Resource: '*' }],
  });
type Policy = { Arn: string; PolicyId: string; DefaultVersionId: string; AttachmentCount: number };

async function lakeWithUser() {
  const lake = new TestLake();
  await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
  return lake;
}

describe('IAM inline policies', () => {
  it('stores a user policy and returns it URL-encoded', async () => {
    const lake = await lakeWithUser();
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'read',
      PolicyDocument: policy('s3:Get*'),
    });
    const got = await lake.call<{ UserName: string; PolicyDocument: string }>(
      'iam',
      'GetUserPolicy',
      { UserName: 'analyst', PolicyName: 'read' },
    );
    expect(got.UserName).toBe('analyst');
    expect(got.PolicyDocument).toBe(encodeURIComponent(policy('s3:Get*')));
    expect(
      (
        await lake.call<{ PolicyNames: string[] }>('iam', 'ListUserPolicies', {
          UserName: 'analyst',
        })
      ).PolicyNames,
    ).toEqual(['read']);
  });

  it('rejects a malformed document or one naming a Principal', async () => {
    const lake = await lakeWithUser();
    const withPrincipal = JSON.stringify({
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }],
    });
    for (const doc of [
      '{',
      withPrincipal,
      JSON.stringify({ Statement: [{ Effect: 'Maybe', Action: 's3:*', Resource: '*' }] }),
    ])
      expect(
        (
          await lake.errorOf('iam', 'PutUserPolicy', {
            UserName: 'analyst',
            PolicyName: 'p',
            PolicyDocument: doc,
          })
        ).name,
      ).toBe('MalformedPolicyDocument');
  });

  it('limits a user’s inline policies to 2,048 characters in total', async () => {
    const lake = await lakeWithUser();
    const actions = Array.from({ length: 150 }, (_, i) => `s3:GetObjectVersion${i}`);
    const big = JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
    expect(
      (
        await lake.errorOf('iam', 'PutUserPolicy', {
          UserName: 'analyst',
          PolicyName: 'big',
          PolicyDocument: big,
        })
      ).name,
    ).toBe('LimitExceeded');
  });

  it('deletes a role policy and then answers NoSuchEntity', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateRole', {
      RoleName: 'r',
      AssumeRolePolicyDocument: JSON.stringify({
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    await lake.call('iam', 'PutRolePolicy', {
      RoleName: 'r',
      PolicyName: 'glue',
      PolicyDocument: policy('glue:*'),
    });
    expect(
      (
        await lake.call<{ RoleName: string }>('iam', 'GetRolePolicy', {
          RoleName: 'r',
          PolicyName: 'glue',
        })
      ).RoleName,
    ).toBe('r');
    await lake.call('iam', 'DeleteRolePolicy', { RoleName: 'r', PolicyName: 'glue' });
    expect(
      (await lake.errorOf('iam', 'GetRolePolicy', { RoleName: 'r', PolicyName: 'glue' })).name,
    ).toBe('NoSuchEntity');
    expect(
      (await lake.call<{ PolicyNames: string[] }>('iam', 'ListRolePolicies', { RoleName: 'r' }))
        .PolicyNames,
    ).toEqual([]);
  });

  it('lets an explicit Deny in an inline policy beat an attached Allow', async () => {
    const lake = await lakeWithUser();
    await lake.call('iam', 'AttachUserPolicy', {
      UserName: 'analyst',
      PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
    });
    await lake.as('analyst').call('s3', 'ListBuckets');
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'no-list',
      PolicyDocument: policy('s3:ListAllMyBuckets', 'Deny'),
    });
    const error = await lake.as('analyst').errorOf('s3', 'ListBuckets');
    expect(error.message).toContain('explicit deny');
  });
});

describe('IAM managed policies', () => {
  it('creates a customer managed policy, versions it and switches the default', async () => {
    const lake = await lakeWithUser();
    const { Policy } = await lake.call<{ Policy: Policy }>('iam', 'CreatePolicy', {
      PolicyName: 'LakeRead',
      PolicyDocument: policy('s3:Get*'),
    });
    expect(Policy.Arn).toBe('arn:aws:iam::111122223333:policy/LakeRead');
    expect(Policy.DefaultVersionId).toBe('v1');
    await lake.call('iam', 'CreatePolicyVersion', {
      PolicyArn: Policy.Arn,
      PolicyDocument: policy('s3:*'),
      SetAsDefault: true,
    });
    const got = await lake.call<{ Policy: Policy }>('iam', 'GetPolicy', { PolicyArn: Policy.Arn });
    expect(got.Policy.DefaultVersionId).toBe('v2');
    const v2 = await lake.call<{ PolicyVersion: { Document: string; IsDefaultVersion: boolean } }>(
      'iam',
      'GetPolicyVersion',
      { PolicyArn: Policy.Arn, VersionId: 'v2' },
    );
    expect(decodeURIComponent(v2.PolicyVersion.Document)).toBe(policy('s3:*'));
    expect(v2.PolicyVersion.IsDefaultVersion).toBe(true);
  });

  it('keeps at most five versions of a managed policy', async () => {
    const lake = await lakeWithUser();
    const { Policy } = await lake.call<{ Policy: Policy }>('iam', 'CreatePolicy', {
      PolicyName: 'P',
      PolicyDocument: policy('s3:Get*'),
    });
    for (let i = 0; i < 4; i++)
      await lake.call('iam', 'CreatePolicyVersion', {
        PolicyArn: Policy.Arn,
        PolicyDocument: policy('s3:Get*'),
      });
    expect(
      (
        await lake.errorOf('iam', 'CreatePolicyVersion', {
          PolicyArn: Policy.Arn,
          PolicyDocument: policy('s3:Get*'),
        })
      ).name,
    ).toBe('LimitExceeded');
  });

  it('refuses a duplicate policy name and deleting an attached policy', async () => {
    const lake = await lakeWithUser();
    const { Policy } = await lake.call<{ Policy: Policy }>('iam', 'CreatePolicy', {
      PolicyName: 'P',
      PolicyDocument: policy('s3:Get*'),
    });
    expect(
      (
        await lake.errorOf('iam', 'CreatePolicy', {
          PolicyName: 'P',
          PolicyDocument: policy('s3:Get*'),
        })
      ).name,
    ).toBe('EntityAlreadyExists');
    await lake.call('iam', 'AttachUserPolicy', { UserName: 'analyst', PolicyArn: Policy.Arn });
    expect(
      (await lake.call<{ Policy: Policy }>('iam', 'GetPolicy', { PolicyArn: Policy.Arn })).Policy
        .AttachmentCount,
    ).toBe(1);
    expect((await lake.errorOf('iam', 'DeletePolicy', { PolicyArn: Policy.Arn })).name).toBe(
      'DeleteConflict',
    );
    await lake.call('iam', 'DetachUserPolicy', { UserName: 'analyst', PolicyArn: Policy.Arn });
    await lake.call('iam', 'DeletePolicy', { PolicyArn: Policy.Arn });
    expect((await lake.errorOf('iam', 'GetPolicy', { PolicyArn: Policy.Arn })).name).toBe(
      'NoSuchEntity',
    );
  });

  it('lists AWS managed policies under Scope AWS and customer ones under Local', async () => {
    const lake = await lakeWithUser();
    await lake.call('iam', 'CreatePolicy', {
      PolicyName: 'Mine',
      PolicyDocument: policy('s3:Get*'),
    });
    const list = async (Scope: string) =>
      (
        await lake.call<{ Policies: { PolicyName: string }[] }>('iam', 'ListPolicies', { Scope })
      ).Policies.map((p) => p.PolicyName);
    expect(await list('Local')).toEqual(['Mine']);
    expect(await list('AWS')).toContain('AdministratorAccess');
    expect(await list('AWS')).not.toContain('Mine');
    expect((await list('All')).length).toBe((await list('AWS')).length + 1);
  });

  it('refuses to attach a policy that does not exist', async () => {
    const lake = await lakeWithUser();
    const error = await lake.errorOf('iam', 'AttachUserPolicy', {
      UserName: 'analyst',
      PolicyArn: 'arn:aws:iam::aws:policy/NoSuchPolicy',
    });
    expect(error.name).toBe('NoSuchEntity');
  });

  it('simulates a principal’s policies action by action', async () => {
    const lake = await lakeWithUser();
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'read',
      PolicyDocument: policy('s3:GetObject'),
    });
    const { EvaluationResults } = await lake.call<{
      EvaluationResults: { EvalActionName: string; EvalDecision: string }[];
    }>('iam', 'SimulatePrincipalPolicy', {
      PolicySourceArn: 'arn:aws:iam::111122223333:user/analyst',
      ActionNames: ['s3:GetObject', 's3:PutObject'],
    });
    expect(EvaluationResults.map((r) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
  });
});
