import { describe, expect, it } from 'vitest';
import { lakeFormationLab, principal, userArn } from './testLake.fixtures';
import type { TestLake } from '../testing/TestLake';
import { effectiveLfTags } from './access';

const onOrders = { Table: { DatabaseName: 'shop', Name: 'orders' } };
const pair = (TagKey: string, value: string) => ({ TagKey, TagValues: [value] });

async function withDomainTag(lake: TestLake) {
  await lake.call('lakeformation', 'CreateLFTag', { TagKey: 'domain', TagValues: ['sales', 'hr'] });
}

describe('LF-Tags', () => {
  it('only data lake administrators (or CREATE_LF_TAG holders) create tags', async () => {
    const lake = await lakeFormationLab();
    const error = await lake
      .as('analyst')
      .errorOf('lakeformation', 'CreateLFTag', { TagKey: 'x', TagValues: ['1'] });
    expect(error.name).toBe('AccessDeniedException');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('analyst')),
      Resource: { Catalog: {} },
      Permissions: ['CREATE_LF_TAG'],
    });
    await lake
      .as('analyst')
      .call('lakeformation', 'CreateLFTag', { TagKey: 'x', TagValues: ['1'] });
    expect(
      await lake.as('analyst').call('lakeformation', 'GetLFTag', { TagKey: 'x' }),
    ).toMatchObject({ TagKey: 'x', TagValues: ['1'] });
  });

  it('enforces the limits: 1–128 character keys, at most 50 values per call', async () => {
    const lake = await lakeFormationLab();
    expect(
      (
        await lake.errorOf('lakeformation', 'CreateLFTag', {
          TagKey: 'k'.repeat(129),
          TagValues: ['a'],
        })
      ).name,
    ).toBe('InvalidInputException');
    const many = Array.from({ length: 51 }, (_, i) => `v${i}`);
    expect(
      (await lake.errorOf('lakeformation', 'CreateLFTag', { TagKey: 'k', TagValues: many })).name,
    ).toBe('InvalidInputException');
  });

  it('UpdateLFTag adds and deletes values; deleted values leave the resources that carried them', async () => {
    const lake = await lakeFormationLab();
    await withDomainTag(lake);
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: onOrders,
      LFTags: [pair('domain', 'hr')],
    });
    await lake.call('lakeformation', 'UpdateLFTag', {
      TagKey: 'domain',
      TagValuesToAdd: ['finance'],
      TagValuesToDelete: ['hr'],
    });
    expect(await lake.call('lakeformation', 'GetLFTag', { TagKey: 'domain' })).toMatchObject({
      TagValues: ['sales', 'finance'],
    });
    expect(effectiveLfTags(lake.engine.world, 'shop', 'orders')).toEqual({});
  });

  it('values must be among the tag’s allowed values, one value per key (failures are reported per tag)', async () => {
    const lake = await lakeFormationLab();
    await withDomainTag(lake);
    const { Failures } = await lake.call<{ Failures: Array<{ Error: { ErrorCode: string } }> }>(
      'lakeformation',
      'AddLFTagsToResource',
      {
        Resource: onOrders,
        LFTags: [
          pair('domain', 'marketing'),
          { TagKey: 'domain', TagValues: ['sales', 'hr'] },
          pair('ghost', 'x'),
        ],
      },
    );
    expect(Failures.map((f) => f.Error.ErrorCode)).toEqual([
      'InvalidInputException',
      'InvalidInputException',
      'EntityNotFoundException',
    ]);
  });

  it('tables inherit database tags and columns table tags; a lower level overrides (GetResourceLFTags)', async () => {
    const lake = await lakeFormationLab();
    await withDomainTag(lake);
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: { Database: { Name: 'shop' } },
      LFTags: [pair('domain', 'sales')],
    });
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: {
        TableWithColumns: { DatabaseName: 'shop', Name: 'orders', ColumnNames: ['customer'] },
      },
      LFTags: [pair('domain', 'hr')],
    });
    type Tags = {
      LFTagOnDatabase: unknown[];
      LFTagsOnTable: unknown[];
      LFTagsOnColumns: Array<{ Name: string; LFTags: Array<{ TagValues: string[] }> }>;
    };
    const tags = await lake.call<Tags>('lakeformation', 'GetResourceLFTags', {
      Resource: onOrders,
    });
    expect(tags.LFTagOnDatabase).toEqual([
      { CatalogId: '111122223333', TagKey: 'domain', TagValues: ['sales'] },
    ]);
    expect(tags.LFTagsOnTable).toEqual([
      { CatalogId: '111122223333', TagKey: 'domain', TagValues: ['sales'] },
    ]);
    expect(tags.LFTagsOnColumns.map((c) => [c.Name, c.LFTags[0]?.TagValues[0]])).toEqual([
      ['id', 'sales'],
      ['customer', 'hr'],
      ['total', 'sales'],
      ['country', 'sales'],
      ['dt', 'sales'],
    ]);
    expect(effectiveLfTags(lake.engine.world, 'shop', 'orders', 'id')).toEqual({
      domain: { value: 'sales', inheritedFrom: 'database' },
    });
    const assigned = await lake.call<Tags>('lakeformation', 'GetResourceLFTags', {
      Resource: onOrders,
      ShowAssignedLFTags: true,
    });
    expect(assigned.LFTagsOnTable).toEqual([]);
  });

  it('administrators must hold ASSOCIATE on tags they did not create before assigning them', async () => {
    const lake = await lakeFormationLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('analyst')),
      Resource: { Catalog: {} },
      Permissions: ['CREATE_LF_TAG'],
    });
    await lake
      .as('analyst')
      .call('lakeformation', 'CreateLFTag', { TagKey: 'team', TagValues: ['a'] });
    const { Failures } = await lake.call<{ Failures: Array<{ Error: { ErrorCode: string } }> }>(
      'lakeformation',
      'AddLFTagsToResource',
      { Resource: onOrders, LFTags: [pair('team', 'a')] },
    );
    expect(Failures.map((f) => f.Error.ErrorCode)).toEqual(['AccessDeniedException']);
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal('arn:aws:iam::111122223333:user/admin'),
      Resource: { LFTag: { TagKey: 'team', TagValues: ['a'] } },
      Permissions: ['ASSOCIATE'],
    });
    const retry = await lake.call<{ Failures: unknown[] }>('lakeformation', 'AddLFTagsToResource', {
      Resource: onOrders,
      LFTags: [pair('team', 'a')],
    });
    expect(retry.Failures).toEqual([]);
  });

  it('DeleteLFTag needs no in-use check: the tag leaves every resource and grants on it lapse', async () => {
    const lake = await lakeFormationLab();
    await withDomainTag(lake);
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: onOrders,
      LFTags: [pair('domain', 'sales')],
    });
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('analyst')),
      Resource: { LFTag: { TagKey: 'domain', TagValues: ['sales'] } },
      Permissions: ['DESCRIBE'],
    });
    await lake.call('lakeformation', 'DeleteLFTag', { TagKey: 'domain' });
    expect(effectiveLfTags(lake.engine.world, 'shop', 'orders')).toEqual({});
    const { PrincipalResourcePermissions } = await lake.call<{
      PrincipalResourcePermissions: unknown[];
    }>('lakeformation', 'ListPermissions', { ResourceType: 'LF_TAG' });
    expect(PrincipalResourcePermissions).toEqual([]);
    expect((await lake.errorOf('lakeformation', 'GetLFTag', { TagKey: 'domain' })).name).toBe(
      'EntityNotFoundException',
    );
  });

  it('SearchTablesByLFTags and SearchDatabasesByLFTags find matching resources the caller can see', async () => {
    const lake = await lakeFormationLab();
    await withDomainTag(lake);
    await lake.call('lakeformation', 'AddLFTagsToResource', {
      Resource: { Database: { Name: 'shop' } },
      LFTags: [pair('domain', 'sales')],
    });
    const tables = await lake.call<{ TableList: Array<{ Table: { Name: string } }> }>(
      'lakeformation',
      'SearchTablesByLFTags',
      { Expression: [{ TagKey: 'domain', TagValues: ['sales'] }] },
    );
    expect(tables.TableList.map((t) => t.Table.Name)).toEqual(['orders']);
    const none = await lake
      .as('analyst')
      .call<{ TableList: unknown[] }>('lakeformation', 'SearchTablesByLFTags', {
        Expression: [{ TagKey: 'domain', TagValues: ['sales'] }],
      });
    expect(none.TableList).toEqual([]);
    const dbs = await lake.call<{ DatabaseList: Array<{ Database: { Name: string } }> }>(
      'lakeformation',
      'SearchDatabasesByLFTags',
      { Expression: [{ TagKey: 'domain', TagValues: ['hr'] }] },
    );
    expect(dbs.DatabaseList).toEqual([]);
  });
});
