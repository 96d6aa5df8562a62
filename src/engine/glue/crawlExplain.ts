import type { ClassifierVerdict } from './classifierModel';
import type { PlannedTable } from './crawlGrouping';

/** Caps that keep a 1,000-object crawl's history small in the saved world. */
export const VERDICTS_KEPT = 20;
export const PARTITIONS_KEPT = 20;
const REASON_CHARS = 300;

/** What the crawl decided for one table's first file, kept as strings in the crawl history. */
export interface TableExplanation {
  /** The file whose classification is explained: the table's first file. */
  sampleKey: string;
  certainty: number;
  compression: string;
  /** Classifiers in the order they ran on that file, with each one's certainty and reason. */
  tried: ClassifierVerdict[];
  /** Why the winner won (compression, the winner's reasons, its certainty). */
  classifierWhy: string[];
  /** The CSV header decision and its reason, when a CSV classifier judged the first row. */
  header?: string;
  /** How many other files the crawl classified into this table; their explanations are not kept. */
  otherFiles: number;
  /** How many partitions the table has; `partitions` on the outcome keeps only the first few. */
  partitionCount: number;
}

const clip = (text: string) =>
  text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS - 1)}…` : text;

/** The header decision a CSV classifier gave, e.g. "first row is a header: …". */
function headerDecision(tried: readonly ClassifierVerdict[]): string | undefined {
  for (const verdict of tried) {
    const found = /first row is (?:a header|data)[^;]*/.exec(verdict.why)?.[0];
    if (found) return clip(found);
  }
  return undefined;
}

/** The explanation of a planned table, from the classification the crawl made of its first file. */
export function explainTable(table: PlannedTable): TableExplanation {
  const sample = table.sample;
  const header = headerDecision(sample.tried);
  return {
    sampleKey: table.objectKeys[0] ?? table.location,
    certainty: sample.certainty,
    compression: sample.compression,
    tried: sample.tried
      .slice(0, VERDICTS_KEPT)
      .map((v) => ({ name: v.name, certainty: v.certainty, why: clip(v.why) })),
    classifierWhy: sample.why.map(clip),
    ...(header ? { header } : {}),
    otherFiles: Math.max(0, table.objectKeys.length - 1),
    partitionCount: table.partitions.length,
  };
}
