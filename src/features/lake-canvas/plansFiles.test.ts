import { describe, expect, it } from 'vitest';
import { TestLake } from '../../engine/testing/TestLake';
import { runPlan } from './plans';
import {
  appFlowPlan,
  appFlowRunStep,
  dataSyncPlan,
  dataSyncStartStep,
  type AppFlowForm,
  type DataSyncForm,
} from './plansFiles';

const keysOf = (lake: TestLake, bucket: string) =>
  Object.keys(lake.engine.world.s3.buckets[bucket]?.objects ?? {}).sort();

const call = (lake: TestLake) => (service: string, operation: string, input: unknown) =>
  lake.call(service, operation, input);

async function lakeWithBucket(bucket: string): Promise<TestLake> {
  const lake = new TestLake();
  await lake.call('s3', 'CreateBucket', { Bucket: bucket });
  return lake;
}

const dataSyncForm: DataSyncForm = {
  hostname: 'nas.corp.internal',
  path: '/exports/sales',
  taskName: 'sales-share',
  agentName: 'onprem',
  role: { create: true, roleName: 'DataSyncS3Role-sales' },
  target: { bucket: 'files-raw-zone', prefix: 'sales/' },
};

describe('the DataSync pipeline the canvas creates', () => {
  it('copies the share’s daily files under the prefix with the role it created', async () => {
    const lake = await lakeWithBucket('files-raw-zone');
    const steps = dataSyncPlan(lake.engine.world, dataSyncForm);
    expect(steps.map((s) => s.operation)).toEqual([
      'CreateRole',
      'PutRolePolicy',
      'CreateAgent',
      'CreateLocationNfs',
      'CreateLocationS3',
      'CreateTask',
    ]);
    const refs = await runPlan(call(lake), steps);
    await runPlan(call(lake), [dataSyncStartStep], refs);
    await lake.advance('10m');
    const keys = keysOf(lake, 'files-raw-zone');
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => /^sales\/sales_\d{8}\.csv$/.test(k))).toBe(true);
  });

  it('reuses an agent the lab already has instead of activating another', async () => {
    const lake = await lakeWithBucket('files-raw-zone');
    await runPlan(call(lake), dataSyncPlan(lake.engine.world, dataSyncForm));
    const again = dataSyncPlan(lake.engine.world, {
      ...dataSyncForm,
      taskName: 'second',
      role: { ...dataSyncForm.role, create: false },
    });
    expect(again.map((s) => s.operation)).not.toContain('CreateAgent');
    await runPlan(call(lake), again);
    expect(Object.keys(lake.engine.world.datasync!.agents)).toHaveLength(1);
  });

  it('the role lists the bucket but writes only under the prefix', () => {
    const lake = new TestLake();
    const steps = dataSyncPlan(lake.engine.world, dataSyncForm);
    const policy = JSON.parse(
      (steps[1]!.input({}) as { PolicyDocument: string }).PolicyDocument,
    ) as { Statement: { Action: string[]; Resource: string[] }[] };
    const put = policy.Statement.find((s) => s.Action.includes('s3:PutObject'));
    const list = policy.Statement.find((s) => s.Action.includes('s3:ListBucket'));
    expect(put?.Resource).toEqual(['arn:aws:s3:::files-raw-zone/sales/*']);
    expect(list?.Resource).toEqual(['arn:aws:s3:::files-raw-zone']);
  });
});

const appFlowForm: AppFlowForm = {
  flowName: 'crm-opportunities',
  object: 'Opportunity',
  fileType: 'JSON',
  target: { bucket: 'crm-raw-zone', prefix: 'crm/' },
};

describe('the AppFlow pipeline the canvas creates', () => {
  it('creates the crm connection once, and a run writes every field under <prefix>/<flowName>/', async () => {
    const lake = await lakeWithBucket('crm-raw-zone');
    const steps = appFlowPlan(lake.engine.world, appFlowForm);
    expect(steps.map((s) => s.operation)).toEqual(['CreateConnectorProfile', 'CreateFlow']);
    await runPlan(call(lake), [...steps, appFlowRunStep('crm-opportunities')]);
    await lake.advance('1m');
    const keys = keysOf(lake, 'crm-raw-zone');
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(/^crm\/crm-opportunities\/[^/]+\/part-00000\.jsonl$/);
    const again = appFlowPlan(lake.engine.world, { ...appFlowForm, flowName: 'accounts' });
    expect(again.map((s) => s.operation)).toEqual(['CreateFlow']);
  });

  it('filters opportunities to Amount > N when a minimum is set', async () => {
    const lake = await lakeWithBucket('crm-raw-zone');
    const steps = appFlowPlan(lake.engine.world, { ...appFlowForm, minAmount: 10000 });
    await runPlan(call(lake), [...steps, appFlowRunStep('crm-opportunities')]);
    await lake.advance('1m');
    const body =
      lake.engine.world.s3.buckets['crm-raw-zone']!.objects[keysOf(lake, 'crm-raw-zone')[0]!]!.Body;
    const rows = new TextDecoder()
      .decode(body as Uint8Array)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => Number(r['Amount']) > 10000)).toBe(true);
  });
});
