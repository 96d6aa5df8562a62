import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';

describe('Athena workgroups', () => {
  it('a fresh account has the primary workgroup, enabled, on engine version 3', async () => {
    const lake = new TestLake();
    const out = await lake.call<{ WorkGroups: { Name: string; State: string }[] }>(
      'athena',
      'ListWorkGroups',
    );
    expect(out.WorkGroups.map((w) => [w.Name, w.State])).toEqual([['primary', 'ENABLED']]);
    const primary = await lake.call<{
      WorkGroup: { Configuration: { EngineVersion: { EffectiveEngineVersion: string } } };
    }>('athena', 'GetWorkGroup', { WorkGroup: 'primary' });
    expect(primary.WorkGroup.Configuration.EngineVersion.EffectiveEngineVersion).toBe(
      'Athena engine version 3',
    );
  });

  it('creates a workgroup with a result location and a per-query cutoff', async () => {
    const lake = new TestLake();
    await lake.call('athena', 'CreateWorkGroup', {
      Name: 'analysts',
      Configuration: {
        ResultConfiguration: { OutputLocation: 's3://results/analysts/' },
        BytesScannedCutoffPerQuery: 10_000_000,
      },
    });
    const out = await lake.call<{
      WorkGroup: {
        Configuration: {
          ResultConfiguration: { OutputLocation: string };
          BytesScannedCutoffPerQuery: number;
        };
      };
    }>('athena', 'GetWorkGroup', { WorkGroup: 'analysts' });
    expect(out.WorkGroup.Configuration.ResultConfiguration.OutputLocation).toBe(
      's3://results/analysts/',
    );
    expect(out.WorkGroup.Configuration.BytesScannedCutoffPerQuery).toBe(10_000_000);
  });

  it('rejects a per-query cutoff under the documented 10 MB minimum', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('athena', 'CreateWorkGroup', {
      Name: 'tiny',
      Configuration: { BytesScannedCutoffPerQuery: 1_000 },
    });
    expect(error.name).toBe('InvalidRequestException');
    expect(error.message).toMatch(/10 MB/);
  });

  it('refuses a duplicate name and never deletes the primary workgroup', async () => {
    const lake = new TestLake();
    await lake.call('athena', 'CreateWorkGroup', { Name: 'etl' });
    expect((await lake.errorOf('athena', 'CreateWorkGroup', { Name: 'etl' })).message).toBe(
      'WorkGroup is already created',
    );
    expect((await lake.errorOf('athena', 'DeleteWorkGroup', { WorkGroup: 'primary' })).name).toBe(
      'InvalidRequestException',
    );
  });

  it('updates the result location and removes the cutoff', async () => {
    const lake = new TestLake();
    await lake.call('athena', 'CreateWorkGroup', {
      Name: 'wg',
      Configuration: { BytesScannedCutoffPerQuery: 20_000_000 },
    });
    await lake.call('athena', 'UpdateWorkGroup', {
      WorkGroup: 'wg',
      ConfigurationUpdates: {
        ResultConfigurationUpdates: { OutputLocation: 's3://r/wg/' },
        RemoveBytesScannedCutoffPerQuery: true,
      },
    });
    const out = await lake.call<{
      WorkGroup: {
        Configuration: {
          ResultConfiguration: { OutputLocation?: string };
          BytesScannedCutoffPerQuery?: number;
        };
      };
    }>('athena', 'GetWorkGroup', { WorkGroup: 'wg' });
    expect(out.WorkGroup.Configuration.ResultConfiguration.OutputLocation).toBe('s3://r/wg/');
    expect(out.WorkGroup.Configuration.BytesScannedCutoffPerQuery).toBeUndefined();
  });
});

describe('Athena saved (named) queries', () => {
  it('saves, lists, reads and deletes a named query in its workgroup', async () => {
    const lake = new TestLake();
    const { NamedQueryId } = await lake.call<{ NamedQueryId: string }>(
      'athena',
      'CreateNamedQuery',
      {
        Name: 'orders by status',
        Database: 'shop',
        QueryString: 'SELECT status, count(*) FROM orders GROUP BY 1',
      },
    );
    expect(NamedQueryId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const list = await lake.call<{ NamedQueryIds: string[] }>('athena', 'ListNamedQueries', {});
    expect(list.NamedQueryIds).toEqual([NamedQueryId]);
    const got = await lake.call<{ NamedQuery: { Name: string; WorkGroup: string } }>(
      'athena',
      'GetNamedQuery',
      { NamedQueryId },
    );
    expect(got.NamedQuery).toMatchObject({ Name: 'orders by status', WorkGroup: 'primary' });
    await lake.call('athena', 'DeleteNamedQuery', { NamedQueryId });
    expect((await lake.errorOf('athena', 'GetNamedQuery', { NamedQueryId })).name).toBe(
      'InvalidRequestException',
    );
  });

  it('the same ClientRequestToken returns the same query instead of a second one', async () => {
    const lake = new TestLake();
    const input = {
      Name: 'q',
      Database: 'shop',
      QueryString: 'SELECT 1',
      ClientRequestToken: 'token-0123456789-0123456789-0123456789',
    };
    const a = await lake.call<{ NamedQueryId: string }>('athena', 'CreateNamedQuery', input);
    const b = await lake.call<{ NamedQueryId: string }>('athena', 'CreateNamedQuery', input);
    expect(b.NamedQueryId).toBe(a.NamedQueryId);
  });
});

describe('Athena data catalogs', () => {
  it('lists AwsDataCatalog and a LAMBDA catalog backed by a simulated connector', async () => {
    const lake = new TestLake();
    await lake.call('athena', 'CreateDataCatalog', {
      Name: 'dynamo',
      Type: 'LAMBDA',
      Parameters: {
        function: 'arn:aws:lambda:us-east-1:111122223333:function:athena-dynamodb-connector',
      },
    });
    const out = await lake.call<{ DataCatalogsSummary: { CatalogName: string; Type: string }[] }>(
      'athena',
      'ListDataCatalogs',
    );
    expect(out.DataCatalogsSummary).toEqual([
      { CatalogName: 'AwsDataCatalog', Type: 'GLUE' },
      { CatalogName: 'dynamo', Type: 'LAMBDA' },
    ]);
  });

  it('a LAMBDA catalog needs a function parameter', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('athena', 'CreateDataCatalog', { Name: 'x', Type: 'LAMBDA' });
    expect(error.message).toMatch(/function=/);
  });
});
