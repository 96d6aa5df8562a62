import { describe, expect, it } from 'vitest';
import { readLabFile, writeLabFile } from '../core/labFile';
import { configureSftpPartner } from '../sources/sftp';
import { TestLake } from '../testing/TestLake';
import { appFlowActivity } from '../appflow';
import { transferActivity } from '../transfer';
import { dataSyncActivity } from './state';
import { keysUnder, nfsToS3, serviceRole } from './testFixtures';

describe('ingestion state in a lab file', () => {
  it('saves mid-run and resumes: executions, partner uploads and scheduled flows carry on', async () => {
    const lake = new TestLake();
    const TaskArn = await nfsToS3(lake, {}, 'AmazonS3FullAccess', 'rate(1 day)');
    const tr = await serviceRole(
      lake,
      'PartnerAccess',
      'transfer.amazonaws.com',
      'AmazonS3FullAccess',
    );
    const { ServerId } = await lake.call<{ ServerId: string }>('transfer', 'CreateServer', {});
    await lake.call('transfer', 'CreateUser', {
      ServerId,
      UserName: 'acme',
      Role: tr,
      HomeDirectory: '/raw-zone/partner',
    });
    configureSftpPartner(lake.engine.world, { ServerId, UserName: 'acme' });
    await lake.call('appflow', 'CreateConnectorProfile', {
      connectorProfileName: 'crm',
      connectorType: 'Salesforce',
      connectionMode: 'Public',
    });
    await lake.call('appflow', 'CreateFlow', {
      flowName: 'accounts',
      triggerConfig: {
        triggerType: 'Scheduled',
        triggerProperties: {
          Scheduled: {
            scheduleExpression: 'rate(1hours)',
            dataPullMode: 'Incremental',
            scheduleStartTime: new Date(lake.engine.clock.now().getTime() + 60_000),
          },
        },
      },
      sourceFlowConfig: {
        connectorType: 'Salesforce',
        connectorProfileName: 'crm',
        sourceConnectorProperties: { Salesforce: { object: 'Account' } },
      },
      destinationFlowConfigList: [
        {
          connectorType: 'S3',
          destinationConnectorProperties: { S3: { bucketName: 'raw-zone', bucketPrefix: 'crm' } },
        },
      ],
      tasks: [{ taskType: 'Map_all', sourceFields: [], taskProperties: {} }],
    });
    await lake.call('appflow', 'StartFlow', { flowName: 'accounts' });
    await lake.call('datasync', 'StartTaskExecution', { TaskArn });
    await lake.advance('40s'); // the execution is PREPARING

    const resumed = new TestLake();
    resumed.engine.restore(readLabFile(writeLabFile(lake.engine.snapshot())));
    await resumed.advance('26h');

    expect(dataSyncActivity(resumed.engine.world)[0]).toMatchObject({
      lastStatus: 'SUCCESS',
      executions: 2,
    });
    expect(transferActivity(resumed.engine.world)[0]).toMatchObject({
      State: 'ONLINE',
      filesUploaded: 26,
    });
    expect(appFlowActivity(resumed.engine.world)[0]).toMatchObject({
      flowStatus: 'Active',
      runs: 26,
      lastStatus: 'Successful',
    });
    expect(keysUnder(resumed, 'raw-zone', 'sales/').length).toBeGreaterThan(0);
  });
});
