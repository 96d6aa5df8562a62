import { jsonValueType, mergeTypes } from '../formats/glueTypes';
import { jsonKindOf } from '../formats/detect';
import type { ClassifierMatch, InferredColumn } from './classifierModel';
import { TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT } from './classifierModel';

export type JsonVerdict = { match: ClassifierMatch } | { miss: string };

/** Columns in first-seen order, each typed as Glue types JSON (nested objects → struct, lists → array). */
export function jsonColumns(records: unknown[]): InferredColumn[] {
  const types = new Map<string, string | undefined>();
  for (const record of records) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    for (const [name, value] of Object.entries(record))
      types.set(name, mergeTypes(types.get(name), jsonValueType(value)));
  }
  return [...types].map(([name, type]) => ({
    name: name.toLowerCase(),
    type: type ?? 'string',
    why: whyJsonType(type),
  }));
}

function whyJsonType(type: string | undefined): string {
  if (type === undefined) return 'every value is null, so string';
  if (type.startsWith('struct<')) return 'values are JSON objects, so a struct of their fields';
  if (type.startsWith('array<')) return 'values are JSON lists, so an array';
  if (type === 'int') return 'whole numbers that fit 32 bits, so int';
  return `JSON values of type ${type}`;
}

function jsonMatch(
  classifierName: string,
  columns: InferredColumn[],
  why: string[],
): ClassifierMatch {
  return {
    classification: 'json',
    certainty: 1,
    columns,
    serde: {
      SerializationLibrary: 'org.openx.data.jsonserde.JsonSerDe',
      Parameters: { paths: columns.map((c) => c.name).join(',') },
    },
    inputFormat: TEXT_INPUT_FORMAT,
    outputFormat: TEXT_OUTPUT_FORMAT,
    parameters: {},
    why: [`${classifierName}: ${why.join('; ')}`],
  };
}

/** The documents in a JSON text: one per line (JSON Lines) or one for the whole text. */
export function jsonDocuments(text: string): unknown[] | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    if (jsonKindOf(trimmed) === 'lines')
      return trimmed
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as unknown);
    return [JSON.parse(trimmed) as unknown];
  } catch {
    return undefined;
  }
}

/** The built-in JSON classifier: the whole document is the schema; a top-level array is one `record` column. */
export function classifyBuiltInJson(text: string): JsonVerdict {
  const documents = jsonDocuments(text);
  if (!documents)
    return {
      miss: 'the text is not JSON (it does not parse as one document or one document per line)',
    };
  if (documents.length === 1 && Array.isArray(documents[0])) {
    // Glue: a top-level array gives the single column `record: array` unless a custom classifier uses $[*] (custom-classifier.html).
    const type = jsonValueType(documents[0]) ?? 'array<string>';
    return {
      match: jsonMatch(
        'built-in JSON',
        [
          {
            name: 'record',
            type,
            why: 'the file is one JSON array: without a custom classifier using $[*] it is a single array column',
          },
        ],
        ['one JSON document that is an array'],
      ),
    };
  }
  return {
    match: jsonMatch('built-in JSON', jsonColumns(documents), [
      documents.length > 1
        ? `${documents.length} JSON documents, one per line`
        : 'one JSON document',
    ]),
  };
}

/** The values a JSONPath subset selects: `$`, `$.a.b`, `$['a']`, `$[*]`, `$.a[*]`, `$.a[0]`. */
export function selectJsonPath(document: unknown, path: string): unknown[] {
  const steps = [
    ...path
      .slice(1)
      .matchAll(
        /\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\]|\[\s*(\*|\d+)\s*\]|\.\*/g,
      ),
  ];
  let current: unknown[] = [document];
  for (const step of steps) {
    const key = step[1] ?? step[2] ?? step[3];
    const index = step[4];
    current = current.flatMap((value): unknown[] => {
      if (value === null || typeof value !== 'object') return [];
      if (key !== undefined)
        return Array.isArray(value)
          ? []
          : [(value as Record<string, unknown>)[key]].filter((v) => v !== undefined);
      if (index === '*' || step[0] === '.*')
        return Array.isArray(value) ? value : Object.values(value);
      return Array.isArray(value) ? [value[Number(index)]].filter((v) => v !== undefined) : [];
    });
  }
  return current;
}

/** A custom JSON classifier: the JSONPath picks the records (custom-classifier.html). */
export function classifyCustomJson(text: string, name: string, path: string): JsonVerdict {
  const documents = jsonDocuments(text);
  if (!documents) return { miss: 'the text is not JSON' };
  const records = documents.flatMap((document) => selectJsonPath(document, path));
  if (records.length === 0) return { miss: `the JSON path ${path} selects nothing in this file` };
  const objects = records.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r));
  // Glue: a path that selects a scalar (e.g. $.id) gives the single column `record` (custom-classifier.html).
  const columns = objects
    ? jsonColumns(records)
    : [
        {
          name: 'record',
          type:
            records.reduce<string | undefined>(
              (t, r) => mergeTypes(t, jsonValueType(r)),
              undefined,
            ) ?? 'string',
          why: `the path ${path} selects values, not objects: one column named record`,
        },
      ];
  return {
    match: jsonMatch(name, columns, [
      `the path ${path} selects ${records.length} record${records.length === 1 ? '' : 's'}`,
    ]),
  };
}
