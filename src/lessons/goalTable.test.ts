import { describe, expect, it } from 'vitest';
import { formatCell } from './goalFormat';
import { compareValues, MAX_OTHER_ROWS, type GoalRow } from './goalTable';
import { goalWords } from './goalWords';

const key = (name: string, type = 'string') => ({ Name: name, Type: type });
const marks = (table: ReturnType<typeof compareValues>) => table.rows.map((r) => r.mark);
const inEnglish = (row: GoalRow) =>
  row.difference ? goalWords('en').difference(row.difference) : '';
const inFrench = (row: GoalRow) =>
  row.difference ? goalWords('fr').difference(row.difference) : '';

describe('compareValues: a list of objects is a table', () => {
  it('takes its columns from the goal rows and pairs lab rows by the first column', () => {
    const table = compareValues([key('year'), key('month')], [key('month'), key('year')], {
      exact: false,
    });
    expect(table.columns).toEqual(['Name', 'Type']);
    expect(table.rows.map((r) => r.now?.[0])).toEqual(['year', 'month']);
  });

  it('marks a goal row the lab lacks as missing, and says so in words', () => {
    const table = compareValues([key('year'), key('month')], [key('year')], { exact: true });
    expect(marks(table)).toEqual(['same', 'missing']);
    expect(table.rows[1]!.now).toBeUndefined();
    expect(inEnglish(table.rows[1]!)).toBe('Missing: Name “month”, Type “string”.');
    expect(table.rows[1]!.difference).toEqual({
      kind: 'missing',
      goal: { columns: ['Name', 'Type'], cells: ['month', 'string'] },
    });
    expect(inFrench(table.rows[1]!)).toBe(
      'Manquant\u00a0: Name «\u00a0month\u00a0», Type «\u00a0string\u00a0».',
    );
  });

  it('marks a row whose cells differ as different, naming the cell and both values', () => {
    const table = compareValues([key('total', 'double')], [key('total', 'string')], {
      exact: true,
    });
    expect(table.rows[0]).toMatchObject({ mark: 'different', differentCells: [1] });
    expect(inEnglish(table.rows[0]!)).toBe(
      'Different: Name “total” — Type is “string”, the goal is “double”.',
    );
    expect(inFrench(table.rows[0]!)).toBe(
      'Différent\u00a0: Name «\u00a0total\u00a0» — Type vaut «\u00a0string\u00a0», l’objectif est «\u00a0double\u00a0».',
    );
  });

  it('counts a lab row the goal lacks as extra in an exact comparison only', () => {
    const lab = [key('year'), key('day')];
    expect(marks(compareValues([key('year')], lab, { exact: true }))).toEqual(['same', 'extra']);
    expect(marks(compareValues([key('year')], lab, { exact: false }))).toEqual(['same', 'other']);
    expect(inEnglish(compareValues([key('year')], lab, { exact: true }).rows[1]!)).toBe(
      'Extra: Name “day”, Type “string” is not in the goal.',
    );
    expect(inFrench(compareValues([key('year')], lab, { exact: true }).rows[1]!)).toBe(
      'En trop\u00a0: Name «\u00a0day\u00a0», Type «\u00a0string\u00a0» ne fait pas partie de l’objectif.',
    );
  });

  it('marks rows that are all there but in another order as different in an exact comparison', () => {
    const table = compareValues([key('year'), key('month')], [key('month'), key('year')], {
      exact: true,
    });
    expect(marks(table)).toEqual(['different', 'different']);
    expect(inEnglish(table.rows[0]!)).toBe(
      'Different: Name “year” is in position 2, the goal has it in position 1.',
    );
    expect(inFrench(table.rows[0]!)).toBe(
      'Différent\u00a0: Name «\u00a0year\u00a0» est en position 2, l’objectif le place en position 1.',
    );
  });

  it('shows only the chosen columns, read as paths inside each row', () => {
    const goal = [{ Name: 'a', Hints: { Size: 1 }, Noise: 'x' }];
    const now = [{ Name: 'a', Hints: { Size: 5 }, Noise: 'y' }];
    const table = compareValues(goal, now, { columns: ['Name', 'Hints.Size'], exact: true });
    expect(table.columns).toEqual(['Name', 'Hints.Size']);
    expect(table.rows[0]).toMatchObject({ goal: ['a', '1'], now: ['a', '5'], mark: 'different' });
  });

  it('treats a missing lab list as empty, so every goal row is missing', () => {
    expect(marks(compareValues([key('year')], undefined, { exact: true }))).toEqual(['missing']);
  });

  it('keeps every row that matters but only the first few that do not', () => {
    const lab = Array.from({ length: 20 }, (_, i) => key(`c${i}`));
    const table = compareValues([key('c19')], lab, { exact: false });
    expect(table.rows).toHaveLength(1 + MAX_OTHER_ROWS);
    expect(table.rows[0]!.mark).toBe('same');
    expect(table.hiddenCount).toBe(19 - MAX_OTHER_ROWS);
  });
});

describe('compareValues: other shapes', () => {
  it('compares an object field by field, with extra fields only when exact', () => {
    const goal = { Prefix: 'raw/', Hints: { Size: 1 } };
    const now = { Prefix: 'logs/', Hints: { Size: 1 }, Other: true };
    const table = compareValues(goal, now, { exact: true });
    expect(table.hasLabels).toBe(true);
    expect(table.rows.map((r) => [r.label, r.mark])).toEqual([
      ['Prefix', 'different'],
      ['Hints.Size', 'same'],
      ['Other', 'extra'],
    ]);
    expect(inEnglish(table.rows[0]!)).toBe(
      'Different: Prefix — it is “logs/”, the goal is “raw/”.',
    );
  });

  it('marks a field the lab does not have as missing', () => {
    const table = compareValues({ Prefix: 'raw/' }, undefined, { exact: true });
    expect(table.rows[0]).toMatchObject({ label: 'Prefix', mark: 'missing' });
  });

  it('compares a list of plain values item by item', () => {
    const table = compareValues(['a', 'b'], ['b', 'c'], { exact: true });
    expect(table.rows.map((r) => [r.goal?.[0], r.now?.[0], r.mark])).toEqual([
      ['a', undefined, 'missing'],
      ['b', 'b', 'same'],
      [undefined, 'c', 'extra'],
    ]);
  });

  it('compares one plain value', () => {
    expect(inEnglish(compareValues('SUCCEEDED', 'RUNNING', { exact: true }).rows[0]!)).toBe(
      'Different: it is “RUNNING”, the goal is “SUCCEEDED”.',
    );
  });
});

describe('formatCell', () => {
  it('says a Lake Formation resource in the console’s words', () => {
    const resource = {
      TableWithColumns: {
        DatabaseName: 'hr',
        Name: 'employees',
        ColumnWildcard: { ExcludedColumnNames: ['salary'] },
      },
    };
    expect(formatCell(resource)).toBe('Table hr.employees, all columns except salary');
    expect(formatCell({ Database: { Name: 'hr' } })).toBe('Database hr');
  });

  it('writes lists as comma lists and objects as name: value pairs, never JSON', () => {
    expect(formatCell(['SELECT', 'DESCRIBE'])).toBe('SELECT, DESCRIBE');
    expect(formatCell({ SizeInMBs: 1, IntervalInSeconds: 60 })).toBe(
      'SizeInMBs: 1, IntervalInSeconds: 60',
    );
    expect(formatCell([])).toBe('(empty)');
    expect(formatCell(undefined)).toBeUndefined();
  });
});
