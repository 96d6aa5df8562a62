import { AwsError, invalidInput } from '../core/errors';
import { compileGrok } from './classifierGrok';
import type { ClassifierKind, StoredClassifier } from './classifierModel';
import { glueName } from './names';

export const CLASSIFIER_KINDS: ClassifierKind[] = [
  'GrokClassifier',
  'XMLClassifier',
  'JsonClassifier',
  'CsvClassifier',
];

// Glue CSV classifier CustomDatatypes accepts these names (CreateCsvClassifierRequest).
const CUSTOM_DATATYPES = [
  'BINARY',
  'BOOLEAN',
  'DATE',
  'DECIMAL',
  'DOUBLE',
  'FLOAT',
  'INT',
  'LONG',
  'SHORT',
  'STRING',
  'TIMESTAMP',
];
const HEADER_OPTIONS = ['PRESENT', 'ABSENT', 'UNKNOWN'];
const SERDE_OPTIONS = ['OpenCSVSerDe', 'LazySimpleSerDe', 'None'];

/** The one classifier kind a Create/UpdateClassifier request carries; two or none is InvalidInputException. */
export function kindOf(input: Partial<Record<ClassifierKind, unknown>>): ClassifierKind {
  const kinds = CLASSIFIER_KINDS.filter((kind) => input[kind] !== undefined);
  if (kinds.length !== 1)
    throw invalidInput(
      kinds.length === 0
        ? 'One of GrokClassifier, XMLClassifier, JsonClassifier or CsvClassifier is required.'
        : `Give exactly one classifier: this request has ${kinds.join(' and ')}.`,
    );
  return kinds[0]!;
}

const required = (value: string | undefined, field: string): string => {
  if (value === undefined || value === '')
    throw invalidInput(
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  return value;
};

function checkLength(value: string | undefined, field: string, max: number): void {
  if (value !== undefined && value.length > max)
    throw invalidInput(
      `1 validation error detected: Value at '${field}' failed to satisfy constraint: Member must have length less than or equal to ${max}`,
    );
}

function checkCsv(c: StoredClassifier): void {
  for (const [field, value] of [
    ['delimiter', c.Delimiter],
    ['quoteSymbol', c.QuoteSymbol],
  ] as const)
    if (value !== undefined && value.length !== 1)
      throw invalidInput(
        `1 validation error detected: Value '${value}' at 'csvClassifier.${field}' failed to satisfy constraint: Member must have length 1`,
      );
  // Glue: the quote symbol must be different from the column delimiter (custom-classifier.html).
  if ((c.QuoteSymbol ?? '"') === (c.Delimiter ?? ','))
    throw invalidInput(
      `The quote symbol and the delimiter are both "${c.Delimiter ?? ','}": they must differ.`,
    );
  if (c.ContainsHeader !== undefined && !HEADER_OPTIONS.includes(c.ContainsHeader))
    throw invalidInput(
      `1 validation error detected: Value '${String(c.ContainsHeader)}' at 'csvClassifier.containsHeader' failed to satisfy constraint: Member must satisfy enum value set: [UNKNOWN, PRESENT, ABSENT]`,
    );
  if (c.Serde !== undefined && !SERDE_OPTIONS.includes(c.Serde))
    throw invalidInput(
      `1 validation error detected: Value '${c.Serde}' at 'csvClassifier.serde' failed to satisfy constraint: Member must satisfy enum value set: [OpenCSVSerDe, LazySimpleSerDe, None]`,
    );
  for (const column of c.Header ?? []) checkLength(column, 'csvClassifier.header.member', 255);
  for (const type of c.CustomDatatypes ?? [])
    if (!CUSTOM_DATATYPES.includes(type))
      throw invalidInput(
        `Custom datatype "${type}" is not supported: use ${CUSTOM_DATATYPES.join(', ')}.`,
      );
}

/** Validates a classifier's fields as Glue does; throws InvalidInputException naming the field. */
export function validateClassifier(c: StoredClassifier): void {
  const field = c.kind.charAt(0).toLowerCase() + c.kind.slice(1);
  switch (c.kind) {
    case 'GrokClassifier':
      checkLength(
        required(c.Classification, `${field}.classification`),
        `${field}.classification`,
        255,
      );
      checkLength(required(c.GrokPattern, `${field}.grokPattern`), `${field}.grokPattern`, 2048);
      checkLength(c.CustomPatterns, `${field}.customPatterns`, 16000);
      compileGrok(c.GrokPattern!, c.CustomPatterns);
      return;
    case 'XMLClassifier':
      required(c.Classification, `${field}.classification`);
      // Glue XML: the row tag is an element name without angle brackets (custom-classifier.html).
      if (c.RowTag !== undefined && /[<>/\s]/.test(c.RowTag))
        throw invalidInput(
          `Row tag "${c.RowTag}" must be an element name without angle brackets or spaces, e.g. "record".`,
        );
      return;
    case 'JsonClassifier':
      if (!required(c.JsonPath, `${field}.jsonPath`).startsWith('$'))
        throw invalidInput(
          `JSON path "${c.JsonPath ?? ''}" must start with "$", e.g. "$[*]" or "$.records[*]".`,
        );
      return;
    case 'CsvClassifier':
      checkCsv(c);
  }
}

/** A stored classifier from a Create request's member: name validated (classifier names keep their case). */
export function classifierFromInput(
  kind: ClassifierKind,
  input: Record<string, unknown>,
  now: number,
): StoredClassifier {
  const field = `${kind.charAt(0).toLowerCase()}${kind.slice(1)}.name`;
  const name = input['Name'] as string | undefined;
  glueName(name, field);
  const stored = {
    ...input,
    Name: name!,
    kind,
    CreationTime: now,
    LastUpdated: now,
    Version: 1,
  } as StoredClassifier;
  validateClassifier(stored);
  return stored;
}

export function classifierNotFound(name: string | undefined): AwsError {
  return new AwsError('EntityNotFoundException', `Classifier ${name ?? ''} not found.`);
}
