import { mergeTypes } from '../formats/glueTypes';
import type { InferredColumn } from './classifierModel';
import type { ObjectClassification } from './classifierRun';

/**
 * Our similarity rule (the docs only say "similar"; they give no number): a folder's files are
 * similar when each file's columns cover at least 70% of the columns of all the files together,
 * and columns they share have compatible types (equal, or both numeric). 70% lets a later file
 * add a column or two (3 of 4 columns = 75%) while {A,B} beside {C,D} (50%) stays apart, which
 * is what the CombineCompatibleSchemas example in crawler-configuration.html needs.
 */
export const SIMILARITY_THRESHOLD = 0.7;

const NUMERIC = ['tinyint', 'smallint', 'int', 'bigint', 'float', 'double'];
const compatibleTypes = (a: string, b: string) =>
  a === b || (NUMERIC.includes(a) && NUMERIC.includes(b));

/** The union of schemas: columns in first-seen order, types merged (numbers widen, else string). */
export function mergeSchemas(schemas: readonly InferredColumn[][]): InferredColumn[] {
  const merged = new Map<string, InferredColumn>();
  for (const schema of schemas)
    for (const column of schema) {
      const seen = merged.get(column.name);
      merged.set(
        column.name,
        seen ? { ...seen, type: mergeTypes(seen.type, column.type) ?? 'string' } : column,
      );
    }
  return [...merged.values()];
}

/** The share of the union's columns one schema has, with a compatible type. */
export function coverage(
  schema: readonly InferredColumn[],
  union: readonly InferredColumn[],
): number {
  if (union.length === 0) return 1;
  const own = new Map(schema.map((c) => [c.name, c.type]));
  const shared = union.filter(
    (c) => own.has(c.name) && compatibleTypes(own.get(c.name)!, c.type),
  ).length;
  return shared / union.length;
}

export interface Compatibility {
  compatible: boolean;
  why: string;
}

/**
 * Whether files can be one table: same format and same compression always (tables-described.html);
 * similar schemas unless CombineCompatibleSchemas is on (crawler-configuration.html).
 */
export function compatibility(
  files: readonly { key: string; classification: ObjectClassification }[],
  ignoreSchemas: boolean,
): Compatibility {
  const [first] = files;
  if (!first) return { compatible: true, why: 'no files' };
  if (files.length === 1)
    return {
      compatible: true,
      why: `one ${first.classification.classification} file (compression ${first.classification.compression})`,
    };
  const format = files.find(
    (f) => f.classification.classification !== first.classification.classification,
  );
  if (format)
    return {
      compatible: false,
      why: `formats differ: ${first.key} is ${first.classification.classification}, ${format.key} is ${format.classification.classification}`,
    };
  const compression = files.find(
    (f) => f.classification.compression !== first.classification.compression,
  );
  if (compression)
    return {
      compatible: false,
      why: `compression differs: ${first.key} is ${first.classification.compression}, ${compression.key} is ${compression.classification.compression}`,
    };
  if (ignoreSchemas)
    return {
      compatible: true,
      why: `${files.length} files of the same format (${first.classification.classification}) and compression (${first.classification.compression}); schemas combined because TableGroupingPolicy is CombineCompatibleSchemas`,
    };
  const union = mergeSchemas(files.map((f) => f.classification.schema));
  for (const file of files) {
    const share = coverage(file.classification.schema, union);
    if (share < SIMILARITY_THRESHOLD)
      return {
        compatible: false,
        why: `schemas are not similar: ${file.key} has ${Math.round(share * 100)}% of the ${union.length} columns seen under this folder (needs ${SIMILARITY_THRESHOLD * 100}%)`,
      };
  }
  return {
    compatible: true,
    why: `${files.length} files of the same format (${first.classification.classification}), same compression (${first.classification.compression}) and similar schemas (each file has at least ${SIMILARITY_THRESHOLD * 100}% of the columns)`,
  };
}
