import { describe, expect, it } from 'vitest';
import { addUser, lakeFormationLab, principal, userArn } from './testLake.fixtures';

const tableAt = (Name: string, Location: string) => ({
  DatabaseName: 'shop',
  TableInput: { Name, StorageDescriptor: { Columns: [{ Name: 'id', Type: 'int' }], Location } },
});

/**
 * lf-permissions-reference.html, CREATE_TABLE: a table at an unregistered location needs only
 * CREATE_TABLE; at a registered location (outside a registered database location) it also needs
 * DATA_LOCATION_ACCESS, which is inherited by every prefix below the granted path.
 */
describe('DATA_LOCATION_ACCESS for tables at registered locations', () => {
  async function engineerLab() {
    const lake = await lakeFormationLab();
    await addUser(lake, 'engineer');
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('engineer')),
      Resource: { Database: { Name: 'shop' } },
      Permissions: ['CREATE_TABLE'],
    });
    await lake.call('lakeformation', 'RegisterResource', {
      ResourceArn: 'arn:aws:s3:::curated',
      UseServiceLinkedRole: true,
    });
    return lake;
  }

  it('CREATE_TABLE is enough at an unregistered location', async () => {
    const lake = await engineerLab();
    await lake.as('engineer').call('glue', 'CreateTable', tableAt('raw_t', 's3://raw/t/'));
  });

  it('a registered location also needs DATA_LOCATION_ACCESS', async () => {
    const lake = await engineerLab();
    const error = await lake
      .as('engineer')
      .errorOf('glue', 'CreateTable', tableAt('t', 's3://curated/sales/t/'));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toMatch(/Data Location Access/);
  });

  it('a location grant on a parent prefix is inherited by the paths below it', async () => {
    const lake = await engineerLab();
    await lake.call('lakeformation', 'GrantPermissions', {
      Principal: principal(userArn('engineer')),
      Resource: { DataLocation: { ResourceArn: 'arn:aws:s3:::curated/sales' } },
      Permissions: ['DATA_LOCATION_ACCESS'],
    });
    await lake.as('engineer').call('glue', 'CreateTable', tableAt('t', 's3://curated/sales/t/'));
    const error = await lake
      .as('engineer')
      .errorOf('glue', 'CreateTable', tableAt('u', 's3://curated/hr/u/'));
    expect(error.name).toBe('AccessDeniedException');
  });

  it('data lake administrators have location permission everywhere', async () => {
    const lake = await engineerLab();
    await lake.call('glue', 'CreateTable', tableAt('admin_t', 's3://curated/any/'));
  });
});
