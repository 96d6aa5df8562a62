import type { Column } from '@aws-sdk/client-glue';
import { isNumericHiveType } from './hiveTypes';
import {
  parsePartitionExpression,
  type Comparator,
  type Operand,
  type PartitionExpression,
} from './expressionParser';

export { parsePartitionExpression, type PartitionExpression } from './expressionParser';

/** A partition's values by lower-cased key name, and whether each key compares as a number. */
interface PartitionRow {
  values: Map<string, string>;
  numericKeys: ReadonlySet<string>;
}

function valueOf(operand: Operand, row: PartitionRow): string | undefined {
  return operand.kind === 'key' ? row.values.get(operand.name) : operand.text;
}

// Glue compares by the partition key's type: numerically for numeric keys, as text otherwise.
function isNumeric(row: PartitionRow, ...operands: Operand[]): boolean {
  return operands.some((o) => o.kind === 'key' && row.numericKeys.has(o.name));
}

function order(a: string, b: string, numeric: boolean): number {
  if (!numeric) return a < b ? -1 : a > b ? 1 : 0;
  const [x, y] = [Number(a), Number(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  return x - y;
}

const COMPARATORS: Record<Comparator, (difference: number) => boolean> = {
  '=': (d) => d === 0,
  '<>': (d) => d !== 0 && !Number.isNaN(d),
  '<': (d) => d < 0,
  '>': (d) => d > 0,
  '<=': (d) => d <= 0,
  '>=': (d) => d >= 0,
};

function likePattern(pattern: string): RegExp {
  const body = [...pattern]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

function compare(left: Operand, right: Operand, row: PartitionRow): number {
  const [a, b] = [valueOf(left, row), valueOf(right, row)];
  if (a === undefined || b === undefined) return Number.NaN;
  return order(a, b, isNumeric(row, left, right));
}

function evaluate(expression: PartitionExpression, row: PartitionRow): boolean {
  switch (expression.kind) {
    case 'and':
      return evaluate(expression.left, row) && evaluate(expression.right, row);
    case 'or':
      return evaluate(expression.left, row) || evaluate(expression.right, row);
    case 'not':
      return !evaluate(expression.operand, row);
    case 'compare':
      return COMPARATORS[expression.op](compare(expression.left, expression.right, row));
    case 'between': {
      const inside =
        compare(expression.value, expression.low, row) >= 0 &&
        compare(expression.value, expression.high, row) <= 0;
      return inside !== expression.negated;
    }
    case 'in':
      return (
        expression.list.some((item) => compare(expression.value, item, row) === 0) !==
        expression.negated
      );
    case 'like': {
      const [value, pattern] = [valueOf(expression.value, row), valueOf(expression.pattern, row)];
      return (
        (value !== undefined && pattern !== undefined && likePattern(pattern).test(value)) !==
        expression.negated
      );
    }
    case 'isNull':
      return (valueOf(expression.value, row) === undefined) !== expression.negated;
  }
}

/** A predicate over partition values for a GetPartitions Expression; throws InvalidInputException when malformed. */
export function partitionFilter(
  source: string,
  partitionKeys: readonly Column[],
): (values: readonly string[]) => boolean {
  const names = partitionKeys.map((k) => (k.Name ?? '').toLowerCase());
  const expression = parsePartitionExpression(source, names);
  const numericKeys = new Set(
    partitionKeys.filter((k) => isNumericHiveType(k.Type)).map((k) => (k.Name ?? '').toLowerCase()),
  );
  return (values) => {
    const row = new Map<string, string>();
    names.forEach((name, i) => {
      const value = values[i];
      if (value !== undefined) row.set(name, value);
    });
    return evaluate(expression, { values: row, numericKeys });
  };
}
