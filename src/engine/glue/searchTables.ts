import type { PropertyPredicate, SearchTablesRequest, SortCriterion } from '@aws-sdk/client-glue';
import { invalidInput } from '../core/errors';
import { serviceArn } from '../core/ids';
import type { OperationContext, OperationDef } from '../core/operations';
import { glueOf } from './databases';
import { catalogViewFor } from '../lakeformation/glueAccess';
import { pageOf } from './names';
import type { GlueTable } from './state';
import { byText, currentOf, epochMsOf, tableOutput } from './tablesModel';

const TIME_FIELDS = new Set(['CreateTime', 'UpdateTime', 'LastAccessTime', 'LastAnalyzedTime']);
const TEXT_FIELDS = new Set(['Name', 'DatabaseName', 'Description', 'Owner', 'TableType']);

/** Every text SearchText looks at, lower-cased: names, descriptions, column names and comments, parameters. */
function searchableTexts(table: GlueTable): string[] {
  const texts: string[] = [];
  const add = (text: string | undefined) => {
    if (text) texts.push(text.toLowerCase());
  };
  add(table.Name);
  add(table.DatabaseName);
  add(table.Description);
  add(table.Owner);
  add(table.TableType);
  for (const column of table.StorageDescriptor?.Columns ?? []) {
    add(column.Name);
    add(column.Comment);
  }
  for (const column of table.PartitionKeys) {
    add(column.Name);
    add(column.Comment);
  }
  for (const [key, value] of Object.entries(table.Parameters ?? {})) {
    add(key);
    add(value);
  }
  return texts;
}

// Glue SearchTables: "Specifying a value in quotes filters based on an exact match to the value."
function textMatcher(searchText: string): (table: GlueTable) => boolean {
  const text = searchText.trim().toLowerCase();
  if (text === '') return () => true;
  const quoted = /^"(.*)"$/.exec(text)?.[1];
  const words = text.split(/\s+/);
  return (table) => {
    const texts = searchableTexts(table);
    return quoted !== undefined
      ? texts.some((t) => t === quoted)
      : words.every((word) => texts.some((t) => t.includes(word)));
  };
}

// Glue: string properties match by tokens split on punctuation (-, :, #…), each compared exactly with Value;
// the Comparator applies only to time fields.
function matchesFilter(table: GlueTable, filter: PropertyPredicate): boolean {
  const key = filter.Key ?? '';
  const value = filter.Value ?? '';
  if (TIME_FIELDS.has(key)) {
    const field = table[key as 'CreateTime'] as number | undefined;
    const wanted = epochMsOf(/^\d+(\.\d+)?$/.test(value) ? Number(value) : value) ?? 0;
    if (field === undefined) return false;
    const difference = field - wanted;
    const byComparator = {
      EQUALS: difference === 0,
      GREATER_THAN: difference > 0,
      LESS_THAN: difference < 0,
      GREATER_THAN_EQUALS: difference >= 0,
      LESS_THAN_EQUALS: difference <= 0,
    };
    return byComparator[filter.Comparator ?? 'EQUALS'];
  }
  const field = TEXT_FIELDS.has(key)
    ? (table[key as 'Name'] as string | undefined)
    : table.Parameters?.[key];
  if (field === undefined) return false;
  const lower = field.toLowerCase();
  return lower === value.toLowerCase() || lower.split(/[-:#\s./]+/).includes(value.toLowerCase());
}

function sortBy(criteria: SortCriterion[] | undefined): (a: GlueTable, b: GlueTable) => number {
  const criterion = criteria?.[0];
  if (criteria && criteria.length > 1)
    throw invalidInput(
      "1 validation error detected: Value at 'sortCriteria' failed to satisfy constraint: Member must have length less than or equal to 1",
    );
  const field = (criterion?.FieldName ?? 'Name') as keyof GlueTable;
  const direction = criterion?.Sort === 'DESC' ? -1 : 1;
  return (a, b) => {
    const [x, y] = [a[field], b[field]];
    const difference =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : byText(String(x ?? ''), String(y ?? ''));
    return (
      direction * (difference || byText(a.DatabaseName, b.DatabaseName) || byText(a.Name, b.Name))
    );
  };
}

// Glue SearchTables returns only tables the caller has access to (glue:SearchTables on the database and table ARNs).
function visibilityChecker(ctx: OperationContext): (table: GlueTable) => boolean {
  const arn = (table: GlueTable, resource: string) =>
    serviceArn('glue', table.CatalogId, resource, ctx.region);
  const databases = new Map<string, boolean>();
  return (table) => {
    let databaseVisible = databases.get(table.DatabaseName);
    if (databaseVisible === undefined) {
      databaseVisible = ctx.isAllowed({
        action: 'glue:SearchTables',
        resource: arn(table, `database/${table.DatabaseName}`),
      });
      databases.set(table.DatabaseName, databaseVisible);
    }
    return (
      databaseVisible &&
      ctx.isAllowed({
        action: 'glue:SearchTables',
        resource: arn(table, `table/${table.DatabaseName}/${table.Name}`),
      })
    );
  };
}

export const SearchTables: OperationDef<SearchTablesRequest> = {
  readOnly: true,
  authorize: (i, ctx) => [
    {
      action: 'glue:SearchTables',
      resource: serviceArn('glue', i.CatalogId ?? ctx.principal.accountId, 'catalog', ctx.region),
    },
  ],
  run(input, ctx) {
    const catalogId = input.CatalogId ?? ctx.principal.accountId;
    const isVisible = visibilityChecker(ctx);
    const lakeFormation = catalogViewFor(ctx);
    const matchesText = textMatcher(input.SearchText ?? '');
    const found = Object.values(glueOf(ctx).tables ?? {})
      .flatMap((tables) => Object.values(tables).map(currentOf))
      // Match first, then check access: IAM only decides for the tables the text found.
      .filter(
        (t) =>
          t.CatalogId === catalogId &&
          matchesText(t) &&
          (input.Filters ?? []).every((f) => matchesFilter(t, f)) &&
          isVisible(t) &&
          lakeFormation.isTableVisible(t),
      )
      .sort(sortBy(input.SortCriteria));
    const { page, NextToken } = pageOf(found, input);
    return {
      TableList: page.map((t) => lakeFormation.tableOutput(t, tableOutput(t))),
      ...(NextToken ? { NextToken } : {}),
    };
  },
};
