import type { Column, PartitionInput, StorageDescriptor, TableInput } from '@aws-sdk/client-glue';
import type { OperationContext } from '../core/operations';
import type { PlannedPartition, PlannedTable } from './crawlGrouping';
import type { CrawlTableOutcome, StoredCrawl, StoredCrawler } from './crawlModel';
import type { CrawlerSettings } from './crawlConfig';
import { explainTable, PARTITIONS_KEPT } from './crawlExplain';

/** Who the catalog calls run as, and where they write. */
export interface CatalogTarget {
  ctx: OperationContext;
  crawler: StoredCrawler;
  database: string;
  roleArn: string;
  settings: CrawlerSettings;
  crawl: StoredCrawl;
}

const columnsOf = (columns: { name: string; type: string }[]): Column[] =>
  columns.map((c) => ({ Name: c.name, Type: c.type }));

function storageOf(table: PlannedTable, location: string, columns: Column[]): StorageDescriptor {
  const sample = table.sample;
  return {
    Columns: columns,
    Location: location,
    InputFormat: sample.inputFormat,
    OutputFormat: sample.outputFormat,
    // Glue: compressionType is set only when the whole file is compressed (crawler-running.html).
    Compressed: table.compression !== 'none',
    NumberOfBuckets: -1,
    SerdeInfo: {
      SerializationLibrary: sample.serde?.SerializationLibrary,
      Parameters: { ...sample.serde?.Parameters },
    },
    Parameters: tableParameters(table, ''),
    StoredAsSubDirectories: false,
  };
}

/** Parameters crawlers write on tables (aws-semantics.md §2, secondary: crawler-created tables in public repos). */
function tableParameters(table: PlannedTable, crawlerName: string): Record<string, string> {
  return {
    ...table.sample.parameters,
    classification: table.classification,
    compressionType: table.compression,
    typeOfData: 'file',
    objectCount: String(table.objectKeys.length),
    sizeKey: String(table.sizeBytes),
    ...(crawlerName
      ? {
          UPDATED_BY_CRAWLER: crawlerName,
          CrawlerSchemaSerializerVersion: '1.0',
          CrawlerSchemaDeserializerVersion: '1.0',
        }
      : {}),
  };
}

export function tableInputOf(
  table: PlannedTable,
  crawlerName: string,
  columns = columnsOf(table.columns),
): TableInput {
  return {
    Name: table.name,
    TableType: 'EXTERNAL_TABLE',
    Owner: 'owner',
    Retention: 0,
    PartitionKeys: table.partitionKeys.map((k) => ({ Name: k.name, Type: k.type })),
    StorageDescriptor: storageOf(table, table.location, columns),
    Parameters: tableParameters(table, crawlerName),
  };
}

/** A partition carries the table's merged schema and formats (as with Partitions AddOrUpdateBehavior InheritFromTable). */
function partitionInputOf(table: PlannedTable, partition: PlannedPartition): PartitionInput {
  return {
    Values: partition.values,
    StorageDescriptor: storageOf(table, partition.location, columnsOf(table.columns)),
    Parameters: tableParameters(table, ''),
  };
}

/** Adds the planned partitions the table lacks (new partitions are always added, whatever the policy). */
async function addPartitions(target: CatalogTarget, table: PlannedTable): Promise<number> {
  let added = 0;
  for (let i = 0; i < table.partitions.length; i += 100) {
    const chunk = table.partitions.slice(i, i + 100);
    const result = await target.ctx.call<{
      Errors?: {
        PartitionValues?: string[];
        ErrorDetail?: { ErrorCode?: string; ErrorMessage?: string };
      }[];
    }>(
      'glue',
      'BatchCreatePartition',
      {
        DatabaseName: target.database,
        TableName: table.name,
        PartitionInputList: chunk.map((p) => partitionInputOf(table, p)),
      },
      { principal: target.roleArn },
    );
    const errors = result.Errors ?? [];
    for (const error of errors.filter((e) => e.ErrorDetail?.ErrorCode !== 'AlreadyExistsException'))
      target.crawl.log.push(
        `Partition (${(error.PartitionValues ?? []).join(', ')}) of ${table.name} was not added: ${error.ErrorDetail?.ErrorMessage ?? error.ErrorDetail?.ErrorCode ?? 'unknown error'}`,
      );
    added += chunk.length - errors.length;
  }
  return added;
}

const sameColumns = (a: Column[] = [], b: Column[] = []) =>
  a.length === b.length && a.every((c, i) => c.Name === b[i]?.Name && c.Type === b[i]?.Type);

/** The columns an update writes: all of them, or with MergeNewColumns only the existing ones plus new ones. */
function updatedColumns(
  existing: Column[],
  planned: Column[],
  settings: CrawlerSettings,
): Column[] {
  if (!settings.mergeNewColumns) return planned;
  const known = new Set(existing.map((c) => c.Name));
  return [...existing, ...planned.filter((c) => !known.has(c.Name))];
}

// SchemaChangePolicy UpdateBehavior UPDATE_IN_DATABASE or LOG applies to tables that exist (crawler-configuration.html).
const POLICY_WORDS: Record<'created' | 'updated' | 'unchanged' | 'logged', string> = {
  created:
    'The table did not exist yet, so the crawler created it. The schema change policy only matters for tables that already exist.',
  updated:
    'The schema differed from the table in the catalog and UpdateBehavior is UPDATE_IN_DATABASE, so the crawler updated the table.',
  unchanged:
    'The schema was the same as the table in the catalog, so the table was not changed; new partitions are added whatever the policy.',
  logged:
    'The schema differed from the table in the catalog, but UpdateBehavior is LOG, so the change was only logged and the table left as it was.',
};

/** Creates or updates one planned table and its partitions, as the crawler's role; returns what happened. */
export async function applyTable(
  target: CatalogTarget,
  table: PlannedTable,
): Promise<CrawlTableOutcome> {
  const { ctx, crawler, database, roleArn } = target;
  const as = { principal: roleArn };
  const base = {
    name: table.name,
    location: table.location,
    why: table.why,
    classification: table.classification,
    columns: table.columns,
    partitionKeys: table.partitionKeys,
    partitions: table.partitions
      .slice(0, PARTITIONS_KEPT)
      .map(({ values, location, why }) => ({ values, location, why })),
    ...(table.sample.classifierName ? { classifierName: table.sample.classifierName } : {}),
    explanation: explainTable(table),
  };
  let existing:
    | {
        Table: {
          StorageDescriptor?: StorageDescriptor;
          PartitionKeys?: Column[];
          Parameters?: Record<string, string>;
        };
      }
    | undefined;
  try {
    existing = await ctx.call('glue', 'GetTable', { DatabaseName: database, Name: table.name }, as);
  } catch (error) {
    if ((error as { name?: string }).name !== 'EntityNotFoundException') throw error;
  }
  if (!existing) {
    await ctx.call(
      'glue',
      'CreateTable',
      { DatabaseName: database, TableInput: tableInputOf(table, crawler.Name) },
      as,
    );
    return {
      ...base,
      action: 'created',
      policy: POLICY_WORDS.created,
      partitionsAdded: await addPartitions(target, table),
    };
  }
  const current = existing.Table.StorageDescriptor?.Columns ?? [];
  const columns = updatedColumns(current, columnsOf(table.columns), target.settings);
  const changed =
    existing.Table.Parameters?.['classification'] !== table.classification ||
    !sameColumns(current, columns) ||
    !sameColumns(
      existing.Table.PartitionKeys,
      table.partitionKeys.map((k) => ({ Name: k.name, Type: k.type })),
    );
  let action: CrawlTableOutcome['action'] = 'unchanged';
  if (changed && crawler.SchemaChangePolicy.UpdateBehavior === 'LOG') {
    action = 'logged';
    target.crawl.log.push(
      `Table ${table.name}: the schema changed, but UpdateBehavior is LOG, so the table was left as it was.`,
    );
  } else if (changed) {
    await ctx.call(
      'glue',
      'UpdateTable',
      { DatabaseName: database, TableInput: tableInputOf(table, crawler.Name, columns) },
      as,
    );
    action = 'updated';
  }
  const policy =
    action === 'updated' && target.settings.mergeNewColumns
      ? `${POLICY_WORDS.updated} MergeNewColumns is on, so existing columns were kept and only new ones added.`
      : POLICY_WORDS[action];
  return { ...base, action, policy, partitionsAdded: await addPartitions(target, table) };
}

/** Tables this crawler made earlier that this crawl did not find: DeleteBehavior decides (crawler-configuration.html). */
export async function handleMissingTables(
  target: CatalogTarget,
  found: Set<string>,
): Promise<CrawlTableOutcome[]> {
  const { ctx, crawler, database, roleArn } = target;
  const as = { principal: roleArn };
  const { TableList = [] } = await ctx.call<{
    TableList?: {
      Name: string;
      Parameters?: Record<string, string>;
      StorageDescriptor?: StorageDescriptor;
    }[];
  }>('glue', 'GetTables', { DatabaseName: database }, as);
  const gone = TableList.filter(
    (t) =>
      t.Parameters?.['UPDATED_BY_CRAWLER'] === crawler.Name &&
      !found.has(t.Name) &&
      t.Parameters['DEPRECATED_BY_CRAWLER'] === undefined,
  );
  const outcomes: CrawlTableOutcome[] = [];
  for (const table of gone) {
    const base = {
      name: table.Name,
      location: table.StorageDescriptor?.Location ?? '',
      partitionsAdded: 0,
    };
    const behavior = crawler.SchemaChangePolicy.DeleteBehavior ?? 'DEPRECATE_IN_DATABASE';
    if (behavior === 'DELETE_FROM_DATABASE') {
      await ctx.call('glue', 'DeleteTable', { DatabaseName: database, Name: table.Name }, as);
      outcomes.push({
        ...base,
        action: 'deleted',
        policy:
          'DeleteBehavior is DELETE_FROM_DATABASE, so the table was deleted from the catalog.',
        why: [
          "its data is gone from the crawler's targets and DeleteBehavior is DELETE_FROM_DATABASE",
        ],
      });
    } else if (behavior === 'DEPRECATE_IN_DATABASE') {
      // Our marker for a deprecated table: a DEPRECATED_BY_CRAWLER parameter (the docs say "deprecated", not how).
      const { Table } = await ctx.call<{ Table: TableInput & Record<string, unknown> }>(
        'glue',
        'GetTable',
        { DatabaseName: database, Name: table.Name },
        as,
      );
      const input: TableInput = {
        Name: Table.Name,
        TableType: Table.TableType,
        PartitionKeys: Table.PartitionKeys,
        StorageDescriptor: Table.StorageDescriptor,
        Parameters: { ...Table.Parameters, DEPRECATED_BY_CRAWLER: crawler.Name },
      };
      await ctx.call('glue', 'UpdateTable', { DatabaseName: database, TableInput: input }, as);
      outcomes.push({
        ...base,
        action: 'deprecated',
        policy:
          'DeleteBehavior is DEPRECATE_IN_DATABASE, so the table was kept and marked deprecated.',
        why: [
          "its data is gone from the crawler's targets and DeleteBehavior is DEPRECATE_IN_DATABASE",
        ],
      });
    } else {
      target.crawl.log.push(
        `Table ${table.Name}: its data is gone, but DeleteBehavior is LOG, so the table was kept.`,
      );
      outcomes.push({
        ...base,
        action: 'logged',
        policy: 'DeleteBehavior is LOG, so the table was kept as it was and the change logged.',
        why: ['its data is gone; DeleteBehavior LOG keeps it'],
      });
    }
  }
  return outcomes;
}
