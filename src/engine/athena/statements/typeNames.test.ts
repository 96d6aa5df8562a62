import { describe, expect, it } from 'vitest';
import { athenaTypeOf, canCoerce, hiveTypeOf } from './typeNames';

describe('type names', () => {
  it.each([
    ['varchar', 'string'],
    ['varchar(10)', 'varchar(10)'],
    ['integer', 'int'],
    ['real', 'float'],
    ['decimal(10, 2)', 'decimal(10,2)'],
    ['timestamp(3)', 'timestamp'],
    ['array(varchar)', 'array<string>'],
    ['map(varchar, integer)', 'map<string,int>'],
    ['row(a varchar, b array(integer))', 'struct<a:string,b:array<int>>'],
  ])('Athena %s is Hive %s', (athena, hive) => {
    expect(hiveTypeOf(athena)).toBe(hive);
  });

  it('refuses to store a column of type unknown (a bare NULL)', () => {
    expect(() => hiveTypeOf('unknown', 'x')).toThrow(/Unsupported Hive type: unknown/);
  });

  it('names Hive types as Athena does', () => {
    expect(athenaTypeOf('struct<a:string,b:map<string,int>>')).toBe(
      'row(a varchar, b map(varchar, integer))',
    );
    expect(athenaTypeOf('array<float>')).toBe('array(real)');
  });

  it('coerces only by widening, as Trino does for INSERT', () => {
    expect(canCoerce('integer', 'bigint')).toBe(true);
    expect(canCoerce('bigint', 'double')).toBe(true);
    expect(canCoerce('double', 'bigint')).toBe(false);
    expect(canCoerce('varchar(3)', 'varchar')).toBe(true);
    expect(canCoerce('varchar', 'bigint')).toBe(false);
    expect(canCoerce('unknown', 'date')).toBe(true);
    expect(canCoerce('date', 'timestamp')).toBe(true);
  });
});
