import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { tableAccess } from './access';
import { ADMIN_ARN, addTable, lakeFormationLab } from './testLake.fixtures';

const IAM_ONLY = [
  { Principal: { DataLakePrincipalIdentifier: 'IAM_ALLOWED_PRINCIPALS' }, Permissions: ['ALL'] },
];

describe('data lake settings', () => {
  it('start as a fresh account: no admins, ALL to IAM_ALLOWED_PRINCIPALS for new databases and tables', async () => {
    const { DataLakeSettings } = await new TestLake().call<{
      DataLakeSettings: Record<string, unknown>;
    }>('lakeformation', 'GetDataLakeSettings');
    expect(DataLakeSettings).toMatchObject({
      DataLakeAdmins: [],
      CreateDatabaseDefaultPermissions: IAM_ONLY,
      CreateTableDefaultPermissions: IAM_ONLY,
    });
  });

  it('PutDataLakeSettings replaces the whole object: lists left out become empty', async () => {
    const lake = new TestLake();
    await lake.call('lakeformation', 'PutDataLakeSettings', {
      DataLakeSettings: { DataLakeAdmins: [{ DataLakePrincipalIdentifier: ADMIN_ARN }] },
    });
    const { DataLakeSettings } = await lake.call<{ DataLakeSettings: Record<string, unknown> }>(
      'lakeformation',
      'GetDataLakeSettings',
    );
    expect(DataLakeSettings).toMatchObject({
      CreateDatabaseDefaultPermissions: [],
      CreateTableDefaultPermissions: [],
    });
  });

  it('rejects an administrator that is not an IAM user or role of the lab', async () => {
    const error = await new TestLake().errorOf('lakeformation', 'PutDataLakeSettings', {
      DataLakeSettings: {
        DataLakeAdmins: [{ DataLakePrincipalIdentifier: 'arn:aws:iam::111122223333:user/ghost' }],
      },
    });
    expect(error.name).toBe('InvalidInputException');
  });

  it('default permissions may only be ALL to IAM_ALLOWED_PRINCIPALS or empty', async () => {
    const error = await new TestLake().errorOf('lakeformation', 'PutDataLakeSettings', {
      DataLakeSettings: {
        CreateTableDefaultPermissions: [
          { Principal: { DataLakePrincipalIdentifier: ADMIN_ARN }, Permissions: ['SELECT'] },
        ],
      },
    });
    expect(error.name).toBe('InvalidInputException');
  });
});

describe('the settings drive new Glue databases and tables', () => {
  it('a new database stores CreateTableDefaultPermissions from the settings and ListPermissions shows the IAMAllowedPrincipals Super grant', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'raw' } });
    await addTable(lake, 'raw', 'events', ['id']);
    const { Database } = await lake.call<{ Database: { CreateTableDefaultPermissions: unknown } }>(
      'glue',
      'GetDatabase',
      { Name: 'raw' },
    );
    expect(Database.CreateTableDefaultPermissions).toEqual(IAM_ONLY);
    const { PrincipalResourcePermissions } = await lake.call<{
      PrincipalResourcePermissions: unknown[];
    }>('lakeformation', 'ListPermissions', {
      Resource: { Table: { DatabaseName: 'raw', Name: 'events' } },
    });
    expect(PrincipalResourcePermissions).toEqual([
      expect.objectContaining({
        Principal: { DataLakePrincipalIdentifier: 'IAM_ALLOWED_PRINCIPALS' },
        Resource: { Table: { CatalogId: '111122223333', DatabaseName: 'raw', Name: 'events' } },
        Permissions: ['ALL'],
      }),
    ]);
    expect(tableAccess(lake.engine.world, ADMIN_ARN, 'raw', 'events').mode).toBe('iam');
  });

  it('with the IAM-only boxes cleared, new databases and tables are under Lake Formation control', async () => {
    const lake = await lakeFormationLab();
    const { Database } = await lake.call<{ Database: { CreateTableDefaultPermissions: unknown } }>(
      'glue',
      'GetDatabase',
      { Name: 'shop' },
    );
    expect(Database.CreateTableDefaultPermissions).toEqual([]);
    expect(tableAccess(lake.engine.world, ADMIN_ARN, 'shop', 'orders').mode).toBe('lakeformation');
  });

  it('resources that existed before Lake Formation was first used keep IAMAllowedPrincipals Super (backward compatibility)', async () => {
    const lake = new TestLake();
    await lake.call('glue', 'CreateDatabase', { DatabaseInput: { Name: 'old' } });
    Reflect.deleteProperty(lake.engine.world, 'lakeformation');
    await lake.call('lakeformation', 'PutDataLakeSettings', { DataLakeSettings: {} });
    const { PrincipalResourcePermissions } = await lake.call<{
      PrincipalResourcePermissions: unknown[];
    }>('lakeformation', 'ListPermissions', {
      Resource: { Database: { Name: 'old' } },
    });
    expect(PrincipalResourcePermissions).toHaveLength(1);
  });

  it('a table Lake Formation never recorded (written into a saved world) stays under IAM-only control', async () => {
    const lake = await lakeFormationLab();
    const stored = lake.engine.world.glue.tables?.shop?.orders;
    if (!stored) throw new Error('orders missing');
    lake.engine.world.glue.tables!.shop!.imported = {
      versions: [{ ...stored.versions[0]!, Name: 'imported' }],
      partitions: {},
    };
    expect(tableAccess(lake.engine.world, ADMIN_ARN, 'shop', 'imported').mode).toBe('iam');
    expect(tableAccess(lake.engine.world, ADMIN_ARN, 'shop', 'orders').mode).toBe('lakeformation');
  });
});
