import type {
  CreateFlowRequest,
  DeleteFlowRequest,
  DescribeFlowRequest,
  ListFlowsRequest,
} from '@aws-sdk/client-appflow';
import { serviceArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { scheduleFor } from '../datasync/schedule';
import { CRM_FIELDS, isCrmObject } from '../sources/crm';
import { conflict, notFound, pageOf, required, validation } from './common';
import { checkS3OutputFormat } from './flowDestination';
import { checkTasks } from './flowTasks';
import { checkS3Source } from './s3Source';
import { RUN_EVENT, SCHEDULE_EVENT } from './flowEvents';
import { appFlowState, type StoredFlow } from './state';
import { checkTags } from './tags';

/** Dates in a request (scheduleStartTime…) are stored as epoch seconds, as the JSON wire carries them. */
function plainDates<T>(value: T): T {
  if (value instanceof Date) return (value.getTime() / 1000) as T;
  if (Array.isArray(value)) return value.map(plainDates) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainDates(v)])) as T;
  return value;
}

export function flowOf(ctx: OperationContext, name: string | undefined): StoredFlow {
  required(name, 'flowName');
  const flow = appFlowState(ctx.world).flows[name ?? ''];
  if (!flow) throw notFound(`Flow ${name ?? ''} does not exist.`);
  return flow;
}

/** The source's field names, or undefined when only the run can tell (S3 files). */
function checkSource(
  ctx: OperationContext,
  input: FlowDefinitionInput,
): readonly string[] | undefined {
  const source = input.sourceFlowConfig;
  if (source?.connectorType === 'S3') {
    checkS3Source(ctx.world, source.sourceConnectorProperties?.S3);
    // Amazon S3 sends no change events: S3 flows run on demand or on a schedule (DescribeConnectors S3 supportedTriggerTypes).
    if (input.triggerConfig?.triggerType === 'Event')
      throw validation('An Amazon S3 source supports the OnDemand and Scheduled triggers only.');
    return undefined;
  }
  if (source?.connectorType !== 'Salesforce')
    throw validation(
      'LakeLab simulates Salesforce and Amazon S3 sources only (sourceFlowConfig.connectorType Salesforce or S3).',
    );
  const profile = source.connectorProfileName;
  if (!profile || !appFlowState(ctx.world).connectorProfiles[profile])
    throw notFound(
      `Connector profile ${profile ?? ''} does not exist: create it with CreateConnectorProfile first.`,
    );
  const object = source.sourceConnectorProperties?.Salesforce?.object ?? '';
  if (!isCrmObject(object))
    throw validation(
      `The Salesforce object ${object} does not exist. Objects: Account, Opportunity.`,
    );
  return CRM_FIELDS[object];
}

function checkDestination(ctx: OperationContext, input: FlowDefinitionInput): void {
  const list = input.destinationFlowConfigList ?? [];
  const s3 = list[0]?.destinationConnectorProperties?.S3;
  if (list.length !== 1 || list[0]?.connectorType !== 'S3' || !s3)
    throw validation(
      'LakeLab simulates one Amazon S3 destination (destinationFlowConfigList with connectorType S3).',
    );
  if (!ctx.world.s3.buckets[s3.bucketName ?? ''])
    throw validation(`The destination bucket ${s3.bucketName ?? ''} does not exist.`);
  checkS3OutputFormat(s3.s3OutputFormatConfig);
}

const TRIGGER_TYPES = ['Scheduled', 'Event', 'OnDemand'];

/** triggerType Scheduled | Event | OnDemand; a Scheduled trigger needs a scheduleExpression (API_TriggerConfig). */
function checkTrigger(input: FlowDefinitionInput): void {
  const trigger = required(input.triggerConfig, 'triggerConfig').triggerType;
  if (!TRIGGER_TYPES.includes(trigger ?? ''))
    throw validation(
      `Value '${trigger ?? 'null'}' at 'triggerConfig.triggerType' failed to satisfy constraint: Member must satisfy enum value set: [Scheduled, Event, OnDemand]`,
    );
  if (trigger !== 'Scheduled') return;
  const scheduled = input.triggerConfig?.triggerProperties?.Scheduled;
  if (!scheduled?.scheduleExpression)
    throw validation(
      'A Scheduled trigger needs triggerProperties.Scheduled.scheduleExpression, e.g. rate(1hours).',
    );
  scheduleFor(scheduled.scheduleExpression, 'ValidationException');
  // dataPullMode Incremental | Complete; flowErrorDeactivationThreshold 1–100; scheduleOffset 0–36000 (API_ScheduledTriggerProperties).
  if (
    scheduled.dataPullMode !== undefined &&
    !['Incremental', 'Complete'].includes(scheduled.dataPullMode)
  )
    throw validation(
      `dataPullMode must be Incremental or Complete, not ${scheduled.dataPullMode}.`,
    );
  const threshold = scheduled.flowErrorDeactivationThreshold;
  if (threshold !== undefined && (threshold < 1 || threshold > 100))
    throw validation('flowErrorDeactivationThreshold must be between 1 and 100.');
  const offset = scheduled.scheduleOffset;
  if (offset !== undefined && (offset < 0 || offset > 36000))
    throw validation('scheduleOffset must be between 0 and 36000.');
}

export type FlowDefinitionInput = Pick<
  CreateFlowRequest,
  'triggerConfig' | 'sourceFlowConfig' | 'destinationFlowConfigList' | 'tasks'
>;

/** Validates a flow's trigger, source, destination and tasks (CreateFlow and UpdateFlow). */
export function checkDefinition(
  ctx: OperationContext,
  input: FlowDefinitionInput,
): Pick<StoredFlow, 'triggerConfig' | 'sourceFlowConfig' | 'destinationFlowConfigList' | 'tasks'> {
  checkTrigger(input);
  const fields = checkSource(ctx, input);
  checkDestination(ctx, input);
  return {
    triggerConfig: plainDates(input.triggerConfig!),
    sourceFlowConfig: input.sourceFlowConfig!,
    destinationFlowConfigList: input.destinationFlowConfigList!,
    tasks: checkTasks(
      input.tasks,
      fields,
      input.sourceFlowConfig!.sourceConnectorProperties?.Salesforce?.object ?? '',
    ),
  };
}

// flowName [a-zA-Z0-9][\w!@#.-]+, at most 256; description [\w!@#\-.?,\s]*, at most 2048 (API_CreateFlow).
const FLOW_NAME = /^[a-zA-Z0-9][\w!@#.-]{1,255}$/;
const DESCRIPTION = /^[\w!@#\-.?,\s]{0,2048}$/;

export function checkDescription(description: string | undefined): void {
  if (description !== undefined && !DESCRIPTION.test(description))
    throw validation(
      'description must be at most 2048 characters: letters, digits, whitespace and _!@#-.?, only.',
    );
}

export const CreateFlow: OperationDef<CreateFlowRequest> = {
  run(input, ctx) {
    const name = required(input.flowName, 'flowName');
    if (!FLOW_NAME.test(name))
      throw validation(
        `Invalid flowName "${name}": spaces are not allowed; use letters, digits, underscores or hyphens (2 to 256 characters).`,
      );
    checkDescription(input.description);
    // kmsArn: arn:aws:kms:…, 20 to 2048 characters (API_CreateFlow kmsArn).
    if (input.kmsArn !== undefined && !/^arn:aws:kms:.*:[0-9]+:.{1,2000}$/.test(input.kmsArn))
      throw validation(`Invalid kmsArn ${input.kmsArn}: expected an AWS KMS key ARN.`);
    const state = appFlowState(ctx.world);
    if (state.flows[name]) throw conflict(`A flow with the name ${name} already exists.`);
    const definition = checkDefinition(ctx, input);
    const tags = checkTags(input.tags);
    const flowArn = serviceArn('appflow', ctx.principal.accountId, `flow/${name}`, ctx.region);
    state.flows[name] = {
      flowName: name,
      flowArn,
      ...(input.description ? { description: input.description } : {}),
      ...(input.kmsArn ? { kmsArn: input.kmsArn } : {}),
      // On-demand flows can run at once; scheduled and event flows stay Draft until StartFlow activates them.
      flowStatus: input.triggerConfig!.triggerType === 'OnDemand' ? 'Active' : 'Draft',
      ...definition,
      createdAt: ctx.now,
      lastUpdatedAt: ctx.now,
      createdBy: ctx.principal.callerArn,
      lastUpdatedBy: ctx.principal.callerArn,
      tags,
      writerArn: ctx.principal.arn,
      executions: [],
    };
    return { flowArn, flowStatus: state.flows[name].flowStatus };
  },
};

function lastRunDetails(flow: StoredFlow) {
  const last = flow.executions.at(-1);
  if (!last) return undefined;
  return {
    mostRecentExecutionStatus: last.executionStatus,
    mostRecentExecutionTime: new Date(last.startedAt),
    ...(last.errorMessage ? { mostRecentExecutionMessage: last.errorMessage } : {}),
  };
}

export const DescribeFlow: OperationDef<DescribeFlowRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    return {
      flowArn: flow.flowArn,
      flowName: flow.flowName,
      description: flow.description,
      kmsArn: flow.kmsArn,
      flowStatus: flow.flowStatus,
      sourceFlowConfig: flow.sourceFlowConfig,
      destinationFlowConfigList: flow.destinationFlowConfigList,
      triggerConfig: flow.triggerConfig,
      tasks: flow.tasks,
      createdAt: new Date(flow.createdAt),
      lastUpdatedAt: new Date(flow.lastUpdatedAt),
      createdBy: flow.createdBy,
      lastUpdatedBy: flow.lastUpdatedBy ?? flow.createdBy,
      tags: { ...flow.tags },
      lastRunExecutionDetails: lastRunDetails(flow),
      schemaVersion: 1,
    };
  },
};

/** ListFlows pages FlowDefinitions: maxResults 1–100, default 20, with nextToken (API_ListFlows). */
export const ListFlows: OperationDef<ListFlowsRequest> = {
  run(input, ctx) {
    const all = Object.values(appFlowState(ctx.world).flows);
    const { items, nextToken } = pageOf(all, input.maxResults, input.nextToken);
    const flows = items.map((flow) => ({
      flowArn: flow.flowArn,
      flowName: flow.flowName,
      description: flow.description,
      flowStatus: flow.flowStatus,
      sourceConnectorType: flow.sourceFlowConfig.connectorType,
      destinationConnectorType: 'S3',
      triggerType: flow.triggerConfig.triggerType,
      createdAt: new Date(flow.createdAt),
      lastUpdatedAt: new Date(flow.lastUpdatedAt),
      createdBy: flow.createdBy,
      lastUpdatedBy: flow.lastUpdatedBy ?? flow.createdBy,
      tags: { ...flow.tags },
      lastRunExecutionDetails: lastRunDetails(flow),
    }));
    return nextToken ? { flows, nextToken } : { flows };
  },
};

export const DeleteFlow: OperationDef<DeleteFlowRequest> = {
  run(input, ctx) {
    const flow = flowOf(ctx, input.flowName);
    if (flow.executions.some((e) => e.executionStatus === 'InProgress') && !input.forceDelete)
      throw conflict(
        `Flow ${flow.flowName} has a run in progress; wait for it or set forceDelete.`,
      );
    ctx.clock.cancel(
      (e) =>
        (e.kind === RUN_EVENT || e.kind === SCHEDULE_EVENT) &&
        (e.data as { flowName: string }).flowName === flow.flowName,
    );
    Reflect.deleteProperty(appFlowState(ctx.world).flows, flow.flowName);
    return {};
  },
};
