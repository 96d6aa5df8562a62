import { describe, expect, it } from 'vitest';
import { tableAccess } from './access';
import { recordDecision } from './decisions';
import { addUser, lakeFormationLab, ordersTable, principal, userArn } from './testLake.fixtures';

const TABLE_ARN = 'arn:aws:glue:us-east-1:111122223333:table/shop/orders';
const ANALYST = userArn('analyst');

describe('data access and credential vending', () => {
  it('GetDataAccess needs a Lake Formation SELECT: without it, AccessDeniedException', async () => {
    const lake = await lakeFormationLab();
    expect(
      (await lake.as('analyst').errorOf('lakeformation', 'GetDataAccess', { TableArn: TABLE_ARN }))
        .name,
    ).toBe('AccessDeniedException');
  });

  it('GetDataAccess needs the IAM action lakeformation:GetDataAccess as well as the grant', async () => {
    const lake = await lakeFormationLab();
    const reader = await addUser(
      lake,
      'reader',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'glue:*', Resource: '*' }],
      }),
    );
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(reader),
      Resource: ordersTable,
      Permissions: ['SELECT'],
    });
    const error = await lake
      .as('reader')
      .errorOf('lakeformation', 'GetDataAccess', { TableArn: TABLE_ARN });
    expect(error.message).toContain('lakeformation:GetDataAccess');
  });

  it('GetDataAccess returns temporary credentials with the allowed columns and row filter', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] } },
      Permissions: ['SELECT'],
    });
    const result = await lake
      .as('analyst')
      .call<{ AllowedColumns: string[]; Credentials: { Expiration: Date } }>(
        'lakeformation',
        'GetDataAccess',
        { TableArn: TABLE_ARN },
      );
    expect(result.AllowedColumns).toEqual(['id', 'dt']);
    expect(result.Credentials.Expiration.getTime() - lake.now().getTime()).toBe(3_600_000);
  });

  it('GetTemporaryGlueTableCredentials vends only for registered locations, and a column-filtered table needs COLUMN_PERMISSION support', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(ANALYST),
      Resource: { TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['id'] } },
      Permissions: ['SELECT'],
    });
    expect(
      (
        await lake
          .as('analyst')
          .errorOf('lakeformation', 'GetTemporaryGlueTableCredentials', { TableArn: TABLE_ARN })
      ).name,
    ).toBe('InvalidInputException');
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::lake',
      UseServiceLinkedRole: true,
    });
    expect(
      (
        await lake
          .as('analyst')
          .errorOf('lakeformation', 'GetTemporaryGlueTableCredentials', { TableArn: TABLE_ARN })
      ).name,
    ).toBe('PermissionTypeMismatchException');
    const ok = await lake
      .as('analyst')
      .call<{ VendedS3Path: string[] }>('lakeformation', 'GetTemporaryGlueTableCredentials', {
        TableArn: TABLE_ARN,
        SupportedPermissionTypes: ['COLUMN_PERMISSION'],
        DurationSeconds: 900,
      });
    expect(ok.VendedS3Path).toEqual(['s3://lake/shop/orders/']);
  });

  it('recordDecision appends the decision and its reasons to the event log', async () => {
    const lake = await lakeFormationLab();
    const access = tableAccess(lake.engine.world, ANALYST, 'shop', 'orders');
    const before = lake.engine.eventLog().length;
    // The parts of an OperationContext recordDecision reads (Athena passes its own).
    const ctx = {
      world: lake.engine.world,
      now: 0,
      region: 'us-east-1',
      nextId: () => 1,
      principal: {
        type: 'user',
        accountId: '111122223333',
        name: 'analyst',
        arn: ANALYST,
        callerArn: ANALYST,
      },
    } as unknown as Parameters<typeof recordDecision>[0];
    recordDecision(ctx, access);
    const entry = lake.engine.eventLog()[before];
    expect(entry).toMatchObject({
      service: 'lakeformation',
      operation: 'GetDataAccess',
      outcome: 'denied',
      resources: [TABLE_ARN],
    });
    expect(entry?.reason).toContain('no Lake Formation permission');
  });
});
