import { describe, expect, it } from 'vitest';
import { rowFilterColumns } from './rowFilter';
import { rowFilterMatches, rowFilterToSqlite } from './rowFilterSql';

describe('row filter expressions (PartiQL WHERE subset)', () => {
  it('translates comparisons, AND/OR/NOT, IN, IS NULL and BETWEEN to SQLite over quoted columns', () => {
    expect(rowFilterToSqlite("country = 'FR' AND NOT (total < 10 OR customer IS NULL)")).toBe(
      `(("country" = 'FR') AND (NOT (("total" < 10) OR ("customer" IS NULL))))`,
    );
    expect(rowFilterToSqlite('id IN (1, 2, -3)')).toBe(`("id" IN (1, 2, -3))`);
    expect(rowFilterToSqlite('total NOT BETWEEN 1 AND 5')).toBe(`("total" NOT BETWEEN 1 AND 5)`);
    expect(rowFilterToSqlite('a != b')).toBe(`("a" <> "b")`);
  });

  it('keeps LIKE case-sensitive, as in Athena, by translating it to GLOB', () => {
    expect(rowFilterToSqlite("name LIKE 'Jo_n%'")).toBe(`("name" GLOB 'Jo?n*')`);
    expect(rowFilterToSqlite("name NOT LIKE 'a*%'")).toBe(`("name" NOT GLOB 'a[*]*')`);
  });

  it('quotes identifiers and strings safely', () => {
    expect(rowFilterToSqlite(`"odd ""name""" = 'it''s'`)).toBe(`("odd ""name""" = 'it''s')`);
  });

  it.each([
    '',
    'country =',
    "country = 'FR' AND",
    'DROP TABLE x',
    'a = 1; DELETE',
    '(a = 1',
    'a LIKE 3',
    'x = 1 2',
  ])('rejects %j with InvalidInputException', (expression) => {
    expect(() => rowFilterToSqlite(expression)).toThrow(
      expect.objectContaining({ name: 'InvalidInputException' }),
    );
  });

  it('rejects expressions longer than 2,048 characters', () => {
    expect(() => rowFilterToSqlite(`a = '${'x'.repeat(2050)}'`)).toThrow(
      expect.objectContaining({ name: 'InvalidInputException' }),
    );
  });

  it('lists the columns an expression reads', () => {
    expect(rowFilterColumns(`country = 'FR' OR "Total" > 3 AND id IN (1, x)`).sort()).toEqual([
      'Total',
      'country',
      'id',
      'x',
    ]);
  });

  it('evaluates rows with SQL semantics: NULL comparisons do not pass', () => {
    expect(rowFilterMatches("country = 'FR'", { country: 'FR' })).toBe(true);
    expect(rowFilterMatches("country <> 'FR'", { country: null })).toBe(false);
    expect(rowFilterMatches('NOT (total > 5)', { total: null })).toBe(false);
    expect(rowFilterMatches("name LIKE 'J%'", { name: 'jo' })).toBe(false);
    expect(rowFilterMatches('total BETWEEN 1 AND 5 OR total IS NULL', { total: null })).toBe(true);
  });
});
