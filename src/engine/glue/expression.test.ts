import { describe, expect, it } from 'vitest';
import { partitionFilter } from './expression';
import { hiveTypeProblem } from './hiveTypes';
import { columns } from './tables.fixtures';

const keys = columns('year:string', 'month:string', 'day:int', 'price:decimal(10,2)');
const matches = (expression: string, values: string[]) => partitionFilter(expression, keys)(values);
const problemOf = (expression: string) => {
  try {
    partitionFilter(expression, keys);
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error(`"${expression}" parsed, but the test expected a problem`);
};

describe('GetPartitions expressions', () => {
  it('binds AND tighter than OR', () => {
    expect(
      matches("year = '2024' OR year = '2025' AND month = '02'", ['2024', '01', '1', '0']),
    ).toBe(true);
    expect(
      matches("(year = '2024' OR year = '2025') AND month = '02'", ['2024', '01', '1', '0']),
    ).toBe(false);
  });

  it('compares decimal keys as numbers and accepts the literal on the left', () => {
    expect(matches('price >= 9.5', ['2025', '01', '1', '10.00'])).toBe(true);
    expect(matches("'10' < day", ['2025', '01', '9', '0'])).toBe(false);
  });

  it('matches LIKE with % and _ exactly, and IS NOT NULL', () => {
    expect(matches("month LIKE '0_'", ['2025', '01', '1', '0'])).toBe(true);
    expect(matches("month LIKE '1_'", ['2025', '1', '1', '0'])).toBe(false);
    expect(matches("year LIKE '20.5'", ['2025', '1', '1', '0'])).toBe(false);
    expect(matches('year IS NOT NULL', ['2025', '1', '1', '0'])).toBe(true);
  });

  it('reads quoted key names case-insensitively and doubled quotes in strings', () => {
    expect(matches("`YEAR` = '2025' AND \"Month\" <> 'it''s'", ['2025', '01', '1', '0'])).toBe(
      true,
    );
  });

  it('names the problem in a malformed expression', () => {
    expect(problemOf('')).toMatchObject({ name: 'InvalidInputException' });
    expect(problemOf("year = '2025' AND").message).toContain('it ends too early');
    expect(problemOf("year = '2025' month = '01'").message).toContain('unexpected at "month"');
    expect(problemOf("year BETWEEN '1' '2'").message).toContain('expected AND');
    expect(problemOf("year = '2025").message).toContain('unexpected character');
    expect(problemOf("year NOT = '2025'").message).toContain(
      'expected BETWEEN, IN or LIKE after NOT',
    );
  });
});

describe('Hive column types', () => {
  it('accepts Hive types case-insensitively, with spaces in nested types', () => {
    for (const type of [
      'BIGINT',
      'decimal',
      'decimal(38, 10)',
      'map<string, array<struct<`a b`:int>>>',
      'binary',
    ])
      expect(hiveTypeProblem(type)).toBeUndefined();
  });

  it('explains what is wrong with a bad type', () => {
    expect(hiveTypeProblem('text')).toBe('"text" is not a Hive type');
    expect(hiveTypeProblem('decimal(5,6)')).toContain('scale at most the precision');
    expect(hiveTypeProblem('int extra')).toBe('it has text after the type');
    expect(hiveTypeProblem('array<>')).toBeDefined();
  });
});
