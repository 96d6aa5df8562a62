import {
  DatabaseMigrationServiceClient,
  ModifyEndpointCommand,
  ResourceAlreadyExistsFault,
  TestConnectionCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { dmsPipeline } from './testFixtures';

// API_ModifyEndpoint: changes the given fields; ExactSettings false (the default) replaces the
// settings named in the call and keeps the others, true replaces all settings.
describe('ModifyEndpoint', () => {
  it('fixes a source endpoint so that its connection test succeeds', async () => {
    const p = await dmsPipeline({ serverName: 'wrong-host.internal' });
    const dms = new DatabaseMigrationServiceClient(p.lake.engine.sdkConfig());
    const test = () =>
      dms.send(
        new TestConnectionCommand({
          ReplicationInstanceArn: p.instanceArn,
          EndpointArn: p.sourceArn,
        }),
      );
    expect((await test()).Connection?.Status).toBe('failed');
    const { Endpoint } = await dms.send(
      new ModifyEndpointCommand({ EndpointArn: p.sourceArn, ServerName: 'shop-db.internal' }),
    );
    expect(Endpoint).toMatchObject({
      ServerName: 'shop-db.internal',
      Port: 3306,
      Username: 'dms_user',
    });
    expect((await test()).Connection?.Status).toBe('successful');
  });

  it('merges S3Settings unless ExactSettings, and refuses a name in use', async () => {
    const p = await dmsPipeline();
    const dms = new DatabaseMigrationServiceClient(p.lake.engine.sdkConfig());
    const merged = await dms.send(
      new ModifyEndpointCommand({
        EndpointArn: p.targetArn,
        S3Settings: { DataFormat: 'parquet' },
      }),
    );
    expect(merged.Endpoint?.S3Settings).toMatchObject({
      BucketName: 'shop-lake',
      BucketFolder: 'raw',
      DataFormat: 'parquet',
    });
    const exact = await dms
      .send(
        new ModifyEndpointCommand({
          EndpointArn: p.targetArn,
          ExactSettings: true,
          S3Settings: { DataFormat: 'csv' },
        }),
      )
      .catch((e: unknown) => e);
    // With ExactSettings the bucket is no longer given: an S3 endpoint needs one.
    expect(exact).toMatchObject({ name: 'InvalidParameterValueException' });
    const taken = await dms
      .send(
        new ModifyEndpointCommand({ EndpointArn: p.targetArn, EndpointIdentifier: 'shop-source' }),
      )
      .catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(ResourceAlreadyExistsFault);
    const renamed = await dms.send(
      new ModifyEndpointCommand({ EndpointArn: p.targetArn, EndpointIdentifier: 'Raw-Zone' }),
    );
    expect(renamed.Endpoint?.EndpointIdentifier).toBe('raw-zone');
  });
});
