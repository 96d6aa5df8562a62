import type { Classifier, CreateClassifierRequest } from '@aws-sdk/client-glue';

export type ClassifierKind =
  'GrokClassifier' | 'CsvClassifier' | 'JsonClassifier' | 'XMLClassifier';
export type HeaderOption = 'PRESENT' | 'ABSENT' | 'UNKNOWN';

export const KIND_LABELS: Record<ClassifierKind, string> = {
  GrokClassifier: 'Grok',
  CsvClassifier: 'CSV',
  JsonClassifier: 'JSON',
  XMLClassifier: 'XML',
};

/** The Create/Edit classifier form's fields. */
export interface ClassifierDraft {
  kind: ClassifierKind;
  name: string;
  classification: string;
  grokPattern: string;
  customPatterns: string;
  delimiter: string;
  quoteSymbol: string;
  containsHeader: HeaderOption;
  /** Column names, comma-separated. */
  header: string;
  jsonPath: string;
  rowTag: string;
}

export const EMPTY_CLASSIFIER: ClassifierDraft = {
  kind: 'GrokClassifier',
  name: '',
  classification: '',
  grokPattern: '',
  customPatterns: '',
  delimiter: ',',
  quoteSymbol: '"',
  containsHeader: 'UNKNOWN',
  header: '',
  jsonPath: '$[*]',
  rowTag: '',
};

/** The kind's member of CreateClassifier/UpdateClassifier's input. */
export function classifierInput(d: ClassifierDraft): CreateClassifierRequest {
  const Name = d.name.trim();
  switch (d.kind) {
    case 'GrokClassifier':
      return {
        GrokClassifier: {
          Name,
          Classification: d.classification,
          GrokPattern: d.grokPattern,
          ...(d.customPatterns ? { CustomPatterns: d.customPatterns } : {}),
        },
      };
    case 'CsvClassifier': {
      const header = d.header
        .split(',')
        .map((h) => h.trim())
        .filter(Boolean);
      return {
        CsvClassifier: {
          Name,
          Delimiter: d.delimiter,
          QuoteSymbol: d.quoteSymbol,
          ContainsHeader: d.containsHeader,
          ...(header.length ? { Header: header } : {}),
        },
      };
    }
    case 'JsonClassifier':
      return { JsonClassifier: { Name, JsonPath: d.jsonPath } };
    case 'XMLClassifier':
      return { XMLClassifier: { Name, Classification: d.classification, RowTag: d.rowTag } };
  }
}

/** A draft from a stored classifier, for Edit. */
export function classifierDraftOf(c: Classifier): ClassifierDraft {
  if (c.GrokClassifier) {
    const g = c.GrokClassifier;
    return {
      ...EMPTY_CLASSIFIER,
      kind: 'GrokClassifier',
      name: g.Name ?? '',
      classification: g.Classification ?? '',
      grokPattern: g.GrokPattern ?? '',
      customPatterns: g.CustomPatterns ?? '',
    };
  }
  if (c.CsvClassifier) {
    const v = c.CsvClassifier;
    return {
      ...EMPTY_CLASSIFIER,
      kind: 'CsvClassifier',
      name: v.Name ?? '',
      delimiter: v.Delimiter ?? ',',
      quoteSymbol: v.QuoteSymbol ?? '"',
      containsHeader: (v.ContainsHeader ?? 'UNKNOWN') as HeaderOption,
      header: (v.Header ?? []).join(', '),
    };
  }
  if (c.JsonClassifier)
    return {
      ...EMPTY_CLASSIFIER,
      kind: 'JsonClassifier',
      name: c.JsonClassifier.Name ?? '',
      jsonPath: c.JsonClassifier.JsonPath ?? '',
    };
  const x = c.XMLClassifier;
  return {
    ...EMPTY_CLASSIFIER,
    kind: 'XMLClassifier',
    name: x?.Name ?? '',
    classification: x?.Classification ?? '',
    rowTag: x?.RowTag ?? '',
  };
}

export type ClassifierField =
  | 'name'
  | 'classification'
  | 'grokPattern'
  | 'customPatterns'
  | 'delimiter'
  | 'quoteSymbol'
  | 'containsHeader'
  | 'header'
  | 'jsonPath'
  | 'rowTag';

const FIELD_PATTERNS: [ClassifierField, RegExp][] = [
  ['name', /\.name'|already exists/i],
  ['quoteSymbol', /quoteSymbol|quote symbol/i],
  ['delimiter', /delimiter/i],
  ['containsHeader', /containsHeader/i],
  ['header', /header/i],
  ['jsonPath', /jsonPath|JSON path/i],
  ['rowTag', /row ?tag/i],
  ['customPatterns', /customPatterns|custom pattern/i],
  ['classification', /\.classification'/i],
  ['grokPattern', /grok|pattern/i],
];

/** The form field a CreateClassifier/UpdateClassifier error concerns, from the words it names. */
export function fieldOfError(message: string): ClassifierField | undefined {
  return FIELD_PATTERNS.find(([, pattern]) => pattern.test(message))?.[0];
}
