import type { SchemaTree } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { csvCellType, jsonValueType, mergeTypes } from './glueTypes';
import { glueTypeOfNode } from './parquetTypes';

describe('Glue types of CSV cells', () => {
  it.each([
    ['42', 'bigint'],
    ['-7', 'bigint'],
    ['3.14', 'double'],
    ['1e5', 'double'],
    ['TRUE', 'boolean'],
    ['false', 'boolean'],
    ['2025-01-06', 'string'],
    ['2025-01-06 10:00:00', 'string'],
    ['abc', 'string'],
  ])('reads %s as %s', (cell, type) => expect(csvCellType(cell)).toBe(type));

  it('says nothing about an empty cell', () => expect(csvCellType('  ')).toBeUndefined());
});

describe('merging column types', () => {
  it('widens numbers and falls back to string for a mix', () => {
    expect(mergeTypes('int', 'bigint')).toBe('bigint');
    expect(mergeTypes('bigint', 'double')).toBe('double');
    expect(mergeTypes('bigint', 'string')).toBe('string');
    expect(mergeTypes('boolean', 'bigint')).toBe('string');
    expect(mergeTypes(undefined, 'boolean')).toBe('boolean');
  });

  it('unites struct fields and merges array elements', () => {
    expect(mergeTypes('struct<a:int,b:string>', 'struct<a:double,c:boolean>')).toBe(
      'struct<a:double,b:string,c:boolean>',
    );
    expect(mergeTypes('array<int>', 'array<bigint>')).toBe('array<bigint>');
    expect(mergeTypes('struct<g:struct<x:int>>', 'struct<g:struct<y:string>>')).toBe(
      'struct<g:struct<x:int,y:string>>',
    );
  });
});

describe('Glue types of JSON values', () => {
  it('types nested objects as struct and lists as array', () => {
    expect(jsonValueType({ geo: { city: 'Paris', lat: 48.85 }, tags: ['a', 'b'], n: 1 })).toBe(
      'struct<geo:struct<city:string,lat:double>,tags:array<string>,n:int>',
    );
  });

  it('gives int below 2^31 and bigint above', () => {
    expect(jsonValueType(2147483647)).toBe('int');
    expect(jsonValueType(2147483648)).toBe('bigint');
  });
});

const leaf = (name: string, element: Partial<SchemaTree['element']>): SchemaTree => ({
  element: { name, ...element },
  children: [],
  count: 1,
  path: [name],
});
const group = (
  name: string,
  element: Partial<SchemaTree['element']>,
  children: SchemaTree[],
): SchemaTree => ({ element: { name, ...element }, children, count: 1, path: [name] });

describe('Glue types of Parquet columns', () => {
  it('maps physical and logical types', () => {
    expect(glueTypeOfNode(leaf('s', { type: 'BYTE_ARRAY', converted_type: 'UTF8' }))).toBe(
      'string',
    );
    expect(glueTypeOfNode(leaf('b', { type: 'BYTE_ARRAY' }))).toBe('binary');
    expect(glueTypeOfNode(leaf('d', { type: 'INT32', converted_type: 'DATE' }))).toBe('date');
    expect(glueTypeOfNode(leaf('t', { type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' }))).toBe(
      'timestamp',
    );
    expect(
      glueTypeOfNode(
        leaf('p', {
          type: 'FIXED_LEN_BYTE_ARRAY',
          converted_type: 'DECIMAL',
          precision: 10,
          scale: 2,
        }),
      ),
    ).toBe('decimal(10,2)');
  });

  it('maps LIST, MAP and struct groups', () => {
    const list = group('tags', { converted_type: 'LIST' }, [
      group('list', { repetition_type: 'REPEATED' }, [
        leaf('element', { type: 'BYTE_ARRAY', converted_type: 'UTF8' }),
      ]),
    ]);
    expect(glueTypeOfNode(list)).toBe('array<string>');
    const map = group('attrs', { converted_type: 'MAP' }, [
      group('key_value', { repetition_type: 'REPEATED' }, [
        leaf('key', { type: 'BYTE_ARRAY', converted_type: 'UTF8' }),
        leaf('value', { type: 'INT64' }),
      ]),
    ]);
    expect(glueTypeOfNode(map)).toBe('map<string,bigint>');
    const struct = group('geo', {}, [
      leaf('city', { type: 'BYTE_ARRAY', converted_type: 'UTF8' }),
      leaf('lat', { type: 'DOUBLE' }),
    ]);
    expect(glueTypeOfNode(struct)).toBe('struct<city:string,lat:double>');
  });
});
