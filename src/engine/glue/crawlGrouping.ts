import type { InferredColumn } from './classifierModel';
import type { ObjectClassification } from './classifierRun';
import { exclusionFor, parseIncludePath } from './crawlExclusions';
import { sanitiseTableName, uniqueNames } from './crawlNames';
import { compatibility, mergeSchemas } from './crawlSchemas';

/** One object the crawler listed under an include path, with its classification. */
export interface CrawledObject {
  key: string;
  size: number;
  classification: ObjectClassification;
}

export interface GroupingOptions {
  /** `s3://bucket/folder/`, `bucket/folder/` or a bucket name alone. */
  includePath: string;
  exclusions?: readonly string[];
  tablePrefix?: string;
  /** Configuration Grouping.TableGroupingPolicy = CombineCompatibleSchemas. */
  combineCompatibleSchemas?: boolean;
  /** Configuration Grouping.TableLevelConfiguration: absolute folder level of tables (top folder = 1). */
  tableLevel?: number;
}

export interface PlannedPartition {
  values: string[];
  location: string;
  objectKeys: string[];
  why: string;
}

export interface PlannedTable {
  name: string;
  /** `s3://bucket/prefix/` of the table root (a file's own key when a single file is the table). */
  location: string;
  classification: string;
  compression: string;
  columns: InferredColumn[];
  partitionKeys: { name: string; type: 'string'; why: string }[];
  partitions: PlannedPartition[];
  objectKeys: string[];
  sizeBytes: number;
  /** The first file's classification: SerDe, formats and table parameters. */
  sample: ObjectClassification;
  why: string[];
}

export interface GroupingPlan {
  tables: PlannedTable[];
  excluded: { key: string; pattern: string }[];
  unclassified: { key: string; why: string }[];
}

interface Node {
  files: CrawledObject[];
  folders: Map<string, Node>;
}

const HIVE_FOLDER = /^([^=/]+)=(.*)$/;

function buildTree(files: CrawledObject[], prefix: string): Node {
  const root: Node = { files: [], folders: new Map() };
  for (const file of files) {
    const parts = file.key.slice(prefix.length).split('/');
    let node = root;
    for (const folder of parts.slice(0, -1)) {
      if (!node.folders.has(folder)) node.folders.set(folder, { files: [], folders: new Map() });
      node = node.folders.get(folder)!;
    }
    node.files.push(file);
  }
  return root;
}

const allFiles = (node: Node): CrawledObject[] => [
  ...node.files,
  ...[...node.folders.values()].flatMap(allFiles),
];

/** Partition keys per folder level below the table root: Hive `key=value` → key, else partition_N (aws-glue-programming-etl-partitions.html). */
function partitionKeysOf(folderPaths: string[][]): PlannedTable['partitionKeys'] {
  const depth = Math.max(0, ...folderPaths.map((p) => p.length));
  return Array.from({ length: depth }, (_, level) => {
    const names = new Set(
      folderPaths.map((p) => HIVE_FOLDER.exec(p[level] ?? '')?.[1]?.toLowerCase()),
    );
    const [only] = names;
    if (names.size === 1 && only !== undefined)
      return {
        name: only,
        type: 'string',
        why: `every folder at level ${level + 1} is named ${only}=<value> (Hive style)`,
      };
    // Our reading of the docs: an unnamed level is partition_<its level index>, so names stay put when a named level sits above.
    return {
      name: `partition_${level}`,
      type: 'string',
      why: `folders at level ${level + 1} are not all "<key>=<value>" with one key, so the key is partition_${level}`,
    };
  });
}

function planTable(
  bucket: string,
  rootPrefix: string,
  name: string,
  files: CrawledObject[],
  why: string[],
): PlannedTable {
  const folderPaths = files.map((f) => f.key.slice(rootPrefix.length).split('/').slice(0, -1));
  const partitionKeys = partitionKeysOf(folderPaths);
  const byFolder = new Map<string, CrawledObject[]>();
  files.forEach((file, i) => {
    const folder = folderPaths[i]!.join('/');
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  });
  const partitions =
    partitionKeys.length === 0
      ? []
      : [...byFolder].map(([folder, inFolder]) => {
          const values = folder.split('/').map((part) => HIVE_FOLDER.exec(part)?.[2] ?? part);
          return {
            values,
            location: `s3://${bucket}/${rootPrefix}${folder}/`,
            objectKeys: inFolder.map((f) => f.key),
            why: `files under ${folder}/ → partition (${partitionKeys.map((k, i) => `${k.name}=${values[i] ?? ''}`).join(', ')})`,
          };
        });
  const first = files[0]!;
  return {
    name,
    location: `s3://${bucket}/${rootPrefix}`,
    classification: first.classification.classification,
    compression: first.classification.compression,
    columns: mergeSchemas(files.map((f) => f.classification.schema)).filter(
      (c) => !partitionKeys.some((k) => k.name === c.name),
    ),
    partitionKeys,
    partitions,
    objectKeys: files.map((f) => f.key),
    sizeBytes: files.reduce((sum, f) => sum + f.size, 0),
    sample: first.classification,
    why,
  };
}

function singleFileTable(
  bucket: string,
  file: CrawledObject,
  prefix: string,
  why: string,
): PlannedTable {
  const name = sanitiseTableName(file.key.split('/').pop() ?? file.key, prefix);
  return {
    ...planTable(bucket, file.key.slice(0, file.key.lastIndexOf('/') + 1), name, [file], [why]),
    location: `s3://${bucket}/${file.key}`,
  };
}

/** Walks down from a folder until every file below a folder can be one table (crawler-s3-folder-table-partition.html). */
function planFolder(
  bucket: string,
  node: Node,
  folderPrefix: string,
  options: GroupingOptions,
  reasons: string[],
): PlannedTable[] {
  const files = allFiles(node);
  const verdict = compatibility(files, options.combineCompatibleSchemas ?? false);
  const depths = new Set(files.map((f) => f.key.slice(folderPrefix.length).split('/').length));
  const folderName = folderPrefix.replace(/\/$/, '').split('/').pop() || bucket;
  if (verdict.compatible && depths.size === 1) {
    const name = sanitiseTableName(folderName, options.tablePrefix);
    return [
      planTable(bucket, folderPrefix, name, files, [
        ...reasons,
        `s3://${bucket}/${folderPrefix} holds ${verdict.why}: one table named after the folder`,
      ]),
    ];
  }
  const why = verdict.compatible
    ? `files sit at different depths under s3://${bucket}/${folderPrefix}`
    : verdict.why;
  const here = [...reasons, `s3://${bucket}/${folderPrefix} is not one table: ${why}`];
  return [
    ...node.files.map((file) =>
      singleFileTable(
        bucket,
        file,
        options.tablePrefix ?? '',
        `${here.join('; ')}; ${file.key} sits directly in that folder, so it is a table of its own`,
      ),
    ),
    ...[...node.folders].flatMap(([folder, child]) =>
      planFolder(bucket, child, `${folderPrefix}${folder}/`, options, here),
    ),
  ];
}

/** TableLevelConfiguration: tables sit at an absolute folder level from the bucket (crawler-configuration.html). */
function planAtLevel(
  bucket: string,
  files: CrawledObject[],
  options: GroupingOptions & { tableLevel: number },
): PlannedTable[] {
  const roots = new Map<string, CrawledObject[]>();
  for (const file of files) {
    const folders = file.key.split('/').slice(0, -1);
    const root =
      folders.length >= options.tableLevel
        ? `${folders.slice(0, options.tableLevel).join('/')}/`
        : file.key;
    roots.set(root, [...(roots.get(root) ?? []), file]);
  }
  return [...roots].map(([root, inRoot]) =>
    root.endsWith('/')
      ? planTable(
          bucket,
          root,
          sanitiseTableName(root.slice(0, -1).split('/').pop() ?? bucket, options.tablePrefix),
          inRoot,
          [
            `TableLevelConfiguration ${options.tableLevel}: the table sits at level ${options.tableLevel}, s3://${bucket}/${root}`,
          ],
        )
      : singleFileTable(
          bucket,
          inRoot[0]!,
          options.tablePrefix ?? '',
          `TableLevelConfiguration ${options.tableLevel}: ${root} sits above level ${options.tableLevel}, so it is a table of its own`,
        ),
  );
}

/** Decides tables and partitions for the objects under one include path, with the reason for each. */
export function planTables(
  objects: readonly CrawledObject[],
  options: GroupingOptions,
): GroupingPlan {
  const { bucket, prefix } = parseIncludePath(options.includePath);
  // An include path may name one file (`bucket/folder/file.ext`, define-crawler.html): crawl that file alone.
  const isFile = prefix !== '' && !prefix.endsWith('/') && objects.some((o) => o.key === prefix);
  const folderPrefix = isFile
    ? prefix.slice(0, prefix.lastIndexOf('/') + 1)
    : prefix === '' || prefix.endsWith('/')
      ? prefix
      : `${prefix}/`;
  const excluded: GroupingPlan['excluded'] = [];
  const unclassified: GroupingPlan['unclassified'] = [];
  const kept: CrawledObject[] = [];
  for (const object of objects) {
    if (
      !object.key.startsWith(folderPrefix) ||
      object.key.endsWith('/') ||
      (isFile && object.key !== prefix)
    )
      continue;
    const pattern = exclusionFor(object.key.slice(folderPrefix.length), options.exclusions ?? []);
    if (pattern !== undefined) excluded.push({ key: object.key, pattern });
    else {
      // Glue still catalogs unrecognised files: a table classified UNKNOWN with no columns (athena-syntax-error-select-not-allowed).
      if (object.classification.classification === 'UNKNOWN')
        unclassified.push({ key: object.key, why: object.classification.why.join('; ') });
      kept.push(object);
    }
  }
  if (kept.length === 0) return { tables: [], excluded, unclassified };
  const tables =
    options.tableLevel !== undefined
      ? planAtLevel(bucket, kept, { ...options, tableLevel: options.tableLevel })
      : planFolder(bucket, buildTree(kept, folderPrefix), folderPrefix, options, []);
  return { tables: uniqueNames(tables), excluded, unclassified };
}
