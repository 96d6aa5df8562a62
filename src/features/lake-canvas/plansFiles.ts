import { CRM_FIELDS, type CrmObjectName } from '../../engine/sources/crm';
import type { World } from '../../engine/world';
import { roleArnOf, roleSteps, type PlanStep, type RoleChoice, type Target } from './plans';

/** DataSync's activation key comes from the agent VM; the lab has no VM, so any well-formed key does. */
export const PLACEHOLDER_ACTIVATION_KEY = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';

export interface DataSyncForm {
  hostname: string;
  /** The exported directory, e.g. `/exports/sales`. */
  path: string;
  taskName: string;
  agentName: string;
  role: RoleChoice;
  target: Target;
}

/** The first agent the lab already has, reused instead of activating another one. */
export const existingAgentArn = (world: World): string | undefined =>
  Object.keys(world.datasync?.agents ?? {})[0];

/** File share → DataSync → S3: role, agent (unless one exists), both locations, the task. */
export function dataSyncPlan(world: World, form: DataSyncForm): PlanStep[] {
  const agentArn = existingAgentArn(world);
  const folder = form.target.prefix.replace(/^\/+|\/+$/g, '');
  const steps: PlanStep[] = [...roleSteps(form.role, 'datasync', form.target)];
  if (!agentArn)
    steps.push({
      service: 'datasync',
      operation: 'CreateAgent',
      input: () => ({ ActivationKey: PLACEHOLDER_ACTIVATION_KEY, AgentName: form.agentName }),
      keep: (out, refs) => {
        refs.agentArn = (out as { AgentArn: string }).AgentArn;
      },
    });
  steps.push(
    {
      service: 'datasync',
      operation: 'CreateLocationNfs',
      input: (refs) => ({
        ServerHostname: form.hostname,
        Subdirectory: form.path,
        OnPremConfig: { AgentArns: [agentArn ?? refs.agentArn ?? '<AgentArn>'] },
      }),
      keep: (out, refs) => {
        refs.sourceArn = (out as { LocationArn: string }).LocationArn;
      },
    },
    {
      service: 'datasync',
      operation: 'CreateLocationS3',
      input: () => ({
        S3BucketArn: `arn:aws:s3:::${form.target.bucket}`,
        Subdirectory: `/${folder}`,
        S3Config: { BucketAccessRoleArn: roleArnOf(world, form.role.roleName) },
      }),
      keep: (out, refs) => {
        refs.destinationArn = (out as { LocationArn: string }).LocationArn;
      },
    },
    {
      service: 'datasync',
      operation: 'CreateTask',
      input: (refs) => ({
        SourceLocationArn: refs.sourceArn ?? '<source LocationArn>',
        DestinationLocationArn: refs.destinationArn ?? '<destination LocationArn>',
        Name: form.taskName,
        // CHANGED: later runs copy only files whose data or metadata differ from the destination.
        Options: { TransferMode: 'CHANGED' },
      }),
      keep: (out, refs) => {
        refs.taskArn = (out as { TaskArn: string }).TaskArn;
      },
    },
  );
  return steps;
}

export const dataSyncStartStep: PlanStep = {
  service: 'datasync',
  operation: 'StartTaskExecution',
  input: (refs) => ({ TaskArn: refs.taskArn ?? '<TaskArn>' }),
};

export type AppFlowFileType = 'JSON' | 'CSV' | 'PARQUET';

export interface AppFlowForm {
  flowName: string;
  object: CrmObjectName;
  fileType: AppFlowFileType;
  /** Opportunity only: keep records with Amount greater than this. */
  minAmount?: number;
  target: Target;
}

export const CRM_PROFILE_NAME = 'crm';

function mapTasks(form: AppFlowForm): object[] {
  const fields = [...CRM_FIELDS[form.object]];
  const filter =
    form.object === 'Opportunity' && form.minAmount !== undefined
      ? [
          {
            taskType: 'Filter',
            sourceFields: ['Amount'],
            connectorOperator: { Salesforce: 'GREATER_THAN' },
            taskProperties: { DATA_TYPE: 'currency', VALUE: String(form.minAmount) },
          },
        ]
      : [];
  return [
    {
      taskType: 'Filter',
      sourceFields: fields,
      connectorOperator: { Salesforce: 'PROJECTION' },
    },
    ...filter,
    ...fields.map((field) => ({
      taskType: 'Map',
      sourceFields: [field],
      destinationField: field,
      connectorOperator: { Salesforce: 'NO_OP' },
      taskProperties: {},
    })),
  ];
}

/** CRM → AppFlow → S3: the Salesforce connection (unless it exists) and an on-demand flow. */
export function appFlowPlan(world: World, form: AppFlowForm): PlanStep[] {
  const steps: PlanStep[] = [];
  if (!world.appflow?.connectorProfiles[CRM_PROFILE_NAME])
    steps.push({
      service: 'appflow',
      operation: 'CreateConnectorProfile',
      input: () => ({
        connectorProfileName: CRM_PROFILE_NAME,
        connectorType: 'Salesforce',
        connectionMode: 'Public',
        connectorProfileConfig: {
          connectorProfileProperties: {
            Salesforce: { instanceUrl: 'https://lakelab.my.salesforce.com' },
          },
        },
      }),
    });
  const bucketPrefix = form.target.prefix.replace(/^\/+|\/+$/g, '');
  steps.push({
    service: 'appflow',
    operation: 'CreateFlow',
    input: () => ({
      flowName: form.flowName,
      triggerConfig: { triggerType: 'OnDemand' },
      sourceFlowConfig: {
        connectorType: 'Salesforce',
        connectorProfileName: CRM_PROFILE_NAME,
        sourceConnectorProperties: { Salesforce: { object: form.object } },
      },
      destinationFlowConfigList: [
        {
          connectorType: 'S3',
          destinationConnectorProperties: {
            S3: {
              bucketName: form.target.bucket,
              ...(bucketPrefix ? { bucketPrefix } : {}),
              s3OutputFormatConfig: {
                fileType: form.fileType,
                aggregationConfig: { aggregationType: 'SingleFile' },
              },
            },
          },
        },
      ],
      tasks: mapTasks(form),
    }),
  });
  return steps;
}

export const appFlowRunStep = (flowName: string): PlanStep => ({
  service: 'appflow',
  operation: 'StartFlow',
  input: () => ({ flowName }),
});
