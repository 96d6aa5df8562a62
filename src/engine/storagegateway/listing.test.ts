import {
  InvalidGatewayRequestException,
  ListFileSharesCommand,
  ListGatewaysCommand,
  StorageGatewayClient,
} from '@aws-sdk/client-storage-gateway';
import { describe, expect, it } from 'vitest';
import { TestLake } from '../testing/TestLake';
import { storageGatewayState } from './state';
import { activatedGateway } from './testFixtures';

/** Seeds a stored gateway (the lab's one appliance activates one gateway at a time). */
function seedGateway(lake: TestLake, id: string, GatewayState: 'RUNNING' | 'SHUTDOWN' = 'RUNNING') {
  const GatewayARN = `arn:aws:storagegateway:us-east-1:111122223333:gateway/${id}`;
  storageGatewayState(lake.engine.world).gateways[GatewayARN] = {
    GatewayARN,
    GatewayId: id,
    GatewayName: id,
    GatewayTimezone: 'GMT',
    GatewayType: 'FILE_S3',
    GatewayState,
    ActivationKey: 'seeded',
    CreatedAt: 0,
  };
  return GatewayARN;
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call succeeded, but the test expected it to fail');
    },
    (e: unknown) => e as InvalidGatewayRequestException,
  );

describe('Storage Gateway listings through the real SDK client', () => {
  // API_ListGateways: ordered by gateway ARN; Limit pages the list; Marker appears only while gateways remain.
  it('lists gateways by ARN a page at a time with Limit and Marker', async () => {
    const lake = new TestLake();
    const arns = ['sgw-CCCC0003', 'sgw-AAAA0001', 'sgw-BBBB0002'].map((id) =>
      seedGateway(lake, id, id === 'sgw-CCCC0003' ? 'SHUTDOWN' : 'RUNNING'),
    );
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const first = await client.send(new ListGatewaysCommand({ Limit: 2 }));
    expect(first.Gateways?.map((g) => g.GatewayARN)).toEqual([...arns].sort().slice(0, 2));
    expect(first.Marker).toBeDefined();
    const second = await client.send(new ListGatewaysCommand({ Limit: 2, Marker: first.Marker }));
    expect(second.Gateways?.map((g) => g.GatewayARN)).toEqual([[...arns].sort()[2]]);
    expect(second.Marker).toBeUndefined();
    const all = await client.send(new ListGatewaysCommand({}));
    expect(all.Gateways).toHaveLength(3);
    // API_GatewayInfo: GatewayOperationalState is DISABLED or ACTIVE.
    expect(all.Gateways?.map((g) => g.GatewayOperationalState)).toEqual([
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
    ]);
    expect(all.Marker).toBeUndefined();
  });

  // API_ListGateways / API_ListFileShares: Limit has a minimum value of 1.
  it('refuses a Limit below 1 with InvalidGatewayRequestException', async () => {
    const lake = new TestLake();
    const GatewayARN = await activatedGateway(lake);
    const client = new StorageGatewayClient(lake.engine.sdkConfig());
    const gateways = await errorOf(client.send(new ListGatewaysCommand({ Limit: 0 })));
    expect(gateways).toBeInstanceOf(InvalidGatewayRequestException);
    expect(gateways.error?.errorCode).toBe('InvalidParameters');
    const shares = await errorOf(client.send(new ListFileSharesCommand({ GatewayARN, Limit: 0 })));
    expect(shares).toBeInstanceOf(InvalidGatewayRequestException);
  });
});
