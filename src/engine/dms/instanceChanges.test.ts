import {
  CreateReplicationInstanceCommand,
  DatabaseMigrationServiceClient,
  DescribeReplicationInstancesCommand,
  InvalidResourceStateFault,
  ModifyReplicationInstanceCommand,
  RebootReplicationInstanceCommand,
} from '@aws-sdk/client-database-migration-service';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../index';
import { nextWindowStart } from './instanceChanges';

async function availableInstance() {
  const engine = createEngine();
  const dms = new DatabaseMigrationServiceClient(engine.sdkConfig());
  const { ReplicationInstance } = await dms.send(
    new CreateReplicationInstanceCommand({
      ReplicationInstanceIdentifier: 'lab',
      ReplicationInstanceClass: 'dms.t3.micro',
    }),
  );
  await engine.clock.advance(5 * 60_000);
  const arn = ReplicationInstance!.ReplicationInstanceArn!;
  const status = async () =>
    (await dms.send(new DescribeReplicationInstancesCommand({}))).ReplicationInstances?.[0];
  return { engine, dms, arn, status };
}

describe('ModifyReplicationInstance and RebootReplicationInstance', () => {
  // API_ModifyReplicationInstance: ApplyImmediately "Indicates whether the changes should be
  // applied immediately or during the next maintenance window."
  it('applies a class change at once with ApplyImmediately: modifying, then available', async () => {
    const { engine, dms, arn, status } = await availableInstance();
    const { ReplicationInstance } = await dms.send(
      new ModifyReplicationInstanceCommand({
        ReplicationInstanceArn: arn,
        ReplicationInstanceClass: 'dms.t3.large',
        AllocatedStorage: 100,
        ApplyImmediately: true,
      }),
    );
    expect(ReplicationInstance).toMatchObject({
      ReplicationInstanceStatus: 'modifying',
      ReplicationInstanceClass: 'dms.t3.large',
      AllocatedStorage: 100,
    });
    const refused = await dms
      .send(new RebootReplicationInstanceCommand({ ReplicationInstanceArn: arn }))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidResourceStateFault);
    await engine.clock.advance(10 * 60_000);
    expect((await status())?.ReplicationInstanceStatus).toBe('available');
  });

  it('holds changes in PendingModifiedValues until the maintenance window', async () => {
    const { engine, dms, arn, status } = await availableInstance();
    const { ReplicationInstance } = await dms.send(
      new ModifyReplicationInstanceCommand({
        ReplicationInstanceArn: arn,
        ReplicationInstanceClass: 'dms.t3.small',
      }),
    );
    expect(ReplicationInstance).toMatchObject({
      ReplicationInstanceStatus: 'available',
      ReplicationInstanceClass: 'dms.t3.micro',
      PendingModifiedValues: { ReplicationInstanceClass: 'dms.t3.small' },
    });
    await engine.clock.advance(8 * 86_400_000);
    expect(await status()).toMatchObject({
      ReplicationInstanceStatus: 'available',
      ReplicationInstanceClass: 'dms.t3.small',
      PendingModifiedValues: {},
    });
  });

  // API_RebootReplicationInstance: "a momentary outage, until the replication instance becomes
  // available again."
  it('reboots: rebooting, then available; ForceFailover needs Multi-AZ', async () => {
    const { engine, dms, arn, status } = await availableInstance();
    const failover = await dms
      .send(
        new RebootReplicationInstanceCommand({ ReplicationInstanceArn: arn, ForceFailover: true }),
      )
      .catch((e: unknown) => e);
    expect(failover).toMatchObject({ name: 'InvalidParameterValueException' });
    const { ReplicationInstance } = await dms.send(
      new RebootReplicationInstanceCommand({ ReplicationInstanceArn: arn }),
    );
    expect(ReplicationInstance?.ReplicationInstanceStatus).toBe('rebooting');
    await engine.clock.advance(2 * 60_000);
    expect((await status())?.ReplicationInstanceStatus).toBe('available');
  });

  it('finds the next start of a maintenance window', () => {
    const sunday = Date.UTC(2026, 10, 29, 12, 0); // a Sunday, 12:00 UTC
    expect(new Date(nextWindowStart('sun:06:00-sun:06:30', sunday)).toISOString()).toBe(
      '2026-12-06T06:00:00.000Z',
    );
    expect(new Date(nextWindowStart('mon:03:15-mon:03:45', sunday)).toISOString()).toBe(
      '2026-11-30T03:15:00.000Z',
    );
  });
});
