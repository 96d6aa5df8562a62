import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryHarness, type MiniSqlJs } from '../dialect/queryHarness';

let h: ReturnType<typeof queryHarness>;
beforeAll(async () => {
  h = queryHarness((await initSqlJs()) as unknown as MiniSqlJs, {});
});

// Expected values from https://trino.io/docs/current/functions/string.html and …/regexp.html
describe('string functions', () => {
  it('split, split_part, strpos, position', () => {
    expect(h.value("SELECT split('a,b,c', ',')")).toBe('["a","b","c"]');
    expect(h.value("SELECT split('a,b,c', ',', 2)")).toBe('["a","b,c"]');
    expect(h.value("SELECT split_part('a,b,c', ',', 2)")).toBe('b');
    expect(h.value("SELECT split_part('a,b,c', ',', 4)")).toBe(null);
    expect(h.value("SELECT strpos('high', 'ig')")).toBe(2);
    expect(h.value("SELECT strpos('high', 'x')")).toBe(0);
    expect(h.value("SELECT strpos('abcabc', 'b', 2)")).toBe(5);
    expect(h.value("SELECT position('ig' IN 'high')")).toBe(2);
  });
  it('length, lower, upper, trims and pads', () => {
    expect(h.query("SELECT length('héllo'), lower('ÀB'), upper('àb')").rows[0]).toEqual([
      5,
      'àb',
      'ÀB',
    ]);
    expect(h.query("SELECT trim('  x  '), ltrim('  x'), rtrim('x  ')").rows[0]).toEqual([
      'x',
      'x',
      'x',
    ]);
    expect(h.value("SELECT trim(BOTH '$' FROM '$$x$')")).toBe('x');
    expect(
      h.query("SELECT lpad('7', 3, '0'), rpad('ab', 5, 'xy'), lpad('hello', 2, '*')").rows[0],
    ).toEqual(['007', 'abxyx', 'he']);
  });
  it('reverse, replace, substr (negative start counts from the end)', () => {
    expect(h.value("SELECT reverse('abc')")).toBe('cba');
    expect(h.value("SELECT replace('aXbX', 'X', '-')")).toBe('a-b-');
    expect(h.value("SELECT replace('aXbX', 'X')")).toBe('ab');
    expect(
      h.query(
        "SELECT substr('Trino', 2), substr('Trino', 2, 3), substr('Trino', -3), substring('Trino' FROM 2 FOR 2)",
      ).rows[0],
    ).toEqual(['rino', 'rin', 'ino', 'ri']);
  });
  it('concat and concat_ws; NULL in concat gives NULL', () => {
    expect(h.value("SELECT concat('a', 'b', 'c')")).toBe('abc');
    expect(h.value("SELECT concat('a', NULL)")).toBe(null);
    expect(h.value("SELECT concat_ws('-', 'a', NULL, 'c')")).toBe('a-c');
  });
  it('starts_with, chr, codepoint, levenshtein_distance', () => {
    expect(h.value("SELECT starts_with('trino', 'tri')")).toBe(true);
    expect(
      h.query("SELECT chr(65), codepoint('A'), levenshtein_distance('kitten', 'sitting')").rows[0],
    ).toEqual(['A', 65, 3]);
  });
  it('url_extract_host, _path, _parameter', () => {
    const u = "'https://example.com:8080/shop/cart?item=42&ref=mail#top'";
    expect(
      h.query(
        `SELECT url_extract_host(${u}), url_extract_path(${u}), url_extract_parameter(${u}, 'ref')`,
      ).rows[0],
    ).toEqual(['example.com', '/shop/cart', 'mail']);
  });
});

describe('regular expression functions', () => {
  it('regexp_like matches anywhere in the string', () => {
    expect(h.value("SELECT regexp_like('1a 2b 14m', '\\d+b')")).toBe(true);
    expect(h.value("SELECT regexp_like('abc', '^b')")).toBe(false);
    expect(h.value("SELECT regexp_like('ABC', '(?i)abc')")).toBe(true);
  });
  it('regexp_extract and regexp_extract_all with groups', () => {
    expect(h.value("SELECT regexp_extract('1a 2b 14m', '\\d+')")).toBe('1');
    expect(h.value("SELECT regexp_extract('1a 2b 14m', '(\\d+)([a-z]+)', 2)")).toBe('a');
    expect(h.value("SELECT regexp_extract('abc', '\\d+')")).toBe(null);
    expect(h.value("SELECT regexp_extract_all('1a 2b 14m', '\\d+')")).toBe('["1","2","14"]');
    expect(h.value("SELECT regexp_extract_all('1a 2b 14m', '(\\d+)([a-z]+)', 2)")).toBe(
      '["a","b","m"]',
    );
  });
  it('regexp_replace with $n back-references; regexp_split; regexp_count', () => {
    expect(h.value("SELECT regexp_replace('1a 2b 14m', '\\d+[ab] ')")).toBe('14m');
    expect(h.value("SELECT regexp_replace('1a 2b 14m', '(\\d+)([ab]) ', '3c$2 ')")).toBe(
      '3ca 3cb 14m',
    );
    expect(h.value("SELECT regexp_split('1a 2b 14m', '\\s*[a-z]+\\s*')")).toBe('["1","2","14",""]');
    expect(h.value("SELECT regexp_count('1a 2b 14m', '\\s*[a-z]+\\s*')")).toBe(3);
  });
});
