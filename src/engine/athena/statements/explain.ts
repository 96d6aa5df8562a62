import { classifyStatement, ddlError, parseStatement, type Explain } from '../../sql/ddl';
import { analyzeQuery } from '../../sql/dialect';
import { allPartitions, findTable, isView, lower } from './catalog';
import { linesResult, type ResultSet, type StatementEnv } from './env';

/** The WHERE text of a query, roughly: enough to tell whether partition keys are filtered. */
function whereText(query: string): string {
  const match = /\bWHERE\b([\s\S]*?)(\bGROUP\s+BY\b|\bORDER\s+BY\b|\bLIMIT\b|\bHAVING\b|$)/i.exec(
    query,
  );
  return match?.[1] ?? '';
}

async function tableLines(
  env: StatementEnv,
  ref: { database?: string; table: string },
  read: string[] | '*',
  where: string,
): Promise<string[]> {
  const database = lower(ref.database ?? env.database);
  const table = await findTable(env, database, ref.table);
  const name = `${env.catalog}:${database}:${lower(ref.table)}`;
  if (!table) return [`    TableScan[table = ${name}] (table not found)`];
  if (isView(table)) return [`    View[${name}] (expanded from its stored SQL)`];
  const keys = (table.PartitionKeys ?? []).map((k) => k.Name ?? '');
  const lines = [
    `    TableScan[table = ${name}]`,
    `        Location: ${table.StorageDescriptor?.Location ?? ''}`,
    `        Columns read: ${read === '*' ? 'all columns' : read.join(', ') || '(none)'}`,
  ];
  if (keys.length === 0) return lines;
  const partitions = (await allPartitions(env, database, table.Name ?? '')).length;
  const filtered = keys.filter((key) => new RegExp(`\\b${key}\\b`, 'i').test(where));
  lines.push(
    `        Partition keys: ${keys.join(', ')} (${partitions} partitions in the catalog)`,
    filtered.length > 0
      ? `        Partition filter: on ${filtered.join(', ')}; only matching partitions are read`
      : `        Partition filter: none; all ${partitions} partitions are read`,
  );
  return lines;
}

/**
 * EXPLAIN query → one column `Query Plan`: the output columns, then each table scanned with
 * the columns read and whether a partition filter applies (a simplified athena-explain-statement.md plan).
 */
export async function explain(statement: Explain, env: StatementEnv): Promise<ResultSet> {
  if (statement.analyze)
    throw ddlError('NOT_SUPPORTED', 'LakeLab does not simulate EXPLAIN ANALYZE yet; use EXPLAIN.');
  const { query, writes } = explainedQuery(statement.query, env);
  if (statement.options.includes('TYPE VALIDATE')) {
    // Trino: EXPLAIN (TYPE VALIDATE) answers one boolean column, Valid, once the query analyses.
    await env.runQuery(`SELECT * FROM (${query}) LIMIT 0`);
    return { columns: [{ name: 'Valid', type: 'boolean' }], rows: [[1]] };
  }
  const analysis = analyzeQuery(query);
  const shape = await env.runQuery(`SELECT * FROM (${query}) LIMIT 0`);
  const lines = [
    ...(writes ? [`TableCommit[${writes}]`] : []),
    `Output[columnNames = [${shape.columns.map((c) => `${c.name}:${c.type}`).join(', ')}]]`,
  ];
  const where = whereText(query);
  for (const ref of analysis.tables) {
    const key = `${ref.database ? `${lower(ref.database)}.` : ''}${lower(ref.table)}`;
    const read = analysis.columns[key] ?? analysis.columns[lower(ref.table)] ?? '*';
    lines.push(...(await tableLines(env, ref, read, where)));
  }
  return linesResult('Query Plan', lines);
}

/** The SELECT an EXPLAIN looks at: the statement itself, or the query of a CTAS or INSERT INTO (athena-explain-statement.md). */
function explainedQuery(text: string, env: StatementEnv): { query: string; writes?: string } {
  const kind = classifyStatement(text);
  if (kind === 'QUERY') return { query: text };
  if (kind === 'CTAS' || kind === 'INSERT') {
    const inner = parseStatement(text);
    if (inner.type === 'Ctas' || inner.type === 'InsertInto') {
      const database = lower(inner.table.database ?? env.database);
      return {
        query: inner.query,
        writes: `${env.catalog}:${database}:${lower(inner.table.name)}`,
      };
    }
  }
  throw ddlError(
    'NOT_SUPPORTED',
    'EXPLAIN explains SELECT, CREATE TABLE AS SELECT and INSERT INTO statements.',
  );
}
