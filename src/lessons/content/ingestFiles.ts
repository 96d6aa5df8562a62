/** Module 2: file ingestion — DataSync copies an on-premises NFS share into the raw zone, incrementally. */
const BUCKET = 'shop-raw-zone';
const ROLE = 'DataSyncS3Role';
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'datasync.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const NFS_URI = 'nfs://nas.corp.internal/exports/sales/';
const S3_URI = `s3://${BUCKET}/sales/`;

const executions = {
  service: 'datasync',
  operation: 'ListTaskExecutions',
  input: { TaskArn: '${datasync:task:sales-share}' },
};

export const ingestFiles = {
  id: 'ingest-files-datasync',
  module: 2,
  title: 'Syncing a file share with DataSync',
  summary:
    'Copy the sales exports of an on-premises NFS share into the raw zone, then again with only what changed.',
  objectives: [
    'Describe an NFS source and an S3 destination as DataSync locations',
    'Run a task and read its phases and counters',
    'See an incremental run copy only new and changed files',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      {
        service: 'iam',
        operation: 'CreateRole',
        input: { RoleName: ROLE, AssumeRolePolicyDocument: TRUST },
      },
      {
        service: 'iam',
        operation: 'AttachRolePolicy',
        input: { RoleName: ROLE, PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess' },
      },
      {
        service: 'datasync',
        operation: 'CreateAgent',
        input: { ActivationKey: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', AgentName: 'onprem-agent' },
      },
      // The share gets a new daily export at 01:00 UTC: let a few days of files exist.
      { service: 'lab', operation: 'AdvanceClock', input: { Duration: '3d' } },
    ],
  },
  steps: [
    {
      id: 'locations',
      title: 'Describe both ends',
      instructions: `The DataSync agent \`onprem-agent\` runs next to the file server. Create an **NFS location** for \`nas.corp.internal\` export \`/exports/sales\` (through the agent) and an **S3 location** for \`${S3_URI}\` with the role \`${ROLE}\`.`,
      check: {
        read: { service: 'datasync', operation: 'ListLocations' },
        expect: { path: 'Locations', length: { atLeast: 2 } },
      },
      hints: ['The S3 location needs a role DataSync can assume: the set-up created it.'],
      showMe: [
        {
          service: 'datasync',
          operation: 'CreateLocationNfs',
          input: {
            ServerHostname: 'nas.corp.internal',
            Subdirectory: '/exports/sales',
            OnPremConfig: { AgentArns: ['${datasync:agent:onprem-agent}'] },
          },
        },
        {
          service: 'datasync',
          operation: 'CreateLocationS3',
          input: {
            S3BucketArn: `arn:aws:s3:::${BUCKET}`,
            Subdirectory: '/sales',
            S3Config: { BucketAccessRoleArn: `arn:aws:iam::111122223333:role/${ROLE}` },
          },
        },
      ],
      explanation:
        'A location is one end of a transfer. The agent reads the share on premises and sends the files to AWS over TLS.',
    },
    {
      id: 'first-run',
      title: 'Create the task and run it',
      instructions:
        'Create the task `sales-share` from the NFS location to the S3 location and start it. Let the clock run until the execution ends (**SUCCESS**), through LAUNCHING, PREPARING, TRANSFERRING and VERIFYING.',
      check: {
        read: executions,
        expect: { path: 'TaskExecutions', some: { path: 'Status', equals: 'SUCCESS' } },
      },
      hints: ['Top bar: Step to next event, a few times, or Jump ahead 10 minutes.'],
      showMe: [
        {
          service: 'datasync',
          operation: 'CreateTask',
          input: {
            SourceLocationArn: `\${datasync:location:${NFS_URI}}`,
            DestinationLocationArn: `\${datasync:location:${S3_URI}}`,
            Name: 'sales-share',
            Options: { TransferMode: 'CHANGED', VerifyMode: 'ONLY_FILES_TRANSFERRED' },
          },
        },
        {
          service: 'datasync',
          operation: 'StartTaskExecution',
          input: { TaskArn: '${datasync:task:sales-share}' },
        },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '10m' } },
      ],
      explanation:
        'The first run copies every file. DataSync verifies what it wrote, so a corrupted copy is caught, not silently kept.',
    },
    {
      id: 'incremental',
      title: 'A day later: only what changed',
      instructions:
        'Jump ahead **one day** (a new export arrives, some files are rewritten), start the task again and let it finish. Open the execution: **Files transferred** counts only new and changed files.',
      check: {
        read: executions,
        expect: { path: 'TaskExecutions', length: { atLeast: 2 } },
      },
      hints: [
        'TransferMode CHANGED compares size and modification time with what is already in S3.',
      ],
      showMe: [
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '1d' } },
        {
          service: 'datasync',
          operation: 'StartTaskExecution',
          input: { TaskArn: '${datasync:task:sales-share}' },
        },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '10m' } },
      ],
      explanation:
        'Incremental transfers keep a share and the raw zone in step cheaply: you pay per GB copied, and only changes are copied.',
    },
  ],
};
