import {
  AddLFTagsToResourceCommand,
  CreateDataCellsFilterCommand,
  CreateLFTagCommand,
  GetDataLakeSettingsCommand,
  GetResourceLFTagsCommand,
  GrantPermissionsCommand,
  LakeFormationClient,
  ListPermissionsCommand,
  RevokePermissionsCommand,
} from '@aws-sdk/client-lakeformation';
import { GetTableCommand, GlueClient } from '@aws-sdk/client-glue';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { addRole, lakeFormationLab } from './testLake.fixtures';

describe('Lake Formation through the real AWS SDK v3 client', () => {
  it('grants, lists and revokes permissions with the SDK shapes (dates, errors)', async () => {
    const lake = await lakeFormationLab();
    const lf = new LakeFormationClient(lake.engine.sdkConfig());
    const { DataLakeSettings } = await lf.send(new GetDataLakeSettingsCommand({}));
    expect(DataLakeSettings?.DataLakeAdmins).toEqual([
      { DataLakePrincipalIdentifier: 'arn:aws:iam::111122223333:user/admin' },
    ]);
    const Principal = { DataLakePrincipalIdentifier: 'arn:aws:iam::111122223333:user/analyst' };
    const Resource = {
      TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id', 'total'] },
    };
    await lf.send(new GrantPermissionsCommand({ Principal, Resource, Permissions: ['SELECT'] }));
    const listed = await lf.send(new ListPermissionsCommand({ Principal }));
    expect(listed.PrincipalResourcePermissions?.[0]).toMatchObject({
      Principal,
      Permissions: ['SELECT'],
    });
    expect(listed.PrincipalResourcePermissions?.[0]?.LastUpdated).toBeInstanceOf(Date);
    await lf.send(new RevokePermissionsCommand({ Principal, Resource, Permissions: ['SELECT'] }));
    const error = await failureOf(
      lf.send(new RevokePermissionsCommand({ Principal, Resource, Permissions: ['SELECT'] })),
    );
    expect(error.name).toBe('InvalidInputException');
  });

  it('tags a column and reads the inherited tags back', async () => {
    const lake = await lakeFormationLab();
    const lf = new LakeFormationClient(lake.engine.sdkConfig());
    await lf.send(new CreateLFTagCommand({ TagKey: 'pii', TagValues: ['yes', 'no'] }));
    await lf.send(
      new AddLFTagsToResourceCommand({
        Resource: { Table: { DatabaseName: 'shop', Name: 'orders' } },
        LFTags: [{ TagKey: 'pii', TagValues: ['no'] }],
      }),
    );
    await lf.send(
      new CreateDataCellsFilterCommand({
        TableData: {
          TableCatalogId: '111122223333',
          DatabaseName: 'shop',
          TableName: 'orders',
          Name: 'fr',
          RowFilter: { FilterExpression: "country = 'FR'" },
          ColumnWildcard: {},
        },
      }),
    );
    const tags = await lf.send(
      new GetResourceLFTagsCommand({
        Resource: { Table: { DatabaseName: 'shop', Name: 'orders' } },
      }),
    );
    expect(tags.LFTagsOnColumns?.find((c) => c.Name === 'total')?.LFTags).toEqual([
      { CatalogId: '111122223333', TagKey: 'pii', TagValues: ['no'] },
    ]);
  });

  it('an assumed-role session sees only the columns granted to its role in glue:GetTable', async () => {
    const lake = await lakeFormationLab();
    const role = await addRole(lake, 'Analyst');
    const lf = new LakeFormationClient(lake.engine.sdkConfig());
    await lf.send(
      new GrantPermissionsCommand({
        Principal: { DataLakePrincipalIdentifier: role },
        Resource: {
          TableWithColumns: {
            DatabaseName: 'shop',
            Name: 'orders',
            ColumnWildcard: { ExcludedColumnNames: ['customer'] },
          },
        },
        Permissions: ['SELECT'],
      }),
    );
    const { Credentials } = await new STSClient(lake.engine.sdkConfig()).send(
      new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'notebook' }),
    );
    const glue = new GlueClient(
      lake.engine.sdkConfig({
        accessKeyId: Credentials!.AccessKeyId!,
        secretAccessKey: Credentials!.SecretAccessKey!,
        sessionToken: Credentials!.SessionToken!,
      }),
    );
    const { Table } = await glue.send(
      new GetTableCommand({ DatabaseName: 'shop', Name: 'orders' }),
    );
    expect(Table?.StorageDescriptor?.Columns?.map((c) => c.Name)).toEqual([
      'id',
      'total',
      'country',
    ]);
  });
});
