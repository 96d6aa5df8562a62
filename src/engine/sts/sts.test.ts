import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

type Credentials = {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
};
const ROLE_ARN = 'arn:aws:iam::111122223333:role/DataEngineer';

async function lakeWithRole(trustPrincipal: object) {
  const lake = new TestLake();
  await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
  await lake.call('iam', 'CreateRole', {
    RoleName: 'DataEngineer',
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: trustPrincipal, Action: 'sts:AssumeRole' }],
    }),
  });
  await lake.call('iam', 'AttachRolePolicy', {
    RoleName: 'DataEngineer',
    PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
  });
  return lake;
}

const allowAssume = JSON.stringify({
  Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: ROLE_ARN }],
});

describe('STS', () => {
  it('tells the caller who it is, even without permissions', async () => {
    const lake = new TestLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    const identity = await lake
      .as('analyst')
      .call<{ Arn: string; Account: string; UserId: string }>('sts', 'GetCallerIdentity');
    expect(identity).toMatchObject({
      Arn: 'arn:aws:iam::111122223333:user/analyst',
      Account: '111122223333',
    });
    expect(identity.UserId).toMatch(/^AIDA/);
  });

  it('issues ASIA temporary credentials that act as the assumed role until they expire', async () => {
    const lake = await lakeWithRole({ AWS: '111122223333' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'assume',
      PolicyDocument: allowAssume,
    });
    const { Credentials, AssumedRoleUser } = await lake
      .as('analyst')
      .call<{ Credentials: Credentials; AssumedRoleUser: { Arn: string } }>('sts', 'AssumeRole', {
        RoleArn: ROLE_ARN,
        RoleSessionName: 'etl',
        DurationSeconds: 900,
      });
    expect(Credentials.AccessKeyId).toMatch(/^ASIA[A-Z0-9]{16}$/);
    expect(Credentials.SessionToken.length).toBeGreaterThan(100);
    expect(Credentials.Expiration.getTime()).toBe(lake.now().getTime() + 900_000);
    expect(AssumedRoleUser.Arn).toBe('arn:aws:sts::111122223333:assumed-role/DataEngineer/etl');
    const asRole = lake.as(Credentials.AccessKeyId);
    expect((await asRole.call<{ Arn: string }>('sts', 'GetCallerIdentity')).Arn).toBe(
      AssumedRoleUser.Arn,
    );
    await asRole.call('s3', 'CreateBucket', { Bucket: 'from-role' });
    await lake.advance('16m');
    expect((await asRole.errorOf('sts', 'GetCallerIdentity')).name).toBe('ExpiredToken');
  });

  it('needs an identity policy allowing sts:AssumeRole when the trust policy names only the account', async () => {
    const lake = await lakeWithRole({ AWS: 'arn:aws:iam::111122223333:root' });
    const error = await lake
      .as('analyst')
      .errorOf('sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'etl' });
    expect(error.name).toBe('AccessDenied');
    expect(error.message).toBe(
      `User: arn:aws:iam::111122223333:user/analyst is not authorized to perform: sts:AssumeRole on resource: ${ROLE_ARN}`,
    );
  });

  it('lets a user the trust policy names by ARN assume the role without an identity policy', async () => {
    const lake = await lakeWithRole({ AWS: 'arn:aws:iam::111122223333:user/analyst' });
    await lake
      .as('analyst')
      .call('sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'etl' });
  });

  it('refuses when the trust policy trusts only a service', async () => {
    const lake = await lakeWithRole({ Service: 'glue.amazonaws.com' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'assume',
      PolicyDocument: allowAssume,
    });
    expect(
      (
        await lake
          .as('analyst')
          .errorOf('sts', 'AssumeRole', { RoleArn: ROLE_ARN, RoleSessionName: 'etl' })
      ).name,
    ).toBe('AccessDenied');
  });

  it('refuses a duration beyond the role’s MaxSessionDuration', async () => {
    const lake = await lakeWithRole({ AWS: '111122223333' });
    const error = await lake.errorOf('sts', 'AssumeRole', {
      RoleArn: ROLE_ARN,
      RoleSessionName: 'etl',
      DurationSeconds: 7200,
    });
    expect(error.name).toBe('ValidationError');
  });

  it('forgets expired sessions when it issues new ones', async () => {
    const lake = await lakeWithRole({ AWS: '111122223333' });
    await lake.call('sts', 'AssumeRole', {
      RoleArn: ROLE_ARN,
      RoleSessionName: 'first',
      DurationSeconds: 900,
    });
    await lake.advance('20m');
    await lake.call('sts', 'AssumeRole', {
      RoleArn: ROLE_ARN,
      RoleSessionName: 'second',
      DurationSeconds: 900,
    });
    expect(
      Object.values(lake.engine.world.iam.sessions ?? {}).map((s) => s.RoleSessionName),
    ).toEqual(['second']);
  });
});
