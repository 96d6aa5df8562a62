import type { CreateCrawlerRequest } from '@aws-sdk/client-glue';
import { invalidInput } from '../core/errors';
import type { OperationContext } from '../core/operations';
import { classifiersOf } from './classifiers';
import { classifierNotFound } from './classifierValidation';
import type { StoredCrawler } from './crawlModel';
import { parseCron } from './cronExpression';
import { glueName } from './names';

/** The crawler Configuration settings the simulator acts on (crawler-configuration.html). */
export interface CrawlerSettings {
  combineCompatibleSchemas: boolean;
  tableLevel?: number;
  mergeNewColumns: boolean;
  partitionsInheritFromTable: boolean;
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch (error) {
    throw invalidInput(`Crawler configuration is not valid JSON: ${(error as Error).message}`);
  }
  throw invalidInput('Crawler configuration must be a JSON object, e.g. {"Version":1.0}.');
}

const objectAt = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};

/** Reads and validates the Configuration JSON string (Version 1.0; Grouping; CrawlerOutput). */
export function crawlerSettings(configuration: string | undefined): CrawlerSettings {
  if (configuration === undefined || configuration.trim() === '')
    return {
      combineCompatibleSchemas: false,
      mergeNewColumns: false,
      partitionsInheritFromTable: false,
    };
  const config = parseJson(configuration);
  if (config['Version'] !== 1 && config['Version'] !== '1.0')
    throw invalidInput('Crawler configuration needs "Version": 1.0.');
  const grouping = objectAt(config['Grouping']);
  const policy = grouping['TableGroupingPolicy'];
  if (policy !== undefined && policy !== 'CombineCompatibleSchemas')
    throw invalidInput(
      `Grouping.TableGroupingPolicy "${String(policy)}" is not valid: the only value is CombineCompatibleSchemas.`,
    );
  const level = grouping['TableLevelConfiguration'];
  if (level !== undefined && (!Number.isInteger(level) || (level as number) < 1))
    throw invalidInput(
      'Grouping.TableLevelConfiguration must be a positive whole number (the top folder is level 1).',
    );
  const output = objectAt(config['CrawlerOutput']);
  return {
    combineCompatibleSchemas: policy === 'CombineCompatibleSchemas',
    ...(level !== undefined ? { tableLevel: level as number } : {}),
    mergeNewColumns: objectAt(output['Tables'])['AddOrUpdateBehavior'] === 'MergeNewColumns',
    partitionsInheritFromTable:
      objectAt(output['Partitions'])['AddOrUpdateBehavior'] === 'InheritFromTable',
  };
}

const UPDATE_BEHAVIORS = ['LOG', 'UPDATE_IN_DATABASE'];
const DELETE_BEHAVIORS = ['LOG', 'DELETE_FROM_DATABASE', 'DEPRECATE_IN_DATABASE'];
const RECRAWL_BEHAVIORS = ['CRAWL_EVERYTHING', 'CRAWL_NEW_FOLDERS_ONLY', 'CRAWL_EVENT_MODE'];

function checkEnum(value: string | undefined, allowed: string[], field: string): void {
  if (value !== undefined && !allowed.includes(value))
    throw invalidInput(
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    );
}

/** Validates a crawler definition as CreateCrawler/UpdateCrawler do; InvalidInputException names the problem. */
export function validateCrawler(ctx: OperationContext, crawler: StoredCrawler): void {
  glueName(crawler.Name, 'name');
  if (!crawler.Role)
    throw invalidInput(
      "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must not be null",
    );
  const targets = crawler.Targets;
  const others = (
    [
      'JdbcTargets',
      'MongoDBTargets',
      'DynamoDBTargets',
      'CatalogTargets',
      'DeltaTargets',
      'IcebergTargets',
      'HudiTargets',
    ] as const
  ).filter((k) => (targets[k]?.length ?? 0) > 0);
  if (others.length > 0)
    throw invalidInput(`LakeLab simulates S3 targets only; this crawler has ${others.join(', ')}.`);
  if ((targets.S3Targets?.length ?? 0) === 0)
    throw invalidInput(
      'Crawler targets are empty: add at least one S3 target with a Path such as s3://bucket/folder/.',
    );
  for (const target of targets.S3Targets ?? [])
    if (!target.Path || !/^(s3:\/\/)?[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(target.Path))
      throw invalidInput(
        `S3 target path "${target.Path ?? ''}" is not valid: use s3://bucket/folder/.`,
      );
  for (const target of targets.S3Targets ?? [])
    if (
      target.SampleSize !== undefined &&
      (!Number.isInteger(target.SampleSize) || target.SampleSize < 1 || target.SampleSize > 249)
    )
      throw invalidInput(
        `SampleSize ${target.SampleSize} is not valid: give 1–249 files per leaf folder, or leave it unset to crawl every file.`,
      );
  // Glue: a custom table prefix is at most 64 characters (crawler-running.html).
  if ((crawler.TablePrefix?.length ?? 0) > 64)
    throw invalidInput('TablePrefix must be at most 64 characters.');
  for (const name of crawler.Classifiers)
    if (!Object.hasOwn(classifiersOf(ctx), name)) throw classifierNotFound(name);
  if (crawler.Schedule !== undefined) parseCron(crawler.Schedule);
  checkEnum(
    crawler.SchemaChangePolicy.UpdateBehavior,
    UPDATE_BEHAVIORS,
    'schemaChangePolicy.updateBehavior',
  );
  checkEnum(
    crawler.SchemaChangePolicy.DeleteBehavior,
    DELETE_BEHAVIORS,
    'schemaChangePolicy.deleteBehavior',
  );
  checkEnum(
    crawler.RecrawlPolicy.RecrawlBehavior,
    RECRAWL_BEHAVIORS,
    'recrawlPolicy.recrawlBehavior',
  );
  // Glue: incremental crawls force update and delete behaviour to LOG (incremental-crawls.html).
  if (
    crawler.RecrawlPolicy.RecrawlBehavior === 'CRAWL_NEW_FOLDERS_ONLY' &&
    (crawler.SchemaChangePolicy.UpdateBehavior !== 'LOG' ||
      crawler.SchemaChangePolicy.DeleteBehavior !== 'LOG')
  )
    throw invalidInput(
      'The SchemaChangePolicy for a crawler that crawls new folders only (CRAWL_NEW_FOLDERS_ONLY) must have UpdateBehavior LOG and DeleteBehavior LOG.',
    );
  crawlerSettings(crawler.Configuration);
}

/** A stored crawler from CreateCrawler's input, with Glue's defaults. */
export function crawlerFromInput(input: CreateCrawlerRequest, now: number): StoredCrawler {
  return {
    Name: input.Name ?? '',
    Role: input.Role ?? '',
    ...(input.DatabaseName !== undefined ? { DatabaseName: input.DatabaseName } : {}),
    ...(input.Description !== undefined ? { Description: input.Description } : {}),
    Targets: input.Targets ?? {},
    Classifiers: input.Classifiers ?? [],
    ...(input.TablePrefix !== undefined ? { TablePrefix: input.TablePrefix } : {}),
    ...(input.Schedule !== undefined && input.Schedule !== '' ? { Schedule: input.Schedule } : {}),
    // Glue defaults: UPDATE_IN_DATABASE and DEPRECATE_IN_DATABASE; CRAWL_EVERYTHING (crawler-configuration.html).
    SchemaChangePolicy: {
      UpdateBehavior: 'UPDATE_IN_DATABASE',
      DeleteBehavior: 'DEPRECATE_IN_DATABASE',
      ...input.SchemaChangePolicy,
    },
    RecrawlPolicy: { RecrawlBehavior: 'CRAWL_EVERYTHING', ...input.RecrawlPolicy },
    ...(input.LineageConfiguration !== undefined
      ? { LineageConfiguration: input.LineageConfiguration }
      : {}),
    ...(input.Configuration !== undefined ? { Configuration: input.Configuration } : {}),
    State: 'READY',
    CreationTime: now,
    LastUpdated: now,
    Version: 1,
  };
}

/** A role name or ARN as the ARN the crawler acts as (Glue accepts either, with an optional path). */
export function roleArnOf(role: string, accountId: string): string {
  return role.startsWith('arn:') ? role : `arn:aws:iam::${accountId}:role/${role}`;
}
