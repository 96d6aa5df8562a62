import { BadValue, fromValue } from './convert';
import { SqlFailure } from './errors';
import type { RowInserter } from './rowInserter';
import type { TablePlan } from './tablePlan';

/** The slot a JSON key fills: keys match column names case-insensitively (OpenX JSON SerDe's default). */
function slotLookup(plan: TablePlan): (key: string) => number | undefined {
  const memo = new Map<string, number | undefined>();
  return (key) => {
    if (memo.has(key)) return memo.get(key);
    const slot = plan.slotOfName.get(key.toLowerCase());
    memo.set(key, slot);
    return slot;
  };
}

// Athena (OpenX JSON SerDe): a line that is not a JSON object fails the query unless the table sets
// 'ignore.malformed.json' (openx-json-serde.html); a value its column type cannot hold fails with
// "HIVE_BAD_DATA: Error parsing field value '0.54' for field 0: For input string: "0.54"" (knowledge center).
function malformed(objectName: string, line: number, reason: string): SqlFailure {
  return new SqlFailure(
    'HIVE_BAD_DATA',
    `Row is not a valid JSON Object - JSONException: ${reason} (line ${line} of ${objectName})`,
  );
}

function parseLine(text: string, objectName: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw malformed(objectName, line, (error as Error).message);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw malformed(objectName, line, "A JSONObject text must begin with '{'");
  return value as Record<string, unknown>;
}

/** Decodes JSON Lines (one object per line) into the table's rows. */
export function decodeJsonLines(
  text: string,
  plan: TablePlan,
  sink: RowInserter,
  objectName: string,
): void {
  const slotOf = slotLookup(plan);
  const { row } = sink;
  let start = 0;
  let line = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    line++;
    const source = text.slice(start, end).trim();
    start = end + 1;
    if (source === '') continue;
    const record = parseLine(source, objectName, line);
    for (const slot of plan.dataSlots) row[slot] = null;
    for (const key in record) {
      const slot = slotOf(key);
      if (slot === undefined) continue;
      try {
        row[slot] = fromValue(record[key], plan.shapes[slot]!);
      } catch (error) {
        if (!(error instanceof BadValue)) throw error;
        throw new SqlFailure(
          'HIVE_BAD_DATA',
          `Error parsing field value '${error.input}' for field ${plan.fieldOfSlot[slot]}: ${error.message} (${objectName})`,
        );
      }
    }
    sink.commit();
  }
}
