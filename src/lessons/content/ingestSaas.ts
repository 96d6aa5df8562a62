/** Module 2: SaaS ingestion — AppFlow pulls CRM objects into the raw zone. */
const BUCKET = 'shop-raw-zone';
const FLOW = 'crm-opportunities';

const flow = (filter: boolean) => ({
  flowName: FLOW,
  triggerConfig: { triggerType: 'OnDemand' },
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
          bucketName: BUCKET,
          bucketPrefix: 'crm',
          s3OutputFormatConfig: {
            fileType: 'JSON',
            aggregationConfig: { aggregationType: 'SingleFile' },
          },
        },
      },
    },
  ],
  tasks: [
    {
      taskType: 'Filter',
      sourceFields: ['Id', 'Amount', 'StageName'],
      connectorOperator: { Salesforce: 'PROJECTION' },
    },
    ...(filter
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
      taskProperties: {},
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

const executions = {
  service: 'appflow',
  operation: 'DescribeFlowExecutionRecords',
  input: { flowName: FLOW },
};

export const ingestSaas = {
  id: 'ingest-saas-appflow',
  module: 2,
  title: 'Pulling CRM data with AppFlow',
  summary:
    'Connect a Salesforce-like CRM, map and filter its opportunities, and land them in the raw zone with Amazon AppFlow.',
  objectives: [
    'Create a flow from a SaaS object to S3 with field mapping',
    'Run it on demand and find its output',
    'Filter at the source so only the records you need land',
  ],
  setup: {
    scenario: 'empty',
    operations: [
      { service: 's3', operation: 'CreateBucket', input: { Bucket: BUCKET } },
      {
        service: 'appflow',
        operation: 'CreateConnectorProfile',
        input: {
          connectorProfileName: 'crm',
          connectorType: 'Salesforce',
          connectionMode: 'Public',
          connectorProfileConfig: {
            connectorProfileProperties: {
              Salesforce: { instanceUrl: 'https://lakelab.my.salesforce.com' },
            },
          },
        },
      },
    ],
  },
  steps: [
    {
      id: 'create-flow',
      title: 'Create the flow',
      instructions: `Create an on-demand flow \`${FLOW}\` from the Salesforce object **Opportunity** (connection \`crm\`) to \`s3://${BUCKET}/crm/\` as JSON, mapping \`Id → opportunity_id\`, \`Amount → amount\`, \`StageName → stage\`.`,
      check: {
        read: { service: 'appflow', operation: 'DescribeFlow', input: { flowName: FLOW } },
        expect: { path: 'flowName', equals: FLOW },
      },
      hints: [
        'A Map task renames a field; a Projection (Filter with PROJECTION) picks the fields to read.',
      ],
      showMe: [{ service: 'appflow', operation: 'CreateFlow', input: flow(false) }],
      explanation:
        'AppFlow handles the SaaS API, paging and credentials: you describe what to move and how to map it.',
    },
    {
      id: 'run',
      title: 'Run it',
      instructions: `Start the flow and let a minute pass. The output is under \`crm/${FLOW}/<execution id>/\`.`,
      check: {
        read: executions,
        expect: { path: 'flowExecutions', some: { path: 'executionStatus', equals: 'Successful' } },
      },
      hints: [`\`aws appflow start-flow --flow-name ${FLOW}\`, then jump the clock 1 minute.`],
      showMe: [
        { service: 'appflow', operation: 'StartFlow', input: { flowName: FLOW } },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '1m' } },
      ],
      explanation:
        'Every run writes its own folder named by execution id, so runs never overwrite each other.',
    },
    {
      id: 'filter',
      title: 'Only the big deals',
      instructions: `Delete the flow and create it again with a filter **Amount > 10000**, then run it: fewer records land.`,
      check: {
        read: { service: 'appflow', operation: 'DescribeFlow', input: { flowName: FLOW } },
        expect: {
          path: 'tasks',
          some: { path: 'connectorOperator.Salesforce', equals: 'GREATER_THAN' },
        },
      },
      hints: ['A Filter task with the GREATER_THAN operator and VALUE 10000.'],
      showMe: [
        {
          service: 'appflow',
          operation: 'DeleteFlow',
          input: { flowName: FLOW, forceDelete: true },
        },
        { service: 'appflow', operation: 'CreateFlow', input: flow(true) },
        { service: 'appflow', operation: 'StartFlow', input: { flowName: FLOW } },
        { service: 'lab', operation: 'AdvanceClock', input: { Duration: '1m' } },
      ],
      explanation:
        'Filtering at the source moves and stores less: cheaper runs, smaller raw zone, and no downstream clean-up of records you never wanted.',
    },
  ],
};
