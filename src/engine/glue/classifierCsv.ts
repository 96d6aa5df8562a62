import Papa from 'papaparse';
import { csvCellType } from '../formats/glueTypes';
import {
  type ClassifierMatch,
  type InferredColumn,
  type StoredClassifier,
  TEXT_INPUT_FORMAT,
  TEXT_OUTPUT_FORMAT,
} from './classifierModel';
import { csvColumnType, customCsvType } from './classifierTypes';

// Glue's built-in CSV classifier tries comma, pipe, tab, semicolon and Ctrl-A, in that order (add-classifier.html).
export const BUILT_IN_DELIMITERS = [',', '|', '\t', ';', '\u0001'];

export const delimiterName = (d: string): string =>
  d === '\t' ? 'tab' : d === '\u0001' ? 'Ctrl-A' : `"${d}"`;

/** A CSV verdict: a match, or the reason there is none. */
export type CsvVerdict = { match: ClassifierMatch } | { miss: string };

interface CsvOptions {
  delimiter: string;
  quote: string;
  header: 'PRESENT' | 'ABSENT' | 'UNKNOWN';
  headerNames?: string[];
  allowSingleColumn: boolean;
  trim: boolean;
  customTypes?: string[];
  classifierName: string;
}

function parse(
  text: string,
  delimiter: string,
  quote: string,
): { records: string[][]; quoted: boolean } {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimiter,
    quoteChar: quote,
  });
  return { records: result.data, quoted: text.includes(quote) && result.errors.length === 0 };
}

// Glue: a valid column name here means 1–255 characters with no control characters and none of
// `:` `,` `<` `>` (they would break a Hive type string). The docs do not spell the rule out; this is our reading.
const isValidColumnName = (name: string): boolean =>
  name.length >= 1 &&
  name.length <= 255 &&
  ![...name].some((ch) => ch.charCodeAt(0) < 0x20 || ':,<>'.includes(ch));

/** Glue's header rule, with the reason the first row was or was not taken as a header (add-classifier.html). */
export function headerDecision(records: string[][]): { isHeader: boolean; why: string } {
  const [first = [], ...data] = records;
  const last = first.length - 1;
  const notString = first.findIndex(
    (cell, i) => !(i === last && cell.trim() === '') && csvCellType(cell) !== 'string',
  );
  if (notString >= 0)
    return {
      isHeader: false,
      why: `first row is data: its cell "${first[notString]}" parses as ${csvCellType(first[notString]!) ?? 'empty'}, and every header cell must be a string`,
    };
  const long = first.findIndex((cell, i) => i < last && cell.length >= 150);
  if (long >= 0)
    return {
      isHeader: false,
      why: `first row is data: cell ${long + 1} is ${first[long]!.length} characters long, and header cells (except the last) must be under 150`,
    };
  const invalid = first.findIndex(
    (cell, i) => !(i === last && cell.trim() === '') && !isValidColumnName(cell.trim()),
  );
  if (invalid >= 0)
    return {
      isHeader: false,
      why: `first row is data: "${first[invalid]}" is not a valid column name`,
    };
  const nonString = first.findIndex(
    (_, i) => csvColumnType(data.map((row) => row[i] ?? '')).type !== 'string',
  );
  if (nonString < 0)
    return {
      isHeader: false,
      why: 'first row is data: every column is a string, so the first row is not different enough from the rest to be a header (the all-strings case)',
    };
  return {
    isHeader: true,
    why: `first row is a header: all its cells are strings and valid column names, while column "${first[nonString]}" holds ${csvColumnType(data.map((row) => row[nonString] ?? '')).type} values`,
  };
}

function columnsOf(
  records: string[][],
  names: string[] | undefined,
  options: CsvOptions,
): InferredColumn[] {
  const width = records[0]?.length ?? 0;
  return Array.from({ length: width }, (_, i) => {
    const cells = records.map((row) => row[i] ?? '');
    const typed =
      (options.customTypes && customCsvType(cells, options.customTypes)) ||
      csvColumnType(cells, options.trim);
    // Without a header Glue names columns col0, col1, … — zero-based as real crawlers do (the docs say col1; see aws-semantics.md §1).
    const name = (names?.[i]?.trim() || `col${i}`).toLowerCase();
    return { name, type: typed.type, why: typed.why };
  });
}

/** Classifies delimited text with one delimiter, as the built-in or a custom CSV classifier. */
export function classifyCsvWith(text: string, options: CsvOptions): CsvVerdict {
  const { records, quoted } = parse(text, options.delimiter, options.quote);
  const width = records[0]?.length ?? 0;
  const minColumns = options.allowSingleColumn ? 1 : 2;
  if (width < minColumns)
    return {
      miss: `${delimiterName(options.delimiter)} gives ${width} column${width === 1 ? '' : 's'}; CSV needs at least ${minColumns}`,
    };
  // Glue: at least two columns and two rows (add-classifier.html); our reading counts a header row as one of the two.
  if (records.length < 2)
    return {
      miss: `${delimiterName(options.delimiter)}: only ${records.length} row; CSV needs at least 2`,
    };
  const ragged = records.findIndex((row) => row.length !== width);
  if (ragged >= 0)
    return {
      miss: `${delimiterName(options.delimiter)}: row ${ragged + 1} has ${records[ragged]!.length} fields, the first row ${width}`,
    };
  const decision =
    options.header === 'PRESENT'
      ? {
          isHeader: true,
          why: 'the classifier says the file has a header (ContainsHeader PRESENT)',
        }
      : options.header === 'ABSENT'
        ? {
            isHeader: false,
            why: 'the classifier says the file has no header (ContainsHeader ABSENT)',
          }
        : headerDecision(records);
  const data = decision.isHeader ? records.slice(1) : records;
  const names = options.headerNames ?? (decision.isHeader ? records[0] : undefined);
  const columns = columnsOf(data, names, options);
  return { match: csvMatch(columns, options, decision, quoted) };
}

function csvMatch(
  columns: InferredColumn[],
  options: CsvOptions,
  decision: { isHeader: boolean; why: string },
  quoted: boolean,
): ClassifierMatch {
  // Built-in CSV tables use LazySimpleSerDe; quoted values get OpenCSVSerde (aws-facts/aws-semantics §1, secondary).
  const serde: ClassifierMatch['serde'] = quoted
    ? {
        SerializationLibrary: 'org.apache.hadoop.hive.serde2.OpenCSVSerde',
        Parameters: { separatorChar: options.delimiter, quoteChar: options.quote },
      }
    : {
        SerializationLibrary: 'org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe',
        Parameters: { 'field.delim': options.delimiter },
      };
  return {
    classification: 'csv',
    certainty: 1,
    columns,
    serde,
    inputFormat: TEXT_INPUT_FORMAT,
    outputFormat: TEXT_OUTPUT_FORMAT,
    parameters: {
      delimiter: options.delimiter,
      columnsOrdered: 'true',
      areColumnsQuoted: String(quoted),
      ...(decision.isHeader ? { 'skip.header.line.count': '1' } : {}),
    },
    why: [
      `${options.classifierName}: ${delimiterName(options.delimiter)} splits every row into ${columns.length} columns`,
      decision.why,
    ],
  };
}

/** The built-in CSV classifier: the first delimiter that fits wins (certainty 1.0), else no match. */
export function classifyBuiltInCsv(text: string): CsvVerdict {
  const misses: string[] = [];
  for (const delimiter of BUILT_IN_DELIMITERS) {
    const verdict = classifyCsvWith(text, {
      delimiter,
      quote: '"',
      header: 'UNKNOWN',
      allowSingleColumn: false,
      trim: true,
      classifierName: 'built-in CSV',
    });
    if ('match' in verdict) return verdict;
    misses.push(verdict.miss);
  }
  return { miss: `no delimiter fits: ${misses.join('; ')}` };
}

/** A custom CSV classifier (custom-classifier.html): its delimiter, quote, header option and header list. */
export function classifyCustomCsv(text: string, c: StoredClassifier): CsvVerdict {
  return classifyCsvWith(text, {
    delimiter: c.Delimiter ?? ',',
    quote: c.QuoteSymbol ?? '"',
    header: c.ContainsHeader ?? 'UNKNOWN',
    ...(c.Header && c.Header.length > 0 ? { headerNames: c.Header } : {}),
    allowSingleColumn: c.AllowSingleColumn ?? false,
    trim: !(c.DisableValueTrimming ?? false),
    ...(c.CustomDatatypeConfigured && c.CustomDatatypes ? { customTypes: c.CustomDatatypes } : {}),
    classifierName: c.Name,
  });
}
