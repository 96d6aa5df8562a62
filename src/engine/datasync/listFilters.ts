import type { LocationFilter, TaskFilter } from '@aws-sdk/client-datasync';
import { invalidRequest } from './common';
import type { StoredLocation, StoredTask } from './state';

type Filter = { Name?: string | undefined; Values?: string[] | undefined; Operator?: string };

/** One filter operator over one value (API_LocationFilter / API_TaskFilter, Operator). */
function compare(operator: string, actual: string | number, wanted: string[]): boolean {
  const asNumber = (v: string) => (typeof actual === 'number' ? Date.parse(v) : Number.NaN);
  const first = wanted[0] ?? '';
  const text = String(actual);
  switch (operator) {
    case 'Equals':
    case 'In':
      return wanted.some((v) => (typeof actual === 'number' ? asNumber(v) === actual : v === text));
    case 'NotEquals':
      return !wanted.some((v) =>
        typeof actual === 'number' ? asNumber(v) === actual : v === text,
      );
    case 'Contains':
      return wanted.some((v) => text.includes(v));
    case 'NotContains':
      return !wanted.some((v) => text.includes(v));
    case 'BeginsWith':
      return wanted.some((v) => text.startsWith(v));
    case 'LessThan':
      return Number(actual) < asNumber(first);
    case 'LessThanOrEqual':
      return Number(actual) <= asNumber(first);
    case 'GreaterThan':
      return Number(actual) > asNumber(first);
    case 'GreaterThanOrEqual':
      return Number(actual) >= asNumber(first);
    default:
      throw invalidRequest(`Invalid filter operator ${operator}.`);
  }
}

function matches<T>(
  item: T,
  filters: Filter[] | undefined,
  valueOf: (item: T, name: string) => (string | number)[],
): boolean {
  return (filters ?? []).every((f) => {
    if (!f.Name || !f.Values?.length || !f.Operator)
      throw invalidRequest('Each filter needs a Name, Values and an Operator.');
    return valueOf(item, f.Name).some((v) => compare(f.Operator!, v, f.Values!));
  });
}

/** ListLocations Filters: LocationUri, LocationType (NFS, S3…) and CreationTime. */
export function locationMatches(location: StoredLocation, filters: LocationFilter[] | undefined) {
  return matches(location, filters, (l, name) => {
    if (name === 'LocationUri') return [l.LocationUri];
    if (name === 'LocationType') return [l.kind];
    if (name === 'CreationTime') return [l.CreationTime];
    throw invalidRequest(
      `Invalid filter name ${name}: use LocationUri, LocationType or CreationTime.`,
    );
  });
}

/** ListTasks Filters: LocationId (a source or destination location ARN) and CreationTime. */
export function taskMatches(task: StoredTask, filters: TaskFilter[] | undefined) {
  return matches(task, filters, (t, name) => {
    if (name === 'LocationId') return [t.SourceLocationArn, t.DestinationLocationArn];
    if (name === 'CreationTime') return [t.CreationTime];
    throw invalidRequest(`Invalid filter name ${name}: use LocationId or CreationTime.`);
  });
}
