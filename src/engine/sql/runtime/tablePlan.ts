import type { SqlTableInput, SqlValue } from '../runner';
import { type ColumnShape, columnShape } from './columnKinds';
import { fromText } from './convert';

/** Where each decoded field of a file goes in a table's row. */
export interface TablePlan {
  width: number;
  shapes: ColumnShape[];
  /** Slots of the data columns (reset before each row). */
  dataSlots: number[];
  /** Text formats: field position in the file → slot, or -1 for a field no column reads. */
  slotOfField: number[];
  /** JSON and Parquet: lower-cased field name → slot. */
  slotOfName: Map<string, number>;
  /** The position among the data columns of each slot (for messages such as "for field 2"). */
  fieldOfSlot: number[];
  partitionSlots: { slot: number; key: string }[];
}

// Hive writes a NULL partition value as this directory name (LanguageManual DDL, dynamic partitions).
const HIVE_DEFAULT_PARTITION = '__HIVE_DEFAULT_PARTITION__';

/** The plan for a table; a column's `fieldIndex` (else its order among data columns) is its text position. */
export function tablePlan(table: SqlTableInput): TablePlan {
  const partitionKeys = new Set(table.partitionKeys.map((key) => key.toLowerCase()));
  const plan: TablePlan = {
    width: table.columns.length,
    shapes: table.columns.map((column) => columnShape(column.type)),
    dataSlots: [],
    slotOfField: [],
    slotOfName: new Map(),
    fieldOfSlot: [],
    partitionSlots: [],
  };
  let dataIndex = 0;
  table.columns.forEach((column, slot) => {
    const name = column.name.toLowerCase();
    if (partitionKeys.has(name)) {
      plan.partitionSlots.push({ slot, key: name });
      plan.fieldOfSlot[slot] = -1;
      return;
    }
    const field = column.fieldIndex ?? dataIndex;
    dataIndex++;
    plan.dataSlots.push(slot);
    plan.fieldOfSlot[slot] = field;
    plan.slotOfName.set(name, slot);
    while (plan.slotOfField.length <= field) plan.slotOfField.push(-1);
    plan.slotOfField[field] = slot;
  });
  return plan;
}

/** Sets the partition columns of `row` from a file's partition values (keys matched case-insensitively). */
export function fillPartitionValues(
  plan: TablePlan,
  row: SqlValue[],
  partitionValues: Record<string, string>,
): void {
  const byKey = new Map(
    Object.entries(partitionValues).map(([key, value]) => [key.toLowerCase(), value]),
  );
  for (const { slot, key } of plan.partitionSlots) {
    const value = byKey.get(key);
    row[slot] =
      value === undefined || value === HIVE_DEFAULT_PARTITION
        ? null
        : fromText(value, plan.shapes[slot]!);
  }
}
