import { describe, expect, it } from 'vitest';
import { configureSftpPartner, sftpPartnerStatus } from '../sources/sftp';
import { TestLake } from '../testing/TestLake';
import { keysUnder, serviceRole } from '../datasync/testFixtures';
import { transferActivity } from './state';

async function sftpServer(lake: TestLake) {
  await lake.call('s3', 'CreateBucket', { Bucket: 'partner-drop' });
  const { ServerId } = await lake.call<{ ServerId: string }>('transfer', 'CreateServer', {
    Protocols: ['SFTP'],
    IdentityProviderType: 'SERVICE_MANAGED',
    Domain: 'S3',
  });
  return ServerId;
}

const state = async (lake: TestLake, ServerId: string) =>
  (await lake.call<{ Server: { State: string } }>('transfer', 'DescribeServer', { ServerId }))
    .Server.State;

describe('Transfer Family SFTP servers and partner uploads', () => {
  it('a new server is STARTING, then ONLINE a couple of minutes later', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    expect(ServerId).toMatch(/^s-[0-9a-f]{17}$/);
    expect(await state(lake, ServerId)).toBe('STARTING');
    await lake.advance('2m');
    expect(await state(lake, ServerId)).toBe('ONLINE');
    await lake.call('transfer', 'StopServer', { ServerId });
    expect(await state(lake, ServerId)).toBe('STOPPING');
    await lake.advance('1m');
    expect(await state(lake, ServerId)).toBe('OFFLINE');
  });

  it('refuses FTP with SERVICE_MANAGED users', async () => {
    const lake = new TestLake();
    const error = await lake.errorOf('transfer', 'CreateServer', { Protocols: ['FTP'] });
    expect(error.name).toBe('InvalidRequestException');
  });

  it('places a partner upload under the user PATH home directory, written as the user role', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/acme/inventory',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.advance('3h');
    const keys = keysUnder(lake, 'partner-drop');
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^acme\/inventory\/inventory_\d{8}T\d{4}\.csv$/);
    const writers = lake.engine
      .eventLog()
      .filter((e) => e.operation === 'PutObject')
      .map((e) => e.principal);
    expect(new Set(writers)).toEqual(
      new Set([expect.stringContaining('assumed-role/PartnerAccess') as unknown as string]),
    );
  });

  it('maps a LOGICAL home directory through its HomeDirectoryMappings', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'globex',
      Role,
      HomeDirectoryType: 'LOGICAL',
      HomeDirectoryMappings: [{ Entry: '/', Target: '/partner-drop/globex' }],
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'globex' });
    await lake.advance('1h');
    expect(keysUnder(lake, 'partner-drop')).toEqual([
      expect.stringMatching(/^globex\/inventory_.*\.csv$/),
    ]);
  });

  it('UpdateUser moves later uploads to the new home directory', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/old',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.advance('1h');
    await lake.call('transfer', 'UpdateUser', {
      ServerId,
      UserName: 'acme',
      HomeDirectory: '/partner-drop/new',
    });
    await lake.advance('1h');
    expect(keysUnder(lake, 'partner-drop').map((k) => k.split('/')[0])).toEqual(['new', 'old']);
  });

  it('giving a user a role needs iam:PassRole on it', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('iam', 'CreateUser', { UserName: 'operator' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'operator',
      PolicyName: 'transfer-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'transfer:*', Resource: '*' }],
      }),
    });
    const error = await lake.as('operator').errorOf('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/acme',
    });
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toContain('iam:PassRole');
  });

  it('records a clear failure when the user role may not write to the bucket', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'ReadOnly',
      'transfer.amazonaws.com',
      'AmazonS3ReadOnlyAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/acme',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.advance('1h');
    const [partner] = sftpPartnerStatus(lake.engine.world);
    expect(partner).toMatchObject({ filesDelivered: 0, failedDrops: 1 });
    expect(partner!.lastError).toContain('AccessDenied');
    expect(keysUnder(lake, 'partner-drop')).toEqual([]);
  });

  it('partner uploads fail while the server is OFFLINE', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/acme',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.advance('5m');
    await lake.call('transfer', 'StopServer', { ServerId });
    await lake.advance('3h');
    await lake.call('transfer', 'StartServer', { ServerId });
    await lake.advance('1h');
    const [partner] = sftpPartnerStatus(lake.engine.world);
    expect(partner!.failedDrops).toBe(3);
    expect(partner!.filesDelivered).toBe(1);
  });

  it('bills $0.30 per protocol-hour from creation, even while OFFLINE, and $0.04 per GB uploaded', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    await lake.call('transfer', 'StopServer', { ServerId });
    await lake.advance('24h');
    const hours = Object.values(lake.engine.world.ledger).find(
      (l) => l.usageType === 'ProtocolHours',
    );
    expect(hours?.quantity).toBeCloseTo(24, 9);
    expect(hours?.cost).toBeCloseTo(7.2, 9);
  });

  it('reports servers, users and uploads for the lake canvas', async () => {
    const lake = new TestLake();
    const ServerId = await sftpServer(lake);
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role,
      HomeDirectory: '/partner-drop/acme',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.advance('24h');
    expect(transferActivity(lake.engine.world)).toEqual([
      expect.objectContaining({
        ServerId,
        State: 'ONLINE',
        filesUploaded: 24,
        users: [{ UserName: 'acme', HomeDirectory: '/partner-drop/acme' }],
      }),
    ]);
  });
});
