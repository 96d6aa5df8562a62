import { describe, expect, it } from 'vitest';
import { serviceRole } from '../../engine/datasync/testFixtures';
import { TestLake } from '../../engine/testing/TestLake';
import { deriveLakeGraph } from './graph';
import { runPlan } from './plans';
import { locationArnOf, storageGatewayPlan, type StorageGatewayForm } from './plansGateway';
import { createAtomically } from './rollback';

const call = (lake: TestLake) => (service: string, operation: string, input: unknown) =>
  lake.call(service, operation, input);

const form: StorageGatewayForm = {
  hostname: 'nas.corp.internal',
  path: '/exports/sales',
  gatewayName: 'onprem-file-gateway',
  fileShareName: 'sales',
  copyExisting: true,
  role: { create: true, roleName: 'FileGatewayS3Role-sales' },
  target: { bucket: 'files-raw-zone', prefix: 'sales/' },
};

async function lakeWithBucket(): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: 'files-raw-zone' });
  return lake;
}

const keysOf = (lake: TestLake) =>
  Object.keys(lake.engine.world.s3.buckets['files-raw-zone']?.objects ?? {}).sort();

describe('the Storage Gateway pipeline the canvas creates', () => {
  it('activates the appliance, creates the NFS file share, mounts the export; files land with the role it created', async () => {
    const lake = await lakeWithBucket();
    const steps = storageGatewayPlan(lake.engine.world, form);
    expect(steps.map((s) => `${s.service}:${s.operation}`)).toEqual([
      'iam:CreateRole',
      'iam:PutRolePolicy',
      'sources:GetGatewayActivationKey',
      'storagegateway:ActivateGateway',
      'storagegateway:CreateNFSFileShare',
      'sources:MountGatewayFileShare',
    ]);
    await runPlan(call(lake), steps);
    await lake.advance('2m');
    expect(keysOf(lake)).toHaveLength(8);
    expect(keysOf(lake).every((k) => /^sales\/sales_\d{8}\.csv$/.test(k))).toBe(true);
  });

  it('reuses the gateway the lab already has', async () => {
    const lake = await lakeWithBucket();
    await runPlan(call(lake), storageGatewayPlan(lake.engine.world, form));
    const again = storageGatewayPlan(lake.engine.world, {
      ...form,
      path: '/exports/sales',
      fileShareName: 'sales2',
      role: { ...form.role, create: false },
    });
    expect(again.map((s) => s.operation)).toEqual(['CreateNFSFileShare', 'MountGatewayFileShare']);
  });

  it('rolls the gateway and file share back when the mount is refused', async () => {
    const lake = await lakeWithBucket();
    const outcome = await createAtomically(
      call(lake),
      storageGatewayPlan(lake.engine.world, { ...form, path: '/exports/hr' }),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.failure.error.code).toBe('InvalidParameterValue');
    expect(outcome.failure.leftovers).toEqual([]);
    expect(lake.engine.world.storagegateway?.gateways).toEqual({});
    expect(lake.engine.world.storagegateway?.fileShares).toEqual({});
  });

  it('draws file share → gateway → bucket with counters', async () => {
    const lake = await lakeWithBucket();
    await runPlan(call(lake), storageGatewayPlan(lake.engine.world, form));
    await lake.advance('2m');
    const graph = deriveLakeGraph(lake.engine.world);
    const gateway = graph.nodes.find((n) => n.kind === 'storagegateway')!;
    expect(gateway).toMatchObject({ label: 'onprem-file-gateway', health: 'active' });
    expect(gateway.counters).toContain('8 files uploaded');
    const edges = graph.edges.filter((e) => e.source === gateway.id || e.target === gateway.id);
    expect(edges.map((e) => `${e.source} → ${e.target}`)).toEqual([
      `fileshare:nas.corp.internal → ${gateway.id}`,
      `${gateway.id} → bucket:files-raw-zone`,
    ]);
    expect(edges[1]).toMatchObject({ prefix: 'sales/', records: 8 });
  });

  it('shows the gateway failed with S3 AccessDenied when its role may not PutObject', async () => {
    const lake = await lakeWithBucket();
    await serviceRole(
      lake,
      'ReadOnlyGateway',
      'storagegateway.amazonaws.com',
      'AmazonS3ReadOnlyAccess',
    );
    const role = { create: false, roleName: 'ReadOnlyGateway' };
    await runPlan(call(lake), storageGatewayPlan(lake.engine.world, { ...form, role }));
    await lake.advance('2m');
    expect(keysOf(lake)).toEqual([]);
    const gateway = deriveLakeGraph(lake.engine.world).nodes.find(
      (n) => n.kind === 'storagegateway',
    )!;
    expect(gateway.health).toBe('failed');
    expect(gateway.lastError).toMatch(/^AccessDenied: Could not upload sales_\d{8}\.csv/);
    expect(gateway.counters).toContain('8 waiting to upload');
  });

  it('puts the prefix in the LocationARN with its trailing slash, or none for the whole bucket', () => {
    expect(locationArnOf({ bucket: 'b', prefix: '/sales' })).toBe('arn:aws:s3:::b/sales/');
    expect(locationArnOf({ bucket: 'b', prefix: '' })).toBe('arn:aws:s3:::b');
  });
});
