import type { LabDriver } from './operations';

/**
 * Lesson inputs may name a resource whose ARN AWS makes up at creation (DMS endpoints, DataSync
 * locations and tasks…) as `${dms:endpoint:<identifier>}` or `${datasync:location:<uri>}`: the lesson runner looks it up with the service's own
 * Describe call, as a student copies the ARN from the previous command's output.
 */
interface Lookup {
  operation: string;
  input: (id: string) => object;
  list: string;
  /** The field that holds the identifier the lesson names (when the call cannot filter by it). */
  match?: string;
  arn: string;
}

const dmsFilter = (name: string) => (id: string) => ({ Filters: [{ Name: name, Values: [id] }] });

const LOOKUPS: Record<string, Lookup> = {
  'dms:endpoint': {
    operation: 'DescribeEndpoints',
    input: dmsFilter('endpoint-id'),
    list: 'Endpoints',
    arn: 'EndpointArn',
  },
  'dms:instance': {
    operation: 'DescribeReplicationInstances',
    input: dmsFilter('replication-instance-id'),
    list: 'ReplicationInstances',
    arn: 'ReplicationInstanceArn',
  },
  'dms:task': {
    operation: 'DescribeReplicationTasks',
    input: dmsFilter('replication-task-id'),
    list: 'ReplicationTasks',
    arn: 'ReplicationTaskArn',
  },
  'datasync:agent': {
    operation: 'ListAgents',
    input: () => ({}),
    list: 'Agents',
    match: 'Name',
    arn: 'AgentArn',
  },
  'datasync:location': {
    operation: 'ListLocations',
    input: () => ({}),
    list: 'Locations',
    match: 'LocationUri',
    arn: 'LocationArn',
  },
  'datasync:task': {
    operation: 'ListTasks',
    input: () => ({}),
    list: 'Tasks',
    match: 'Name',
    arn: 'TaskArn',
  },
};

/** The resource a lesson names does not exist (yet): a check is simply not met. */
export class MissingReference extends Error {
  constructor(reference: string) {
    super(`The lesson refers to ${reference}, which does not exist yet.`);
    this.name = 'MissingReference';
  }
}

const REFERENCE = /^\$\{(\w+:\w+):([^}]+)\}$/;

async function resolveReference(driver: LabDriver, text: string): Promise<string> {
  const match = REFERENCE.exec(text);
  const lookup = match ? LOOKUPS[match[1]!] : undefined;
  if (!match || !lookup) return text;
  const [service] = match[1]!.split(':');
  const id = match[2]!;
  const out = (await driver.call(service!, lookup.operation, lookup.input(id))) as Record<
    string,
    Record<string, string>[] | undefined
  >;
  const found = out[lookup.list]?.find((item) => !lookup.match || item[lookup.match] === id);
  const arn = found?.[lookup.arn];
  if (!arn) throw new MissingReference(text);
  return arn;
}

/** The input with every `${service:kind:id}` string replaced by that resource's ARN. */
export async function resolveReferences(driver: LabDriver, value: unknown): Promise<unknown> {
  if (typeof value === 'string') return resolveReference(driver, value);
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolveReferences(driver, v)));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(
      Object.entries(value).map(async ([k, v]) => [k, await resolveReferences(driver, v)] as const),
    );
    return Object.fromEntries(entries);
  }
  return value;
}
