import { invalidValue } from './common';

export type SelectionAction = 'include' | 'exclude' | 'explicit';
export type TransformationTarget = 'schema' | 'table' | 'column';
export type TransformationAction =
  | 'rename'
  | 'add-prefix'
  | 'add-suffix'
  | 'remove-prefix'
  | 'remove-suffix'
  | 'convert-lowercase'
  | 'convert-uppercase'
  | 'remove-column';

export interface SelectionRule {
  ruleName: string;
  schema: string;
  table: string;
  action: SelectionAction;
}

export interface TransformationRule {
  ruleName: string;
  target: TransformationTarget;
  schema: string;
  table: string;
  column: string;
  action: TransformationAction;
  value?: string;
}

export interface TableMapping {
  selections: SelectionRule[];
  transformations: TransformationRule[];
}

const SELECTION_ACTIONS: readonly SelectionAction[] = ['include', 'exclude', 'explicit'];
const TRANSFORMATION_ACTIONS: readonly TransformationAction[] = [
  'rename',
  'add-prefix',
  'add-suffix',
  'remove-prefix',
  'remove-suffix',
  'convert-lowercase',
  'convert-uppercase',
  'remove-column',
];
const NEEDS_VALUE: readonly TransformationAction[] = [
  'rename',
  'add-prefix',
  'add-suffix',
  'remove-prefix',
  'remove-suffix',
];

const problem = (message: string) => invalidValue(`Invalid Table Mappings document: ${message}`);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

function text(rule: Json, field: string, where: string, required = true): string {
  const value = rule[field];
  if (value === undefined && !required) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string' || value === '')
    throw problem(`${where}: "${field}" is required and must be a string.`);
  return value;
}

function locatorOf(rule: Json, where: string): Json {
  const locator = rule['object-locator'];
  if (!isObject(locator)) throw problem(`${where}: "object-locator" is required.`);
  return locator;
}

function selectionOf(rule: Json, where: string): SelectionRule {
  const locator = locatorOf(rule, where);
  const action = text(rule, 'rule-action', where) as SelectionAction;
  if (!SELECTION_ACTIONS.includes(action))
    throw problem(
      `${where}: rule-action "${action}" is not valid for a selection rule; use include, exclude or explicit.`,
    );
  return {
    ruleName: text(rule, 'rule-name', where),
    schema: text(locator, 'schema-name', `${where} object-locator`),
    table: text(locator, 'table-name', `${where} object-locator`),
    action,
  };
}

function transformationOf(rule: Json, where: string): TransformationRule {
  const locator = locatorOf(rule, where);
  const target = text(rule, 'rule-target', where) as TransformationTarget;
  if (!['schema', 'table', 'column'].includes(target))
    throw problem(
      `${where}: rule-target "${target}" is not one LakeLab simulates; use schema, table or column.`,
    );
  const action = text(rule, 'rule-action', where) as TransformationAction;
  if (!TRANSFORMATION_ACTIONS.includes(action))
    throw problem(
      `${where}: rule-action "${action}" is not one LakeLab simulates; use ${TRANSFORMATION_ACTIONS.join(', ')}.`,
    );
  if (action === 'remove-column' && target !== 'column')
    throw problem(`${where}: remove-column needs rule-target column.`);
  const out: TransformationRule = {
    ruleName: text(rule, 'rule-name', where),
    target,
    schema: text(locator, 'schema-name', `${where} object-locator`),
    table: target === 'schema' ? '%' : text(locator, 'table-name', `${where} object-locator`),
    column: target === 'column' ? text(locator, 'column-name', `${where} object-locator`) : '%',
    action,
  };
  if (NEEDS_VALUE.includes(action)) out.value = text(rule, 'value', where);
  return out;
}

/** Parses and validates a task's TableMappings JSON, with an error that names the rule and field. */
export function parseTableMappings(json: string | undefined): TableMapping {
  if (!json) throw invalidValue('TableMappings is required.');
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    throw problem(`not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(document) || !Array.isArray(document.rules))
    throw problem('the document must be an object with a "rules" array.');
  const mapping: TableMapping = { selections: [], transformations: [] };
  const ids = new Set<string>();
  document.rules.forEach((rule: unknown, index) => {
    const where = `rule ${index + 1}`;
    if (!isObject(rule)) throw problem(`${where} is not an object.`);
    const id = text(rule, 'rule-id', where);
    if (ids.has(id)) throw problem(`${where}: rule-id ${id} is used by another rule.`);
    ids.add(id);
    const type = text(rule, 'rule-type', where);
    if (type === 'selection') mapping.selections.push(selectionOf(rule, where));
    else if (type === 'transformation') mapping.transformations.push(transformationOf(rule, where));
    else
      throw problem(`${where}: rule-type "${type}" is not valid; use selection or transformation.`);
  });
  // DMS: a task needs at least one selection rule that includes something.
  if (!mapping.selections.some((s) => s.action !== 'exclude'))
    throw problem('at least one selection rule with rule-action include is required.');
  return mapping;
}

// DMS table-mapping wildcards: % any characters, _ one character, [_] a literal underscore,
// [ab] a set, [a-d] a range (CHAP_Tasks.CustomizingTasks.TableMapping.SelectionTransformation.Wildcards.html).
export function wildcardRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '%') source += '.*';
    else if (c === '_') source += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) source += '\\[';
      else {
        source += `[${pattern.slice(i + 1, end).replace(/[\\^]/g, '\\$&')}]`;
        i = end;
      }
    } else source += c.replace(/[.*+?^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const matches = (pattern: string, value: string) => wildcardRegExp(pattern).test(value);

/** Is the table selected: an include (or an explicit name) matches and no exclude does. */
export function isSelected(mapping: TableMapping, schema: string, table: string): boolean {
  let included = false;
  for (const rule of mapping.selections) {
    const hit =
      rule.action === 'explicit'
        ? rule.schema === schema && rule.table === table
        : matches(rule.schema, schema) && matches(rule.table, table);
    if (!hit) continue;
    // DMS: an exclude rule wins over any include for the tables it matches.
    if (rule.action === 'exclude') return false;
    included = true;
  }
  return included;
}

function transform(name: string, rule: TransformationRule): string {
  const value = rule.value ?? '';
  switch (rule.action) {
    case 'rename':
      return value;
    case 'add-prefix':
      return value + name;
    case 'add-suffix':
      return name + value;
    case 'remove-prefix':
      return name.startsWith(value) ? name.slice(value.length) : name;
    case 'remove-suffix':
      return name.endsWith(value) ? name.slice(0, name.length - value.length) : name;
    case 'convert-lowercase':
      return name.toLowerCase();
    case 'convert-uppercase':
      return name.toUpperCase();
    case 'remove-column':
      return name;
  }
}

/** The target schema and table names after the transformation rules, applied in order. */
export function targetNames(
  mapping: TableMapping,
  schema: string,
  table: string,
): { schema: string; table: string } {
  let targetSchema = schema;
  let targetTable = table;
  for (const rule of mapping.transformations) {
    if (rule.target === 'schema' && matches(rule.schema, schema))
      targetSchema = transform(targetSchema, rule);
    if (rule.target === 'table' && matches(rule.schema, schema) && matches(rule.table, table))
      targetTable = transform(targetTable, rule);
  }
  return { schema: targetSchema, table: targetTable };
}

/** Each source column's target name, or null when a remove-column rule drops it. */
export function targetColumns(
  mapping: TableMapping,
  schema: string,
  table: string,
  columns: readonly string[],
): (string | null)[] {
  return columns.map((column) => {
    let name: string | null = column;
    for (const rule of mapping.transformations) {
      if (rule.target !== 'column' || name === null) continue;
      if (
        !matches(rule.schema, schema) ||
        !matches(rule.table, table) ||
        !matches(rule.column, column)
      )
        continue;
      name = rule.action === 'remove-column' ? null : transform(name, rule);
    }
    return name;
  });
}
