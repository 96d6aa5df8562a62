import { describe, expect, it } from 'vitest';
import { utf8Decode } from '../formats/text';
import { lastModifiedOf, readCrmObject } from '../sources/crm';
import { TestLake } from '../testing/TestLake';
import { keysUnder } from '../datasync/testFixtures';
import { appFlowActivity } from './state';

interface Execution {
  executionId: string;
  executionStatus: string;
  executionResult: {
    recordsProcessed: number;
    bytesWritten: number;
    errorInfo?: { executionMessage: string };
  };
}

const opportunities = (
  options: { trigger?: object; fileType?: string; aggregation?: string; filter?: boolean } = {},
) => ({
  flowName: 'crm-opportunities',
  triggerConfig: options.trigger ?? { triggerType: 'OnDemand' },
  sourceFlowConfig: {
    connectorType: 'Salesforce',
    connectorProfileName: 'crm',
    sourceConnectorProperties: { Salesforce: { object: 'Opportunity' } },
  },
  destinationFlowConfigList: [
    {
      connectorType: 'S3',
      destinationConnectorProperties: {
        S3: {
          bucketName: 'raw-zone',
          bucketPrefix: 'crm',
          s3OutputFormatConfig: {
            fileType: options.fileType ?? 'JSON',
            aggregationConfig: { aggregationType: options.aggregation ?? 'SingleFile' },
          },
        },
      },
    },
  ],
  tasks: [
    {
      taskType: 'Filter',
      sourceFields: ['Id', 'Amount', 'StageName', 'LastModifiedDate'],
      connectorOperator: { Salesforce: 'PROJECTION' },
    },
    ...(options.filter
      ? [
          {
            taskType: 'Filter',
            sourceFields: ['Amount'],
            connectorOperator: { Salesforce: 'GREATER_THAN' },
            taskProperties: { DATA_TYPE: 'currency', VALUE: '10000' },
          },
        ]
      : []),
    {
      taskType: 'Map',
      sourceFields: ['Id'],
      destinationField: 'opportunity_id',
      connectorOperator: { Salesforce: 'NO_OP' },
      taskProperties: {},
    },
    {
      taskType: 'Map',
      sourceFields: ['Amount'],
      destinationField: 'amount',
      connectorOperator: { Salesforce: 'NO_OP' },
      taskProperties: { DESTINATION_DATA_TYPE: 'double' },
    },
    {
      taskType: 'Map',
      sourceFields: ['StageName'],
      destinationField: 'stage',
      connectorOperator: { Salesforce: 'NO_OP' },
      taskProperties: {},
    },
  ],
});

async function crmLake(lake = new TestLake()) {
  await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
  await lake.call('appflow', 'CreateConnectorProfile', {
    connectorProfileName: 'crm',
    connectorType: 'Salesforce',
    connectionMode: 'Public',
    connectorProfileConfig: {
      connectorProfileProperties: {
        Salesforce: { instanceUrl: 'https://lakelab.my.salesforce.com' },
      },
    },
  });
  return lake;
}

const records = async (lake: TestLake) =>
  (
    await lake.call<{ flowExecutions: Execution[] }>('appflow', 'DescribeFlowExecutionRecords', {
      flowName: 'crm-opportunities',
    })
  ).flowExecutions;

const jsonLines = (lake: TestLake, key: string) =>
  utf8Decode(lake.engine.world.s3.buckets['raw-zone']!.objects[key]!.Body)
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('AppFlow from the simulated CRM to S3', () => {
  it('writes a run under <bucketPrefix>/<flowName>/<executionId>/ with only the mapped fields', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities());
    const { executionId } = await lake.call<{ executionId: string }>('appflow', 'StartFlow', {
      flowName: 'crm-opportunities',
    });
    expect((await records(lake))[0]!.executionStatus).toBe('InProgress');
    await lake.advance('1m');
    const [run] = await records(lake);
    expect(run).toMatchObject({ executionId, executionStatus: 'Successful' });
    const keys = keysUnder(lake, 'raw-zone');
    expect(keys).toEqual([`crm/crm-opportunities/${executionId}/part-00000.jsonl`]);
    const rows = jsonLines(lake, keys[0]!);
    expect(rows).toHaveLength(readCrmObject(lake.engine.world, 'Opportunity').length);
    expect(Object.keys(rows[0]!)).toEqual(['opportunity_id', 'amount', 'stage']);
  });

  it('a Filter task keeps only matching records (Amount > 10000)', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities({ filter: true }));
    const { executionId } = await lake.call<{ executionId: string }>('appflow', 'StartFlow', {
      flowName: 'crm-opportunities',
    });
    await lake.advance('1m');
    const rows = jsonLines(lake, `crm/crm-opportunities/${executionId}/part-00000.jsonl`);
    const expected = readCrmObject(lake.engine.world, 'Opportunity').filter(
      (r) => Number(r['Amount']) > 10000,
    );
    expect(rows.length).toBe(expected.length);
    expect(rows.every((r) => Number(r['amount']) > 10000)).toBe(true);
  });

  it('a scheduled Incremental flow pulls only records modified since the last successful run', async () => {
    const lake = await crmLake();
    const trigger = {
      triggerType: 'Scheduled',
      triggerProperties: {
        Scheduled: {
          scheduleExpression: 'rate(1days)',
          dataPullMode: 'Incremental',
          scheduleStartTime: lake.engine.clock.now(),
        },
      },
    };
    const created = await lake.call<{ flowStatus: string }>(
      'appflow',
      'CreateFlow',
      opportunities({ trigger }),
    );
    expect(created.flowStatus).toBe('Draft');
    const saved = lake.engine.world.appflow!;
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
    await lake.call('appflow', 'StartFlow', { flowName: 'crm-opportunities' });
    await lake.advance('24h');
    await lake.advance('1m');
    const firstEnd = lake.engine.world.clock.now;
    const [first] = await records(lake);
    expect(first!.executionResult.recordsProcessed).toBe(
      readCrmObject(lake.engine.world, 'Opportunity').length,
    );
    await lake.advance('24h');
    const [second] = await records(lake);
    expect(second!.executionStatus).toBe('Successful');
    const changed = readCrmObject(lake.engine.world, 'Opportunity').filter(
      (r) => lastModifiedOf(r) > firstEnd,
    );
    expect(second!.executionResult.recordsProcessed).toBe(changed.length);
    expect(second!.executionResult.recordsProcessed).toBeLessThan(
      first!.executionResult.recordsProcessed,
    );
  });

  it('writes CSV with a header row and PARQUET as a real Parquet file', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities({ fileType: 'CSV' }));
    const { executionId } = await lake.call<{ executionId: string }>('appflow', 'StartFlow', {
      flowName: 'crm-opportunities',
    });
    await lake.advance('1m');
    const csv = utf8Decode(
      lake.engine.world.s3.buckets['raw-zone']!.objects[
        `crm/crm-opportunities/${executionId}/part-00000.csv`
      ]!.Body,
    );
    expect(csv.split('\n')[0]).toBe('opportunity_id,amount,stage');
    await lake.call('appflow', 'CreateFlow', {
      ...opportunities({ fileType: 'PARQUET', aggregation: 'None' }),
      flowName: 'crm-parquet',
    });
    await lake.call('appflow', 'StartFlow', { flowName: 'crm-parquet' });
    await lake.advance('1m');
    const parquet = keysUnder(lake, 'raw-zone', 'crm/crm-parquet/');
    expect(parquet.length).toBeGreaterThan(0);
    const bytes = lake.engine.world.s3.buckets['raw-zone']!.objects[parquet[0]!]!.Body;
    expect(utf8Decode(bytes.slice(0, 4))).toBe('PAR1');
  });

  it('UpdateFlow changes the tasks the next run applies', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities());
    const { flowName, triggerConfig, sourceFlowConfig, destinationFlowConfigList, tasks } =
      opportunities({ filter: true });
    await lake.call('appflow', 'UpdateFlow', {
      flowName,
      triggerConfig,
      sourceFlowConfig,
      destinationFlowConfigList,
      tasks,
    });
    const { executionId } = await lake.call<{ executionId: string }>('appflow', 'StartFlow', {
      flowName,
    });
    await lake.advance('1m');
    const rows = jsonLines(lake, `crm/crm-opportunities/${executionId}/part-00000.jsonl`);
    expect(rows.every((r) => Number(r['amount']) > 10000)).toBe(true);
  });

  it('rejects a task naming a field the object does not have', async () => {
    const lake = await crmLake();
    const flow = opportunities();
    flow.tasks.push({
      taskType: 'Map',
      sourceFields: ['Revenue'],
      destinationField: 'r',
      connectorOperator: { Salesforce: 'NO_OP' },
      taskProperties: {},
    });
    const error = await lake.errorOf('appflow', 'CreateFlow', flow);
    expect(error.name).toBe('ValidationException');
    expect(error.message).toContain('Revenue');
  });

  it('fails the run with a clear message when the flow creator may not write to the bucket', async () => {
    const lake = await crmLake();
    await lake.call('iam', 'CreateUser', { UserName: 'analyst' });
    await lake.call('iam', 'PutUserPolicy', {
      UserName: 'analyst',
      PolicyName: 'appflow-only',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 'appflow:*', Resource: '*' }],
      }),
    });
    const analyst = lake.as('analyst');
    await analyst.call('appflow', 'CreateFlow', opportunities());
    await analyst.call('appflow', 'StartFlow', { flowName: 'crm-opportunities' });
    await lake.advance('1m');
    const [run] = await records(lake);
    expect(run!.executionStatus).toBe('Error');
    expect(run!.executionResult.errorInfo?.executionMessage).toContain('user/analyst');
    expect(keysUnder(lake, 'raw-zone')).toEqual([]);
  });

  it('StopFlow refuses on-demand flows; suspends scheduled ones', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities());
    expect(
      (await lake.errorOf('appflow', 'StopFlow', { flowName: 'crm-opportunities' })).name,
    ).toBe('UnsupportedOperationException');
    const trigger = {
      triggerType: 'Scheduled',
      triggerProperties: {
        Scheduled: { scheduleExpression: 'rate(1hours)', dataPullMode: 'Complete' },
      },
    };
    await lake.call('appflow', 'CreateFlow', { ...opportunities({ trigger }), flowName: 'hourly' });
    await lake.call('appflow', 'StartFlow', { flowName: 'hourly' });
    await lake.advance('3h');
    expect(await lake.call('appflow', 'StopFlow', { flowName: 'hourly' })).toMatchObject({
      flowStatus: 'Suspended',
    });
    await lake.advance('3h');
    expect(appFlowActivity(lake.engine.world).find((a) => a.flowName === 'hourly')).toMatchObject({
      runs: 3,
      lastStatus: 'Successful',
    });
  });

  it('bills $0.001 per flow run', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities());
    await lake.call('appflow', 'StartFlow', { flowName: 'crm-opportunities' });
    await lake.call('appflow', 'StartFlow', { flowName: 'crm-opportunities' });
    await lake.advance('1m');
    const line = Object.values(lake.engine.world.ledger).find((l) => l.service === 'appflow');
    expect(line).toMatchObject({ quantity: 2 });
    expect(line?.cost).toBeCloseTo(0.002, 12);
  });

  const withTasks = (extra: object[]) => {
    const flow = opportunities();
    return { ...flow, tasks: [...extra, ...flow.tasks] as typeof flow.tasks };
  };
  const runOnce = async (lake: TestLake) => {
    const { executionId } = await lake.call<{ executionId: string }>('appflow', 'StartFlow', {
      flowName: 'crm-opportunities',
    });
    await lake.advance('1m');
    return executionId;
  };

  it('Validate tasks drop failing records (DropRecord) or end the run (TerminateFlow) (API_Task VALIDATION_ACTION)', async () => {
    const lake = await crmLake();
    const check = (action: string) => ({
      taskType: 'Validate',
      sourceFields: ['StageName'],
      connectorOperator: { Salesforce: 'VALIDATE_NUMERIC' },
      taskProperties: { VALIDATION_ACTION: action },
    });
    await lake.call('appflow', 'CreateFlow', withTasks([check('DropRecord')]));
    await runOnce(lake);
    const [dropped] = await records(lake);
    expect(dropped!.executionStatus).toBe('Successful');
    expect(dropped!.executionResult.bytesWritten).toBe(0);
    await lake.call('appflow', 'DeleteFlow', { flowName: 'crm-opportunities' });
    await lake.call('appflow', 'CreateFlow', withTasks([check('TerminateFlow')]));
    await runOnce(lake);
    const [terminated] = await records(lake);
    expect(terminated!.executionStatus).toBe('Error');
    expect(terminated!.executionResult.errorInfo?.executionMessage).toContain('VALIDATE_NUMERIC');
  });

  it('Mask and Truncate tasks change the values written (API_Task MASK_LENGTH, TRUNCATE_LENGTH)', async () => {
    const lake = await crmLake();
    await lake.call(
      'appflow',
      'CreateFlow',
      withTasks([
        {
          taskType: 'Mask',
          sourceFields: ['Id'],
          connectorOperator: { Salesforce: 'MASK_LAST_N' },
          taskProperties: { MASK_LENGTH: '4', MASK_VALUE: '#' },
        },
        {
          taskType: 'Truncate',
          sourceFields: ['StageName'],
          connectorOperator: { Salesforce: 'NO_OP' },
          taskProperties: { TRUNCATE_LENGTH: '3' },
        },
      ]),
    );
    const executionId = await runOnce(lake);
    const [row] = jsonLines(lake, `crm/crm-opportunities/${executionId}/part-00000.jsonl`);
    const source = readCrmObject(lake.engine.world, 'Opportunity')[0]!;
    expect(row!['opportunity_id']).toBe(`${String(source['Id']).slice(0, -4)}####`);
    expect(row!['stage']).toBe(String(source['StageName']).slice(0, 3));
  });

  it('rejects a taskType outside the documented enum with ValidationException (API_Task taskType)', async () => {
    const lake = await crmLake();
    const flow = withTasks([{ taskType: 'Projection', sourceFields: ['Id'] }]);
    expect((await lake.errorOf('appflow', 'CreateFlow', flow)).name).toBe('ValidationException');
  });

  it('a flow whose connector profile was force-deleted fails its next run (API_DeleteConnectorProfile forceDelete)', async () => {
    const lake = await crmLake();
    await lake.call('appflow', 'CreateFlow', opportunities());
    expect(
      (await lake.errorOf('appflow', 'DeleteConnectorProfile', { connectorProfileName: 'crm' }))
        .name,
    ).toBe('ConflictException');
    await lake.call('appflow', 'DeleteConnectorProfile', {
      connectorProfileName: 'crm',
      forceDelete: true,
    });
    await runOnce(lake);
    const [run] = await records(lake);
    expect(run!.executionStatus).toBe('Error');
    expect(run!.executionResult.errorInfo?.executionMessage).toContain('Connector profile crm');
  });
});
