import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from '../dialect/queryHarness';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, {
    events: {
      columns: [
        { name: 'payload', type: 'string' },
        { name: 'attrs', type: 'map<string,string>' },
        { name: 'nums', type: 'array<int>' },
      ],
      rows: [
        [
          '{"user":{"id":7,"name":"ann"},"items":[{"sku":"a"},{"sku":"b"}],"ok":true}',
          '{"k":"v"}',
          '[3,1,2]',
        ],
      ],
    },
  });
});

// Expected values from https://trino.io/docs/current/functions/json.html
describe('JSON functions', () => {
  it('json_extract returns JSON, json_extract_scalar returns varchar', () => {
    expect(h.value("SELECT json_extract(payload, '$.user') FROM events")).toBe(
      '{"id":7,"name":"ann"}',
    );
    expect(h.value("SELECT json_extract_scalar(payload, '$.user.name') FROM events")).toBe('ann');
    expect(h.value("SELECT json_extract_scalar(payload, '$.items[1].sku') FROM events")).toBe('b');
    expect(h.value("SELECT json_extract_scalar(payload, '$.ok') FROM events")).toBe('true');
    expect(h.value("SELECT json_extract_scalar(payload, '$.user') FROM events")).toBe(null);
    expect(h.value('SELECT json_extract_scalar(payload, \'$["user"].id\') FROM events')).toBe('7');
  });
  it('json_parse, json_format, json_array_length, json_array_get, json_array_contains, json_size', () => {
    expect(h.value('SELECT json_format(json_parse(\'[1, 2, {"a": null}]\'))')).toBe(
      '[1,2,{"a":null}]',
    );
    expect(h.value("SELECT json_array_length('[1, 2, 3]')")).toBe(3);
    expect(h.value('SELECT json_array_get(\'["a", [3, 9], "c"]\', 1)')).toBe('[3,9]');
    expect(h.value("SELECT json_array_contains('[1, 2, 3]', 2)")).toBe(true);
    expect(h.value('SELECT json_size(\'{"x": {"a": 1, "b": 2}}\', \'$.x\')')).toBe(2);
  });
  it('json_parse of invalid text fails', () => {
    expect(() => h.query("SELECT json_parse('{oops')")).toThrow(/INVALID_FUNCTION_ARGUMENT/);
  });
});

// Expected values from https://trino.io/docs/current/functions/array.html and …/map.html
describe('array and map functions', () => {
  it('element_at, subscripts, cardinality, contains', () => {
    expect(
      h.query(
        'SELECT element_at(nums, 1), element_at(nums, -1), element_at(nums, 9), nums[2], cardinality(nums) FROM events',
      ).rows[0],
    ).toEqual([3, 2, null, 1, 3]);
    expect(() => h.query('SELECT nums[9] FROM events')).toThrow(
      /Array subscript must be less than or equal to array length: 9 > 3/,
    );
    expect(h.value("SELECT attrs['k'] FROM events")).toBe('v');
    expect(h.value("SELECT element_at(attrs, 'zz') FROM events")).toBe(null);
    expect(h.value('SELECT contains(nums, 2) FROM events')).toBe(true);
    expect(h.value("SELECT contains(ARRAY['a', 'b'], 'c')")).toBe(false);
  });
  it('array_join, array_distinct, array_sort, array_max, array_min, array_position', () => {
    expect(h.value("SELECT array_join(ARRAY['a', NULL, 'c'], '-')")).toBe('a-c');
    expect(h.value("SELECT array_join(ARRAY['a', NULL, 'c'], '-', 'x')")).toBe('a-x-c');
    expect(
      h.query(
        'SELECT array_distinct(ARRAY[1, 2, 1]), array_sort(nums), array_max(nums), array_min(nums), array_position(nums, 1) FROM events',
      ).rows[0],
    ).toEqual(['[1,2]', '[1,2,3]', 3, 1, 2]);
  });
  it('sequence, slice, concat and || on arrays, flatten, arrays_overlap', () => {
    expect(h.value('SELECT sequence(1, 5)')).toBe('[1,2,3,4,5]');
    expect(h.value('SELECT sequence(5, 1, -2)')).toBe('[5,3,1]');
    expect(h.value("SELECT sequence(DATE '2025-01-30', DATE '2025-02-01')")).toBe(
      '["2025-01-30","2025-01-31","2025-02-01"]',
    );
    expect(h.value('SELECT slice(ARRAY[1, 2, 3, 4], 2, 2)')).toBe('[2,3]');
    expect(h.value('SELECT ARRAY[1, 2] || ARRAY[3]')).toBe('[1,2,3]');
    expect(h.value('SELECT concat(ARRAY[1], ARRAY[2, 3])')).toBe('[1,2,3]');
    expect(h.value('SELECT flatten(ARRAY[ARRAY[1, 2], ARRAY[3]])')).toBe('[1,2,3]');
    expect(h.value('SELECT arrays_overlap(ARRAY[1, 2], ARRAY[2, 5])')).toBe(true);
  });
  it('map_keys, map_values, map(keys, values)', () => {
    expect(h.query('SELECT map_keys(attrs), map_values(attrs) FROM events').rows[0]).toEqual([
      '["k"]',
      '["v"]',
    ]);
    expect(h.value("SELECT element_at(map(ARRAY['a', 'b'], ARRAY[1, 2]), 'b')")).toBe(2);
  });
  it('lambdas: transform, filter, any_match, all_match, none_match', () => {
    expect(h.value('SELECT transform(nums, x -> x * 10) FROM events')).toBe('[30,10,20]');
    expect(h.value('SELECT filter(nums, x -> x > 1) FROM events')).toBe('[3,2]');
    expect(h.value("SELECT transform(ARRAY['a', 'b'], s -> upper(s) || '!')")).toBe('["A!","B!"]');
    expect(h.value('SELECT filter(ARRAY[ARRAY[1], ARRAY[2, 3]], a -> cardinality(a) > 1)')).toBe(
      '[[2,3]]',
    );
    expect(
      h.query(
        'SELECT any_match(nums, x -> x > 2), all_match(nums, x -> x > 2), none_match(nums, x -> x > 5) FROM events',
      ).rows[0],
    ).toEqual([true, false, true]);
    expect(h.value('SELECT any_match(ARRAY[1, NULL], x -> x > 1)')).toBe(null);
    expect(h.value('SELECT transform(CAST(NULL AS array(integer)), x -> x)')).toBe(null);
    expect(() =>
      h.translate('SELECT reduce(nums, 0, (s, x) -> s + x, s -> s) FROM events'),
    ).toThrow(/FUNCTION_NOT_FOUND/);
  });
  it('UNNEST of a map gives key and value columns', () => {
    expect(h.query('SELECT k, v FROM events CROSS JOIN UNNEST(attrs) AS t(k, v)').rows).toEqual([
      ['k', 'v'],
    ]);
  });
  it('UNNEST of several arrays zips them', () => {
    expect(h.query("SELECT a, b FROM UNNEST(ARRAY[1, 2], ARRAY['x']) AS t(a, b)").rows).toEqual([
      [1, 'x'],
      [2, null],
    ]);
  });
});
