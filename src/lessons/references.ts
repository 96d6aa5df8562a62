import type { LabDriver } from './operations';

/**
 * Lesson inputs may name a resource whose ARN AWS makes up at creation (DMS endpoints, tasks…)
 * as `${dms:endpoint:<identifier>}`: the lesson runner looks it up with the service's own
 * Describe call, as a student copies the ARN from the previous command's output.
 */
const LOOKUPS: Record<string, { operation: string; filter: string; list: string; arn: string }> = {
  'dms:endpoint': {
    operation: 'DescribeEndpoints',
    filter: 'endpoint-id',
    list: 'Endpoints',
    arn: 'EndpointArn',
  },
  'dms:instance': {
    operation: 'DescribeReplicationInstances',
    filter: 'replication-instance-id',
    list: 'ReplicationInstances',
    arn: 'ReplicationInstanceArn',
  },
  'dms:task': {
    operation: 'DescribeReplicationTasks',
    filter: 'replication-task-id',
    list: 'ReplicationTasks',
    arn: 'ReplicationTaskArn',
  },
};

const REFERENCE = /^\$\{(\w+:\w+):([^}]+)\}$/;

async function resolveReference(driver: LabDriver, text: string): Promise<string> {
  const match = REFERENCE.exec(text);
  const lookup = match ? LOOKUPS[match[1]!] : undefined;
  if (!match || !lookup) return text;
  const [service] = match[1]!.split(':');
  const out = (await driver.call(service!, lookup.operation, {
    Filters: [{ Name: lookup.filter, Values: [match[2]] }],
  })) as Record<string, Record<string, string>[] | undefined>;
  const arn = out[lookup.list]?.[0]?.[lookup.arn];
  if (!arn) throw new Error(`The lesson refers to ${text}, which does not exist yet.`);
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
