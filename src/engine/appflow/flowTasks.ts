import type { Task } from '@aws-sdk/client-appflow';
import type { CrmRecord } from '../sources/crm';
import { validation } from './common';
import {
  operatorOf,
  SALESFORCE_OPERATORS,
  TASK_TYPES,
  transformRecord,
  UNSIMULATED_TASK_TYPES,
  validateRecords,
} from './flowTransforms';

type Value = string | number | null;

const NUMERIC = /int|double|float|decimal|long|number|currency/i;

const FILTER_OPERATORS = new Set([
  'GREATER_THAN',
  'GREATER_THAN_OR_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_OR_EQUAL_TO',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'BETWEEN',
  'CONTAINS',
]);

/** Checks a flow's tasks against the source object's fields; a flow must map at least one field. */
export function checkTasks(
  tasks: Task[] | undefined,
  fields: readonly string[] | undefined,
  object: string,
): Task[] {
  if (!tasks?.length) throw validation('tasks must contain at least one Map or Map_all task.');
  for (const task of tasks) {
    if (!TASK_TYPES.has(task.taskType ?? ''))
      throw validation(
        `Value '${task.taskType ?? 'null'}' at 'tasks.member.taskType' failed to satisfy constraint: Member must satisfy enum value set: [${[...TASK_TYPES].join(', ')}]`,
      );
    if (UNSIMULATED_TASK_TYPES.has(task.taskType ?? ''))
      throw validation(`LakeLab does not simulate ${task.taskType ?? ''} tasks.`);
    if (!SALESFORCE_OPERATORS.has(operatorOf(task)))
      throw validation(`Unknown connector operator ${operatorOf(task)}.`);
    for (const field of task.sourceFields ?? [])
      if (fields && field !== '' && !fields.includes(field))
        throw validation(
          `Field ${field} does not exist in the Salesforce object ${object}. Fields: ${fields.join(', ')}.`,
        );
    if (
      task.taskType === 'Filter' &&
      operatorOf(task) !== 'PROJECTION' &&
      !FILTER_OPERATORS.has(operatorOf(task))
    )
      throw validation(`Unsupported filter operator ${operatorOf(task)}.`);
  }
  if (!tasks.some((t) => t.taskType === 'Map' || t.taskType === 'Map_all'))
    throw validation(
      'tasks must contain at least one Map or Map_all task: AppFlow writes only mapped fields.',
    );
  return tasks;
}

function typed(value: string | undefined, dataType: string | undefined, sample: Value): Value {
  if (value === undefined) return null;
  const numeric = dataType ? NUMERIC.test(dataType) : typeof sample === 'number';
  if (numeric) return Number(value);
  if (dataType && /date/i.test(dataType)) return Date.parse(value);
  return value;
}

function comparable(value: Value, dataType: string | undefined): Value {
  if (typeof value === 'string' && dataType && /date/i.test(dataType))
    return Date.parse(value.replace('+0000', 'Z'));
  // CSV sources (S3) carry text: a numeric DATA_TYPE compares numbers.
  if (typeof value === 'string' && dataType && NUMERIC.test(dataType)) return Number(value);
  return value;
}

/** Filter tasks: a record stays when every filter holds (Filter tasks with the connector's comparison operators). */
function passes(record: CrmRecord, task: Task): boolean {
  const field = task.sourceFields?.[0] ?? '';
  const props = task.taskProperties ?? {};
  const dataType = props['DATA_TYPE'];
  const actual = comparable(record[field] ?? null, dataType);
  const value = typed(props['VALUE'], dataType, actual);
  if (actual === null) return false;
  switch (operatorOf(task)) {
    case 'GREATER_THAN':
      return value !== null && actual > value;
    case 'GREATER_THAN_OR_EQUAL_TO':
      return value !== null && actual >= value;
    case 'LESS_THAN':
      return value !== null && actual < value;
    case 'LESS_THAN_OR_EQUAL_TO':
      return value !== null && actual <= value;
    case 'EQUAL_TO':
      return actual === value;
    case 'NOT_EQUAL_TO':
      return actual !== value;
    case 'CONTAINS':
      return String(actual).includes(String(props['VALUE'] ?? ''));
    case 'BETWEEN': {
      const low = typed(props['LOWER_BOUND'], dataType, actual);
      const high = typed(props['UPPER_BOUND'], dataType, actual);
      return low !== null && high !== null && actual >= low && actual <= high;
    }
    default:
      return true;
  }
}

function convert(value: Value, dataType: string | undefined): Value {
  if (value === null || !dataType) return value;
  if (/int|long/i.test(dataType)) return Math.trunc(Number(value));
  if (/double|float|decimal|currency|number/i.test(dataType)) return Number(value);
  if (/string|text|id|picklist/i.test(dataType)) return String(value);
  return value;
}

/** Applies a flow's Filter and Map tasks: the records that pass, with only the mapped fields. */
export function applyTasks(records: CrmRecord[], tasks: Task[]): CrmRecord[] {
  const filters = tasks.filter((t) => t.taskType === 'Filter' && operatorOf(t) !== 'PROJECTION');
  const maps = tasks.filter((t) => t.taskType === 'Map');
  const mapAll = tasks.some((t) => t.taskType === 'Map_all');
  const passing = records.filter((record) => filters.every((task) => passes(record, task)));
  return validateRecords(passing, tasks)
    .map((record) => transformRecord(record, tasks))
    .map((record) => {
      if (mapAll && maps.length === 0) return { ...record };
      const out: CrmRecord = mapAll ? { ...record } : {};
      for (const task of maps) {
        const source = task.sourceFields?.[0] ?? '';
        out[task.destinationField ?? source] = convert(
          record[source] ?? null,
          task.taskProperties?.['DESTINATION_DATA_TYPE'],
        );
      }
      return out;
    });
}
