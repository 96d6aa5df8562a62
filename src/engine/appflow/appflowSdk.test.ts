import {
  AppflowClient,
  CancelFlowExecutionsCommand,
  CreateConnectorProfileCommand,
  CreateFlowCommand,
  type CreateFlowCommandInput,
  DeleteFlowCommand,
  DescribeConnectorEntityCommand,
  DescribeConnectorsCommand,
  DescribeConnectorProfilesCommand,
  DescribeFlowCommand,
  DescribeFlowExecutionRecordsCommand,
  ListConnectorEntitiesCommand,
  ListConnectorsCommand,
  ListFlowsCommand,
  ListTagsForResourceCommand,
  StartFlowCommand,
  StopFlowCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateConnectorProfileCommand,
} from '@aws-sdk/client-appflow';
import {
  CreateBucketCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { failureOf } from '../testing/sdkFailure';
import { createEngine } from '../index';

export function flowInput(
  flowName: string,
  triggerConfig: CreateFlowCommandInput['triggerConfig'] = { triggerType: 'OnDemand' },
): CreateFlowCommandInput {
  return {
    flowName,
    triggerConfig,
    sourceFlowConfig: {
      connectorType: 'Salesforce',
      connectorProfileName: 'crm',
      sourceConnectorProperties: { Salesforce: { object: 'Account' } },
    },
    destinationFlowConfigList: [
      {
        connectorType: 'S3',
        destinationConnectorProperties: {
          S3: { bucketName: 'raw-zone', s3OutputFormatConfig: { fileType: 'JSON' } },
        },
      },
    ],
    tasks: [
      {
        taskType: 'Map_all',
        sourceFields: [],
        connectorOperator: { Salesforce: 'NO_OP' },
        taskProperties: {},
      },
    ],
  };
}

/** An engine with a bucket and a Salesforce connector profile, and a real AppFlow SDK client on it. */
export async function sdkLake() {
  const engine = createEngine();
  const appflow = new AppflowClient(engine.sdkConfig());
  await new S3Client({ ...engine.sdkConfig(), forcePathStyle: true }).send(
    new CreateBucketCommand({ Bucket: 'raw-zone' }),
  );
  await appflow.send(
    new CreateConnectorProfileCommand({
      connectorProfileName: 'crm',
      connectorType: 'Salesforce',
      connectionMode: 'Public',
      connectorProfileConfig: {
        connectorProfileProperties: { Salesforce: { instanceUrl: 'https://x.my.salesforce.com' } },
        connectorProfileCredentials: { Salesforce: { accessToken: 'token' } },
      },
    }),
  );
  return { engine, appflow };
}

describe('AppFlow through the real SDK client', () => {
  it('creates, runs, describes and deletes an on-demand flow (API_CreateFlow, API_StartFlow)', async () => {
    const { engine, appflow } = await sdkLake();
    const created = await appflow.send(new CreateFlowCommand(flowInput('accounts')));
    expect(created.flowArn).toMatch(/^arn:aws:appflow:[a-z0-9-]+:111122223333:flow\/accounts$/);
    expect(created.flowStatus).toBe('Active');
    const started = await appflow.send(new StartFlowCommand({ flowName: 'accounts' }));
    expect(started.executionId).toEqual(expect.any(String));
    await engine.clock.advance(60_000);
    const records = await appflow.send(
      new DescribeFlowExecutionRecordsCommand({ flowName: 'accounts' }),
    );
    const run = records.flowExecutions?.[0];
    expect(run?.executionStatus).toBe('Successful');
    expect(run?.startedAt).toBeInstanceOf(Date);
    expect(run?.executionResult?.recordsProcessed).toBeGreaterThan(0);
    const flow = await appflow.send(new DescribeFlowCommand({ flowName: 'accounts' }));
    expect(flow.createdAt).toBeInstanceOf(Date);
    expect(flow.lastRunExecutionDetails?.mostRecentExecutionStatus).toBe('Successful');
    const list = await appflow.send(new ListFlowsCommand({}));
    expect(list.flows?.map((f) => f.flowName)).toEqual(['accounts']);
    const profiles = await appflow.send(new DescribeConnectorProfilesCommand({}));
    expect(profiles.connectorProfileDetails?.[0]?.connectorProfileName).toBe('crm');
    expect(
      await failureOf(appflow.send(new StopFlowCommand({ flowName: 'accounts' }))),
    ).toMatchObject({
      name: 'UnsupportedOperationException',
      status: 400,
    });
    await appflow.send(new DeleteFlowCommand({ flowName: 'accounts' }));
    expect(
      await failureOf(appflow.send(new DescribeFlowCommand({ flowName: 'accounts' }))),
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('pages ListFlows and DescribeFlowExecutionRecords with maxResults and nextToken (API_ListFlows)', async () => {
    const { appflow } = await sdkLake();
    for (const name of ['f1', 'f2', 'f3'])
      await appflow.send(new CreateFlowCommand(flowInput(name)));
    const first = await appflow.send(new ListFlowsCommand({ maxResults: 2 }));
    expect(first.flows?.map((f) => f.flowName)).toEqual(['f1', 'f2']);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await appflow.send(
      new ListFlowsCommand({ maxResults: 2, nextToken: first.nextToken }),
    );
    expect(second.flows?.map((f) => f.flowName)).toEqual(['f3']);
    expect(second.nextToken).toBeUndefined();
    // maxResults: valid range 1 to 100.
    expect(await failureOf(appflow.send(new ListFlowsCommand({ maxResults: 101 })))).toMatchObject({
      name: 'ValidationException',
      status: 400,
    });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push((await appflow.send(new StartFlowCommand({ flowName: 'f1' }))).executionId!);
    const page = await appflow.send(
      new DescribeFlowExecutionRecordsCommand({ flowName: 'f1', maxResults: 2 }),
    );
    expect(page.flowExecutions?.map((e) => e.executionId)).toEqual([ids[2], ids[1]]);
    const rest = await appflow.send(
      new DescribeFlowExecutionRecordsCommand({ flowName: 'f1', nextToken: page.nextToken }),
    );
    expect(rest.flowExecutions?.map((e) => e.executionId)).toEqual([ids[0]]);
    expect(rest.nextToken).toBeUndefined();
  });

  it('tags a flow at creation and with TagResource/UntagResource (API_TagResource)', async () => {
    const { appflow } = await sdkLake();
    const kmsArn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { flowArn } = await appflow.send(
      new CreateFlowCommand({ ...flowInput('tagged'), tags: { team: 'sales' }, kmsArn }),
    );
    expect((await appflow.send(new DescribeFlowCommand({ flowName: 'tagged' }))).kmsArn).toBe(
      kmsArn,
    );
    expect((await appflow.send(new DescribeFlowCommand({ flowName: 'tagged' }))).tags).toEqual({
      team: 'sales',
    });
    await appflow.send(new TagResourceCommand({ resourceArn: flowArn, tags: { env: 'lab' } }));
    await appflow.send(new UntagResourceCommand({ resourceArn: flowArn, tagKeys: ['team'] }));
    const listed = await appflow.send(new ListTagsForResourceCommand({ resourceArn: flowArn }));
    expect(listed.tags).toEqual({ env: 'lab' });
    expect((await appflow.send(new ListFlowsCommand({}))).flows?.[0]?.tags).toEqual({ env: 'lab' });
    // Tag keys may not start with aws: (API_TagResource tags).
    expect(
      await failureOf(
        appflow.send(new TagResourceCommand({ resourceArn: flowArn, tags: { 'aws:x': 'y' } })),
      ),
    ).toMatchObject({ name: 'ValidationException' });
    const missing = flowArn!.replace('flow/tagged', 'flow/none');
    expect(
      await failureOf(appflow.send(new ListTagsForResourceCommand({ resourceArn: missing }))),
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
  });

  it('StartFlow activates scheduled and event flows without an executionId; StopFlow suspends them (API_StartFlow, API_StopFlow)', async () => {
    const { appflow } = await sdkLake();
    const scheduled = flowInput('hourly', {
      triggerType: 'Scheduled',
      triggerProperties: {
        Scheduled: { scheduleExpression: 'rate(1hours)', dataPullMode: 'Complete' },
      },
    });
    const event = flowInput('on-change', { triggerType: 'Event' });
    for (const input of [scheduled, event]) {
      expect((await appflow.send(new CreateFlowCommand(input))).flowStatus).toBe('Draft');
      const started = await appflow.send(new StartFlowCommand({ flowName: input.flowName }));
      expect(started.flowStatus).toBe('Active');
      expect(started.executionId).toBeUndefined();
      const stopped = await appflow.send(new StopFlowCommand({ flowName: input.flowName }));
      expect(stopped.flowStatus).toBe('Suspended');
    }
  });

  it('answers ValidationException for a bad name, trigger type, pull mode or aggregation type, ConflictException for a taken name (API_CreateFlow)', async () => {
    const { appflow } = await sdkLake();
    const invalid: CreateFlowCommandInput[] = [
      flowInput('has space'),
      flowInput('bad', { triggerType: 'Hourly' as 'OnDemand' }),
      flowInput('bad', {
        triggerType: 'Scheduled',
        triggerProperties: {
          Scheduled: {
            scheduleExpression: 'rate(1hours)',
            dataPullMode: 'Sometimes' as 'Complete',
          },
        },
      }),
      { ...flowInput('bad'), triggerConfig: undefined as never },
      {
        ...flowInput('bad'),
        destinationFlowConfigList: [
          {
            connectorType: 'S3',
            destinationConnectorProperties: {
              S3: {
                bucketName: 'raw-zone',
                s3OutputFormatConfig: {
                  fileType: 'JSON',
                  aggregationConfig: { aggregationType: 'Many' as 'None' },
                },
              },
            },
          },
        ],
      },
    ];
    for (const input of invalid)
      expect(await failureOf(appflow.send(new CreateFlowCommand(input)))).toMatchObject({
        name: 'ValidationException',
        status: 400,
      });
    expect(await failureOf(appflow.send(new DescribeFlowCommand({} as never)))).toMatchObject({
      name: 'ValidationException',
    });
    await appflow.send(new CreateFlowCommand(flowInput('taken')));
    expect(await failureOf(appflow.send(new CreateFlowCommand(flowInput('taken'))))).toMatchObject({
      name: 'ConflictException',
      status: 409,
    });
  });

  it('CancelFlowExecutions cancels a run in progress and lists the ids it could not cancel (API_CancelFlowExecutions)', async () => {
    const { engine, appflow } = await sdkLake();
    await appflow.send(new CreateFlowCommand(flowInput('accounts')));
    const { executionId } = await appflow.send(new StartFlowCommand({ flowName: 'accounts' }));
    const answer = await appflow.send(
      new CancelFlowExecutionsCommand({
        flowName: 'accounts',
        executionIds: [executionId!, 'not-a-run'],
      }),
    );
    expect(answer.invalidExecutions).toEqual(['not-a-run']);
    const status = async () =>
      (await appflow.send(new DescribeFlowExecutionRecordsCommand({ flowName: 'accounts' })))
        .flowExecutions?.[0]?.executionStatus;
    expect(await status()).toBe('CancelStarted');
    await engine.clock.advance(60_000);
    expect(await status()).toBe('Canceled');
    expect(Object.keys(engine.world.s3.buckets['raw-zone']!.objects)).toEqual([]);
  });

  it('DeleteFlow refuses a flow with a run in progress unless forceDelete (API_DeleteFlow)', async () => {
    const { appflow } = await sdkLake();
    await appflow.send(new CreateFlowCommand(flowInput('accounts')));
    await appflow.send(new StartFlowCommand({ flowName: 'accounts' }));
    expect(
      await failureOf(appflow.send(new DeleteFlowCommand({ flowName: 'accounts' }))),
    ).toMatchObject({
      name: 'ConflictException',
      status: 409,
    });
    await appflow.send(new DeleteFlowCommand({ flowName: 'accounts', forceDelete: true }));
    expect((await appflow.send(new ListFlowsCommand({}))).flows).toEqual([]);
  });

  it('lists and describes the Salesforce objects a profile reaches; updates the profile (API_ListConnectorEntities, API_DescribeConnectorEntity, API_UpdateConnectorProfile)', async () => {
    const { appflow } = await sdkLake();
    const entities = await appflow.send(
      new ListConnectorEntitiesCommand({ connectorProfileName: 'crm' }),
    );
    const names = Object.values(entities.connectorEntityMap ?? {})
      .flat()
      .map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Account', 'Opportunity']));
    const entity = await appflow.send(
      new DescribeConnectorEntityCommand({
        connectorProfileName: 'crm',
        connectorEntityName: 'Opportunity',
      }),
    );
    expect(entity.connectorEntityFields?.map((f) => f.identifier)).toContain('Amount');
    expect(
      await failureOf(
        appflow.send(new ListConnectorEntitiesCommand({ connectorProfileName: 'nope' })),
      ),
    ).toMatchObject({ name: 'ResourceNotFoundException', status: 404 });
    const updated = await appflow.send(
      new UpdateConnectorProfileCommand({
        connectorProfileName: 'crm',
        connectionMode: 'Private',
        connectorProfileConfig: {
          connectorProfileProperties: {
            Salesforce: { instanceUrl: 'https://y.my.salesforce.com' },
          },
        },
      }),
    );
    expect(updated.connectorProfileArn).toMatch(/:connectorprofile\/crm$/);
    const [profile] =
      (await appflow.send(new DescribeConnectorProfilesCommand({}))).connectorProfileDetails ?? [];
    expect(profile).toMatchObject({
      connectionMode: 'Private',
      connectorProfileProperties: { Salesforce: { instanceUrl: 'https://y.my.salesforce.com' } },
    });
  });

  it('moves CSV files from an S3 source folder to S3, applying Filter and Map tasks (API_S3SourceProperties)', async () => {
    const { engine, appflow } = await sdkLake();
    const s3 = new S3Client({ ...engine.sdkConfig(), forcePathStyle: true });
    await s3.send(
      new PutObjectCommand({
        Bucket: 'raw-zone',
        Key: 'incoming/orders.csv',
        Body: 'id,amount\n1,50\n2,150\n3,300\n',
      }),
    );
    await appflow.send(
      new CreateFlowCommand({
        ...flowInput('s3-orders'),
        sourceFlowConfig: {
          connectorType: 'S3',
          sourceConnectorProperties: {
            S3: {
              bucketName: 'raw-zone',
              bucketPrefix: 'incoming',
              s3InputFormatConfig: { s3InputFileType: 'CSV' },
            },
          },
        },
        tasks: [
          {
            taskType: 'Filter',
            sourceFields: ['amount'],
            connectorOperator: { S3: 'EQUAL_TO' },
            taskProperties: { DATA_TYPE: 'integer', VALUE: '150' },
          },
          {
            taskType: 'Map',
            sourceFields: ['id'],
            destinationField: 'order_id',
            connectorOperator: { S3: 'NO_OP' },
            taskProperties: {},
          },
        ],
      }),
    );
    const s3Source = {
      connectorType: 'S3' as const,
      sourceConnectorProperties: { S3: { bucketName: 'raw-zone', bucketPrefix: 'incoming' } },
    };
    expect(
      await failureOf(
        appflow.send(
          new CreateFlowCommand({
            ...flowInput('s3-events', { triggerType: 'Event' }),
            sourceFlowConfig: s3Source,
          }),
        ),
      ),
    ).toMatchObject({ name: 'ValidationException' });
    const { executionId } = await appflow.send(new StartFlowCommand({ flowName: 's3-orders' }));
    await engine.clock.advance(60_000);
    const [run] =
      (await appflow.send(new DescribeFlowExecutionRecordsCommand({ flowName: 's3-orders' })))
        .flowExecutions ?? [];
    expect(run).toMatchObject({
      executionStatus: 'Successful',
      executionResult: { recordsProcessed: 3 },
    });
    const key = Object.keys(engine.world.s3.buckets['raw-zone']!.objects).find((k) =>
      k.includes(executionId!),
    );
    const body = await (
      await s3.send(new GetObjectCommand({ Bucket: 'raw-zone', Key: key }))
    ).Body!.transformToString();
    expect(
      body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ order_id: '2' }]);
  });

  it('StartFlow with a clientToken already used starts no second run (API_StartFlow clientToken)', async () => {
    const { appflow } = await sdkLake();
    await appflow.send(new CreateFlowCommand(flowInput('accounts')));
    const first = await appflow.send(
      new StartFlowCommand({ flowName: 'accounts', clientToken: 'once' }),
    );
    const retry = await appflow.send(
      new StartFlowCommand({ flowName: 'accounts', clientToken: 'once' }),
    );
    expect(retry.executionId).toBe(first.executionId);
    const other = await appflow.send(new StartFlowCommand({ flowName: 'accounts' }));
    expect(other.executionId).not.toBe(first.executionId);
    const runs = await appflow.send(
      new DescribeFlowExecutionRecordsCommand({ flowName: 'accounts' }),
    );
    expect(runs.flowExecutions).toHaveLength(2);
  });

  it('DescribeConnectors describes vended connectors; ListConnectors lists only registered custom ones (API_DescribeConnectors, API_ListConnectors)', async () => {
    const { appflow } = await sdkLake();
    const described = await appflow.send(
      new DescribeConnectorsCommand({ connectorTypes: ['Salesforce'] }),
    );
    expect(Object.keys(described.connectorConfigurations ?? {})).toEqual(['Salesforce']);
    expect(described.connectorConfigurations?.['Salesforce']).toMatchObject({
      canUseAsSource: true,
      supportedTriggerTypes: expect.arrayContaining(['OnDemand', 'Scheduled', 'Event']),
    });
    expect((await appflow.send(new ListConnectorsCommand({}))).connectors).toEqual([]);
  });
});
