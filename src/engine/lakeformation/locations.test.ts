import { describe, expect, it } from 'vitest';
import { addRole, addTable, lakeFormationLab, principal, userArn } from './testLake.fixtures';

type Info = { ResourceArn: string; RoleArn: string };

describe('registered locations', () => {
  it('registers a prefix with the service-linked role and marks Glue tables under it IsRegisteredWithLakeFormation', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake/shop',
      UseServiceLinkedRole: true,
    });
    const { ResourceInfo } = await lake.call<{ ResourceInfo: Info }>(
      'lakeformation',
      'DescribeResource',
      { ResourceArn: 'arn:aws:s3:::lake/shop' },
    );
    expect(ResourceInfo.RoleArn).toBe(
      'arn:aws:iam::111122223333:role/aws-service-role/lakeformation.amazonaws.com/AWSServiceRoleForLakeFormationDataAccess',
    );
    const { Table } = await lake.call<{ Table: { IsRegisteredWithLakeFormation: boolean } }>(
      'glue',
      'GetTable',
      { DatabaseName: 'shop', Name: 'orders' },
    );
    expect(Table.IsRegisteredWithLakeFormation).toBe(true);
    await addTable(lake, 'shop', 'elsewhere', ['a'], { location: 's3://other/x/' });
    expect(
      lake.engine.world.glue.tables?.shop?.elsewhere?.versions[0]?.IsRegisteredWithLakeFormation,
    ).toBe(false);
    await lake.call('lakeformation', 'DeregisterResource', {
      ResourceArn: 'arn:aws:s3:::lake/shop',
    });
    expect(
      lake.engine.world.glue.tables?.shop?.orders?.versions[0]?.IsRegisteredWithLakeFormation,
    ).toBe(false);
  });

  it('registering the same location twice is AlreadyExistsException; deregistering an unknown one EntityNotFoundException', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      UseServiceLinkedRole: true,
    });
    expect(
      (
        await lake.errorOf('lakeformation', 'RegisterResource', {
          ResourceArn: 'arn:aws:s3:::lake/',
          UseServiceLinkedRole: true,
        })
      ).name,
    ).toBe('AlreadyExistsException');
    expect(
      (
        await lake.errorOf('lakeformation', 'DeregisterResource', {
          ResourceArn: 'arn:aws:s3:::nope',
        })
      ).name,
    ).toBe('EntityNotFoundException');
  });

  it('a user-defined role must exist, and registering with it needs iam:PassRole', async () => {
    const lake = await lakeFormationLab();
    const role = await addRole(lake, 'LakeAccess');
    expect(
      (
        await lake.errorOf('lakeformation', 'RegisterResource', {
          ResourceArn: 'arn:aws:s3:::lake',
          RoleArn: 'arn:aws:iam::111122223333:role/Ghost',
        })
      ).name,
    ).toBe('InvalidInputException');
    const denied = await lake.as('analyst').errorOf('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      RoleArn: role,
    });
    expect(denied.message).toContain('iam:PassRole');
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      RoleArn: role,
    });
    const { ResourceInfoList } = await lake.call<{ ResourceInfoList: Info[] }>(
      'lakeformation',
      'ListResources',
      {
        FilterConditionList: [
          { Field: 'ROLE_ARN', ComparisonOperator: 'EQ', StringValueList: [role] },
        ],
      },
    );
    expect(ResourceInfoList.map((r) => r.ResourceArn)).toEqual(['arn:aws:s3:::lake']);
  });

  it('DATA_LOCATION_ACCESS is granted on registered locations (and covers their prefixes)', async () => {
    const lake = await lakeFormationLab();
    const grant = (arn: string) =>
      lake.errorOf('lakeformation', 'GrantPermissions', {
        Principal: principal(userArn('analyst')),
        Resource: { DataLocation: { ResourceArn: arn } },
        Permissions: ['DATA_LOCATION_ACCESS'],
      });
    expect((await grant('arn:aws:s3:::lake/raw')).name).toBe('InvalidInputException');
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      UseServiceLinkedRole: true,
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('analyst')),
      Resource: { DataLocation: { ResourceArn: 'arn:aws:s3:::lake/raw' } },
      Permissions: ['DATA_LOCATION_ACCESS'],
    });
    const { PrincipalResourcePermissions } = await lake.call<{
      PrincipalResourcePermissions: unknown[];
    }>('lakeformation', 'ListPermissions', { ResourceType: 'DATA_LOCATION' });
    expect(PrincipalResourcePermissions).toEqual([
      expect.objectContaining({
        Resource: {
          DataLocation: { CatalogId: '111122223333', ResourceArn: 'arn:aws:s3:::lake/raw' },
        },
        Permissions: ['DATA_LOCATION_ACCESS'],
      }),
    ]);
  });
});
