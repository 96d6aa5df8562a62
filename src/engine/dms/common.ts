import { AwsError } from '../core/errors';
import type { OperationContext, RequiredAccess } from '../core/operations';
import type { Filter } from '@aws-sdk/client-database-migration-service';

export const notFound = (message: string) => new AwsError('ResourceNotFoundFault', message);
export const alreadyExists = (message: string) =>
  new AwsError('ResourceAlreadyExistsFault', message);
export const invalidState = (message: string) => new AwsError('InvalidResourceStateFault', message);
export const invalidValue = (message: string) =>
  new AwsError('InvalidParameterValueException', message);
export const invalidCombination = (message: string) =>
  new AwsError('InvalidParameterCombinationException', message);

const ARN_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * A DMS resource ARN: `arn:aws:dms:<region>:<account>:<kind>:<id>`, the id 26 upper-case
 * characters, or the caller's ResourceIdentifier: "up to 31 characters ... only ASCII letters,
 * digits, and hyphen ('-') ... can't end with a hyphen or contain two consecutive hyphens, and
 * can only begin with a letter" (CreateEndpoint, CreateReplicationInstance, CreateReplicationTask).
 */
export function newDmsArn(
  ctx: OperationContext,
  kind: 'endpoint' | 'rep' | 'task',
  resourceIdentifier?: string,
): string {
  const prefix = `arn:aws:dms:${ctx.region}:${ctx.principal.accountId}:${kind}:`;
  if (resourceIdentifier === undefined || resourceIdentifier === '') {
    const id = Array.from({ length: 26 }, () => ctx.rng.pick([...ARN_ID_ALPHABET])).join('');
    return prefix + id;
  }
  if (
    resourceIdentifier.length > 31 ||
    !/^[A-Za-z](?!.*--)[A-Za-z0-9-]*$/.test(resourceIdentifier) ||
    resourceIdentifier.endsWith('-')
  )
    throw invalidValue(
      `ResourceIdentifier "${resourceIdentifier}" is not valid: up to 31 ASCII letters, digits and hyphens, beginning with a letter, not ending with a hyphen nor holding two in a row.`,
    );
  return prefix + resourceIdentifier;
}

// DMS: identifiers begin with a letter, hold only ASCII letters, digits and hyphens, do not end
// with a hyphen or contain two consecutive hyphens (API reference, CreateEndpoint and others).
export function checkIdentifier(field: string, value: unknown, max = 255): string {
  if (typeof value !== 'string' || value === '') throw invalidValue(`${field} is required.`);
  if (value.length > max || !/^[A-Za-z](?!.*--)[A-Za-z0-9-]*$/.test(value) || value.endsWith('-'))
    throw invalidValue(
      `${field} "${value}" is not valid: it must begin with a letter, contain only ASCII letters, digits and hyphens, not end with a hyphen nor contain two consecutive hyphens, and be at most ${max} characters.`,
    );
  // DMS stores identifiers in lower case.
  return value.toLowerCase();
}

/** Applies `Describe*` filters: a resource passes when each filter lists one of its values. */
export function matchesFilters(
  filters: Filter[] | undefined,
  valuesOf: (name: string) => string[] | undefined,
): boolean {
  for (const filter of filters ?? []) {
    const values = valuesOf(filter.Name ?? '');
    if (!values)
      throw invalidValue(`The filter name ${String(filter.Name)} is not valid for this operation.`);
    if (!values.some((v) => (filter.Values ?? []).includes(v))) return false;
  }
  return true;
}

/** The IAM access for an operation on one DMS resource. */
export const onResource =
  <I>(action: string, arnOf: (input: I) => string | undefined) =>
  (input: I): RequiredAccess[] => [{ action, resource: arnOf(input) ?? '*' }];

export const toDate = (ms: number | undefined): Date | undefined =>
  ms === undefined ? undefined : new Date(ms);

/**
 * One page of a `Describe*` answer. DMS: "MaxRecords — Default: 100. Constraints: Minimum 20,
 * maximum 100" (DescribeEndpoints, DescribeReplicationInstances, DescribeReplicationTasks,
 * DescribeConnections; DescribeTableStatistics allows up to 500); when more records exist the
 * answer carries a Marker, which the next request passes back to get the records beyond it.
 */
export function pageOf<T>(
  records: T[],
  input: { MaxRecords?: number; Marker?: string },
  maxAllowed = 100,
): { page: T[]; Marker?: string } {
  const max = input.MaxRecords ?? 100;
  if (!Number.isInteger(max) || max < 20 || max > maxAllowed)
    throw invalidValue(`MaxRecords must be between 20 and ${maxAllowed}, not ${max}.`);
  let start = 0;
  if (input.Marker !== undefined && input.Marker !== '') {
    start = /^\d+$/.test(input.Marker) ? Number(input.Marker) : NaN;
    if (!Number.isSafeInteger(start)) throw invalidValue(`Marker ${input.Marker} is not valid.`);
  }
  const page = records.slice(start, start + max);
  return start + max < records.length ? { page, Marker: String(start + max) } : { page };
}
