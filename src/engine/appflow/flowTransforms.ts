import type { Task } from '@aws-sdk/client-appflow';
import { AwsError } from '../core/errors';
import type { CrmRecord } from '../sources/crm';

/** Task types and Salesforce connector operators (API_Task taskType, API_ConnectorOperator Salesforce). */
export const TASK_TYPES = new Set([
  'Arithmetic',
  'Filter',
  'Map',
  'Map_all',
  'Mask',
  'Merge',
  'Passthrough',
  'Truncate',
  'Validate',
  'Partition',
]);
export const SALESFORCE_OPERATORS = new Set([
  'PROJECTION',
  'LESS_THAN',
  'CONTAINS',
  'GREATER_THAN',
  'BETWEEN',
  'LESS_THAN_OR_EQUAL_TO',
  'GREATER_THAN_OR_EQUAL_TO',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'ADDITION',
  'MULTIPLICATION',
  'DIVISION',
  'SUBTRACTION',
  'MASK_ALL',
  'MASK_FIRST_N',
  'MASK_LAST_N',
  'VALIDATE_NON_NULL',
  'VALIDATE_NON_ZERO',
  'VALIDATE_NON_NEGATIVE',
  'VALIDATE_NUMERIC',
  'NO_OP',
]);
/** Task types LakeLab accepts but whose computations it does not simulate. */
export const UNSIMULATED_TASK_TYPES = new Set(['Arithmetic', 'Merge']);

/** A task's operator for its source connector (ConnectorOperator Salesforce or S3). */
export const operatorOf = (task: Task): string =>
  task.connectorOperator?.Salesforce ?? task.connectorOperator?.S3 ?? 'NO_OP';

function isValid(value: CrmRecord[string] | undefined, operator: string): boolean {
  const number = typeof value === 'number' ? value : Number(value);
  switch (operator) {
    case 'VALIDATE_NON_NULL':
      return value !== null && value !== undefined && value !== '';
    case 'VALIDATE_NON_ZERO':
      return number !== 0;
    case 'VALIDATE_NON_NEGATIVE':
      return !(number < 0);
    case 'VALIDATE_NUMERIC':
      return value !== null && value !== undefined && value !== '' && Number.isFinite(number);
    default:
      return true;
  }
}

/**
 * Validate tasks: a record failing the check is dropped (VALIDATION_ACTION DropRecord) or ends the run
 * (TerminateFlow) (API_Task taskProperties VALIDATION_ACTION).
 */
export function validateRecords(records: CrmRecord[], tasks: Task[]): CrmRecord[] {
  const checks = tasks.filter((t) => t.taskType === 'Validate');
  return records.filter((record) =>
    checks.every((task) => {
      const field = task.sourceFields?.[0] ?? '';
      if (isValid(record[field], operatorOf(task))) return true;
      if (task.taskProperties?.['VALIDATION_ACTION'] === 'TerminateFlow')
        throw new AwsError(
          'ValidationException',
          `Validate task ${operatorOf(task)} failed on field ${field}: the flow run terminated (VALIDATION_ACTION TerminateFlow).`,
        );
      return false;
    }),
  );
}

function masked(value: string, task: Task): string {
  const mask = (task.taskProperties?.['MASK_VALUE'] ?? '*').charAt(0) || '*';
  const n = Math.max(0, Number(task.taskProperties?.['MASK_LENGTH'] ?? value.length));
  switch (operatorOf(task)) {
    case 'MASK_FIRST_N':
      return mask.repeat(Math.min(n, value.length)) + value.slice(n);
    case 'MASK_LAST_N':
      return value.slice(0, Math.max(0, value.length - n)) + mask.repeat(Math.min(n, value.length));
    default:
      return mask.repeat(value.length);
  }
}

/** Mask (MASK_ALL, MASK_FIRST_N, MASK_LAST_N with MASK_VALUE/MASK_LENGTH) and Truncate (TRUNCATE_LENGTH) tasks change a source field's value. */
export function transformRecord(record: CrmRecord, tasks: Task[]): CrmRecord {
  const out = { ...record };
  for (const task of tasks) {
    const field = task.sourceFields?.[0] ?? '';
    const value = out[field];
    if (value === null || value === undefined) continue;
    if (task.taskType === 'Mask') out[field] = masked(String(value), task);
    if (task.taskType === 'Truncate')
      out[field] = String(value).slice(0, Number(task.taskProperties?.['TRUNCATE_LENGTH'] ?? 0));
  }
  return out;
}
