import { describe, expect, it } from 'vitest';
import type { AwsError } from '../core/errors';
import { TestLake } from '../testing/TestLake';
import { activatedGateway } from './testFixtures';

const details = (e: unknown) =>
  (e as AwsError).details as { error: { errorCode: string; errorDetails: object } };

async function freshKey(lake: TestLake) {
  return (await lake.call<{ ActivationKey: string }>('sources', 'GetGatewayActivationKey'))
    .ActivationKey;
}

const activation = (ActivationKey: string, more: object = {}) => ({
  ActivationKey,
  GatewayName: 'onprem-file-gateway',
  GatewayTimezone: 'GMT-4:00',
  GatewayRegion: 'us-east-1',
  GatewayType: 'FILE_S3',
  ...more,
});

describe('Storage Gateway: activating the lab appliance', () => {
  it('activates an S3 File Gateway with the key the appliance offers, and describes it', async () => {
    const lake = new TestLake();
    const key = await freshKey(lake);
    expect(key).toMatch(/^[A-Z0-9]{5}(-[A-Z0-9]{5}){4}$/);
    const { GatewayARN } = await lake.call<{ GatewayARN: string }>(
      'storagegateway',
      'ActivateGateway',
      activation(key),
    );
    expect(GatewayARN).toMatch(
      /^arn:aws:storagegateway:us-east-1:111122223333:gateway\/sgw-[0-9A-F]{8}$/,
    );
    expect(
      await lake.call('storagegateway', 'DescribeGatewayInformation', { GatewayARN }),
    ).toMatchObject({
      GatewayType: 'FILE_S3',
      GatewayState: 'RUNNING',
      GatewayTimezone: 'GMT-4:00',
      GatewayNetworkInterfaces: [{ Ipv4Address: '10.0.1.30' }],
    });
    const list = await lake.call<{ Gateways: object[] }>('storagegateway', 'ListGateways');
    expect(list.Gateways).toEqual([
      expect.objectContaining({ GatewayARN, GatewayOperationalState: 'ACTIVE' }),
    ]);
  });

  it('spends the key: a second activation with it is ActivationKeyNotFound, and the VM offers no more', async () => {
    const lake = new TestLake();
    const key = await freshKey(lake);
    await lake.call('storagegateway', 'ActivateGateway', activation(key));
    const again = await lake.errorOf('storagegateway', 'ActivateGateway', activation(key));
    expect(again.name).toBe('InvalidGatewayRequestException');
    expect(details(again).error.errorCode).toBe('ActivationKeyNotFound');
    expect((await lake.errorOf('sources', 'GetGatewayActivationKey')).name).toBe(
      'InvalidParameterValue',
    );
  });

  it('refuses a key older than 30 minutes (activation keys expire unused after 30 minutes)', async () => {
    const lake = new TestLake();
    const key = await freshKey(lake);
    await lake.advance('31m');
    const e = await lake.errorOf('storagegateway', 'ActivateGateway', activation(key));
    expect(details(e).error.errorCode).toBe('ActivationKeyExpired');
    expect(await freshKey(lake)).not.toBe(key);
  });

  it('defaults GatewayType to CACHED, which the lab does not simulate; checks Region and time zone', async () => {
    const lake = new TestLake();
    const key = await freshKey(lake);
    const untyped = await lake.errorOf('storagegateway', 'ActivateGateway', {
      ...activation(key),
      GatewayType: undefined,
    });
    expect(untyped.message).toContain('CACHED');
    expect(details(untyped).error.errorCode).toBe('NotSupported');
    const region = await lake.errorOf(
      'storagegateway',
      'ActivateGateway',
      activation(key, { GatewayRegion: 'eu-west-1' }),
    );
    expect(details(region).error.errorCode).toBe('RegionInvalid');
    const zone = await lake.errorOf(
      'storagegateway',
      'ActivateGateway',
      activation(key, { GatewayTimezone: 'CET' }),
    );
    expect(zone.message).toContain('GMT');
  });

  it('answers GatewayNotFound for an unknown gateway, and DeleteGateway frees the appliance for a new key', async () => {
    const lake = new TestLake();
    const GatewayARN = await activatedGateway(lake);
    const missing = await lake.errorOf('storagegateway', 'DescribeGatewayInformation', {
      GatewayARN: `${GatewayARN.slice(0, -8)}00000000`,
    });
    expect(missing.message).toBe('The specified gateway was not found.');
    expect(details(missing).error.errorCode).toBe('GatewayNotFound');
    await lake.call('storagegateway', 'DeleteGateway', { GatewayARN });
    expect(await lake.call('storagegateway', 'ListGateways')).toEqual({ Gateways: [] });
    expect(await freshKey(lake)).toMatch(/-/);
  });
});
