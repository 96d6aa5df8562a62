/** The four custom classifier kinds, named as the Glue API's `Classifier` members are. */
export type ClassifierKind =
  'GrokClassifier' | 'XMLClassifier' | 'JsonClassifier' | 'CsvClassifier';

export type CsvHeaderOption = 'PRESENT' | 'ABSENT' | 'UNKNOWN';

/** A custom classifier as stored: plain data, times in simulated epoch milliseconds. */
export interface StoredClassifier {
  Name: string;
  kind: ClassifierKind;
  CreationTime: number;
  LastUpdated: number;
  Version: number;
  /** Grok and XML: the classification string written to tables. */
  Classification?: string;
  GrokPattern?: string;
  CustomPatterns?: string;
  RowTag?: string;
  JsonPath?: string;
  Delimiter?: string;
  QuoteSymbol?: string;
  ContainsHeader?: CsvHeaderOption;
  Header?: string[];
  DisableValueTrimming?: boolean;
  AllowSingleColumn?: boolean;
  CustomDatatypeConfigured?: boolean;
  CustomDatatypes?: string[];
  Serde?: string;
}

/** One column of an inferred schema, with the reason it got its type. */
export interface InferredColumn {
  name: string;
  type: string;
  why?: string;
}

/** What one classifier said about one object. */
export interface ClassifierVerdict {
  name: string;
  certainty: number;
  why: string;
}

/** A classifier's answer when it matches: the classification, the schema, and table parameters. */
export interface ClassifierMatch {
  classification: string;
  certainty: number;
  columns: InferredColumn[];
  serde: { SerializationLibrary: string; Parameters: Record<string, string> };
  inputFormat: string;
  outputFormat: string;
  /** Table parameters the crawler writes (delimiter, skip.header.line.count, grokPattern…). */
  parameters: Record<string, string>;
  why: string[];
}

export const TEXT_INPUT_FORMAT = 'org.apache.hadoop.mapred.TextInputFormat';
export const TEXT_OUTPUT_FORMAT = 'org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat';
