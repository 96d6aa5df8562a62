import {
  CreateAgentCommand,
  CreateLocationNfsCommand,
  CreateLocationS3Command,
  CreateTaskCommand,
  DataSyncClient,
  DescribeTaskExecutionCommand,
  StartTaskExecutionCommand,
} from '@aws-sdk/client-datasync';
import {
  CreateServerCommand,
  CreateUserCommand,
  DescribeServerCommand,
  DescribeUserCommand,
  TransferClient,
} from '@aws-sdk/client-transfer';
import {
  AppflowClient,
  CreateConnectorProfileCommand,
  CreateFlowCommand,
  DescribeFlowExecutionRecordsCommand,
  StartFlowCommand,
} from '@aws-sdk/client-appflow';
import { describe, expect, it } from 'vitest';
import { configureSftpPartner } from '../sources/sftp';
import { TestLake } from '../testing/TestLake';
import { keysUnder, serviceRole } from './testFixtures';

describe('ingestion through the real AWS SDK clients', () => {
  it('DataSync: copies the NFS share to S3 and reports the execution', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const role = await serviceRole(
      lake,
      'DataSyncS3',
      'datasync.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const datasync = new DataSyncClient(lake.engine.sdkConfig());
    const { AgentArn } = await datasync.send(
      new CreateAgentCommand({ ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' }),
    );
    const nfs = await datasync.send(
      new CreateLocationNfsCommand({
        ServerHostname: 'nas.corp.internal',
        Subdirectory: '/exports/sales',
        OnPremConfig: { AgentArns: [AgentArn!] },
      }),
    );
    const s3 = await datasync.send(
      new CreateLocationS3Command({
        S3BucketArn: 'arn:aws:s3:::raw-zone',
        Subdirectory: 'sales',
        S3Config: { BucketAccessRoleArn: role },
      }),
    );
    const { TaskArn } = await datasync.send(
      new CreateTaskCommand({
        SourceLocationArn: nfs.LocationArn,
        DestinationLocationArn: s3.LocationArn,
        Options: { VerifyMode: 'ONLY_FILES_TRANSFERRED' },
      }),
    );
    const { TaskExecutionArn } = await datasync.send(new StartTaskExecutionCommand({ TaskArn }));
    await lake.engine.clock.runUntilIdle();
    const exec = await datasync.send(new DescribeTaskExecutionCommand({ TaskExecutionArn }));
    expect(exec.Status).toBe('SUCCESS');
    expect(exec.StartTime).toBeInstanceOf(Date);
    expect(exec.FilesTransferred).toBe(keysUnder(lake, 'raw-zone', 'sales/').length);
    expect(exec.Result?.VerifyStatus).toBe('SUCCESS');
  });

  it('Transfer Family: a server and a user whose partner uploads land in the home directory', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'partner-drop' });
    const Role = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const transfer = new TransferClient(lake.engine.sdkConfig());
    const { ServerId } = await transfer.send(
      new CreateServerCommand({
        Protocols: ['SFTP'],
        IdentityProviderType: 'SERVICE_MANAGED',
        Domain: 'S3',
      }),
    );
    await transfer.send(
      new CreateUserCommand({
        ServerId,
        UserName: 'acme',
        Role,
        HomeDirectory: '/partner-drop/acme',
      }),
    );
    expect(
      (await transfer.send(new DescribeUserCommand({ ServerId, UserName: 'acme' }))).User
        ?.HomeDirectory,
    ).toBe('/partner-drop/acme');
    configureSftpPartner(lake.engine.world, { ServerId: ServerId!, UserName: 'acme' });
    await lake.advance('2h');
    expect((await transfer.send(new DescribeServerCommand({ ServerId }))).Server?.State).toBe(
      'ONLINE',
    );
    expect(keysUnder(lake, 'partner-drop', 'acme/')).toHaveLength(2);
  });

  it('AppFlow: an on-demand flow from Salesforce to S3 and its execution record', async () => {
    const lake = new TestLake();
    await lake.call('s3', 'CreateBucket', { Bucket: 'raw-zone' });
    const appflow = new AppflowClient(lake.engine.sdkConfig());
    await appflow.send(
      new CreateConnectorProfileCommand({
        connectorProfileName: 'crm',
        connectorType: 'Salesforce',
        connectionMode: 'Public',
        connectorProfileConfig: {
          connectorProfileProperties: {
            Salesforce: { instanceUrl: 'https://lakelab.my.salesforce.com' },
          },
        },
      }),
    );
    await appflow.send(
      new CreateFlowCommand({
        flowName: 'accounts',
        triggerConfig: { triggerType: 'OnDemand' },
        sourceFlowConfig: {
          connectorType: 'Salesforce',
          connectorProfileName: 'crm',
          sourceConnectorProperties: { Salesforce: { object: 'Account' } },
        },
        destinationFlowConfigList: [
          {
            connectorType: 'S3',
            destinationConnectorProperties: {
              S3: {
                bucketName: 'raw-zone',
                bucketPrefix: 'crm',
                s3OutputFormatConfig: { fileType: 'CSV' },
              },
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
      }),
    );
    const { executionId } = await appflow.send(new StartFlowCommand({ flowName: 'accounts' }));
    await lake.advance('1m');
    const { flowExecutions } = await appflow.send(
      new DescribeFlowExecutionRecordsCommand({ flowName: 'accounts' }),
    );
    expect(flowExecutions?.[0]).toMatchObject({ executionId, executionStatus: 'Successful' });
    expect(flowExecutions?.[0]?.startedAt).toBeInstanceOf(Date);
    expect(keysUnder(lake, 'raw-zone', `crm/accounts/${executionId}/`)).toHaveLength(1);
  });
});
