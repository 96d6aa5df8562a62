import { describe, expect, it } from 'vitest';
import {
  isSelected,
  parseTableMappings,
  targetColumns,
  targetNames,
  wildcardRegExp,
} from './tableMappings';

const selection = (id: string, table: string, action = 'include', schema = 'shop') => ({
  'rule-type': 'selection',
  'rule-id': id,
  'rule-name': `r${id}`,
  'object-locator': { 'schema-name': schema, 'table-name': table },
  'rule-action': action,
});
const mapping = (...rules: object[]) => parseTableMappings(JSON.stringify({ rules }));
const errorOf = (json: string) => {
  try {
    parseTableMappings(json);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the mapping to be rejected');
};

describe('DMS table mappings', () => {
  it('rejects text that is not JSON, naming the parse problem', () => {
    const error = errorOf('{ rules: [');
    expect(error.name).toBe('InvalidParameterValueException');
    expect(error.message).toMatch(/^Invalid Table Mappings document: not valid JSON/);
  });

  it('requires a rules array', () => {
    expect(errorOf('{"rule": []}').message).toMatch(/"rules" array/);
  });

  it('names the rule and the field that is missing', () => {
    const rule = {
      'rule-type': 'selection',
      'rule-id': '1',
      'rule-name': 'a',
      'rule-action': 'include',
    };
    expect(errorOf(JSON.stringify({ rules: [rule] })).message).toMatch(
      /rule 1: "object-locator" is required/,
    );
    const noTable = { ...rule, 'object-locator': { 'schema-name': 'shop' } };
    expect(errorOf(JSON.stringify({ rules: [noTable] })).message).toMatch(
      /"table-name" is required/,
    );
  });

  it('rejects an unknown rule-type, rule-action, and a duplicate rule-id', () => {
    expect(
      errorOf(JSON.stringify({ rules: [{ ...selection('1', '%'), 'rule-type': 'copy' }] })).message,
    ).toMatch(/rule-type "copy"/);
    expect(errorOf(JSON.stringify({ rules: [selection('1', '%', 'keep')] })).message).toMatch(
      /rule-action "keep"/,
    );
    expect(
      errorOf(JSON.stringify({ rules: [selection('1', '%'), selection('1', 'x')] })).message,
    ).toMatch(/rule-id 1 is used by another rule/);
  });

  it('needs at least one include rule', () => {
    expect(errorOf(JSON.stringify({ rules: [selection('1', '%', 'exclude')] })).message).toMatch(
      /at least one selection rule with rule-action include/,
    );
  });

  it('reads % as any characters, _ as one character, [_] as an underscore and [a-d] as a range (DMS wildcards)', () => {
    expect(wildcardRegExp('order%').test('order_items')).toBe(true);
    expect(wildcardRegExp('order_').test('orders')).toBe(true);
    expect(wildcardRegExp('order_').test('order_items')).toBe(false);
    expect(wildcardRegExp('order[_]items').test('order_items')).toBe(true);
    expect(wildcardRegExp('order[_]items').test('orderXitems')).toBe(false);
    expect(wildcardRegExp('[a-d]%').test('customers')).toBe(true);
    expect(wildcardRegExp('[a-d]%').test('products')).toBe(false);
  });

  it('selects a table an include matches unless an exclude matches it too, whatever the rule order', () => {
    const m = mapping(selection('1', 'order%', 'exclude'), selection('2', '%'));
    expect(isSelected(m, 'shop', 'customers')).toBe(true);
    expect(isSelected(m, 'shop', 'orders')).toBe(false);
    expect(isSelected(m, 'shop', 'order_items')).toBe(false);
    expect(isSelected(m, 'other', 'customers')).toBe(false);
  });

  it('renames, prefixes and lower-cases schemas, tables and columns, and removes columns', () => {
    const transformation = (
      id: string,
      target: string,
      locator: object,
      action: string,
      value?: string,
    ) => ({
      'rule-type': 'transformation',
      'rule-id': id,
      'rule-name': `t${id}`,
      'rule-target': target,
      'object-locator': locator,
      'rule-action': action,
      ...(value === undefined ? {} : { value }),
    });
    const m = mapping(
      selection('1', '%'),
      transformation('2', 'schema', { 'schema-name': 'shop' }, 'rename', 'sales'),
      transformation(
        '3',
        'table',
        { 'schema-name': 'shop', 'table-name': '%' },
        'add-prefix',
        'src_',
      ),
      transformation(
        '4',
        'column',
        { 'schema-name': 'shop', 'table-name': 'customers', 'column-name': 'email' },
        'remove-column',
      ),
      transformation(
        '5',
        'column',
        { 'schema-name': 'shop', 'table-name': '%', 'column-name': 'ID' },
        'convert-lowercase',
      ),
    );
    expect(targetNames(m, 'shop', 'orders')).toEqual({ schema: 'sales', table: 'src_orders' });
    expect(targetColumns(m, 'shop', 'customers', ['id', 'name', 'email'])).toEqual([
      'id',
      'name',
      null,
    ]);
  });

  it('requires a value for rename and add-prefix', () => {
    const rule = {
      'rule-type': 'transformation',
      'rule-id': '2',
      'rule-name': 'p',
      'rule-target': 'table',
      'object-locator': { 'schema-name': 'shop', 'table-name': '%' },
      'rule-action': 'add-prefix',
    };
    expect(errorOf(JSON.stringify({ rules: [selection('1', '%'), rule] })).message).toMatch(
      /rule 2: "value" is required/,
    );
  });
});
