import { parquetSchema } from 'hyparquet';
import {
  type Compression,
  compressionFromKey,
  compressionFromMagic,
  decompressHead,
} from '../formats/compression';
import { hasParquetHead } from '../formats/detect';
import { readParquetFooter } from '../formats/parquet';
import { glueTypeOfNode } from '../formats/parquetTypes';
import { startsWith } from '../formats/snappy';
import { cutAtLastNewline, looksLikeText, utf8Decode, withoutBom } from '../formats/text';
import { compileGrok, grokMatchShare } from './classifierGrok';
import { classifyBuiltInCsv, classifyCustomCsv } from './classifierCsv';
import { classifyBuiltInJson, classifyCustomJson } from './classifierJson';
import type {
  ClassifierMatch,
  ClassifierVerdict,
  InferredColumn,
  StoredClassifier,
} from './classifierModel';
import { TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT } from './classifierModel';
import { classifyXml } from './classifierXml';

/** What classifying one object decided, and why. */
export interface ObjectClassification {
  classification: string;
  certainty: number;
  classifierName?: string;
  compression: Compression;
  tried: ClassifierVerdict[];
  schema: InferredColumn[];
  serde?: ClassifierMatch['serde'];
  inputFormat?: string;
  outputFormat?: string;
  parameters: Record<string, string>;
  why: string[];
}

/** A crawler reads this much decompressed text to classify a file. */
export const CLASSIFY_HEAD_BYTES = 1024 * 1024;

type Verdict = { match: ClassifierMatch } | { miss: string };
interface Sample {
  bytes: Uint8Array;
  text?: string;
  lines: string[];
}
interface Candidate {
  name: string;
  run(sample: Sample): Verdict;
}

const AVRO_MAGIC = new Uint8Array([0x4f, 0x62, 0x6a, 0x01]); // "Obj\x01"
const ORC_MAGIC = new Uint8Array([0x4f, 0x52, 0x43]); // "ORC"

const needsText =
  (run: (text: string, lines: string[]) => Verdict) =>
  (sample: Sample): Verdict =>
    sample.text === undefined ? { miss: 'the bytes are not text' } : run(sample.text, sample.lines);

function binaryMatch(
  classification: string,
  why: string,
  columns: InferredColumn[],
  formats: [string, string, string],
): Verdict {
  return {
    match: {
      classification,
      certainty: 1,
      columns,
      serde: { SerializationLibrary: formats[0], Parameters: {} },
      inputFormat: formats[1],
      outputFormat: formats[2],
      parameters: {},
      why: [why],
    },
  };
}

function classifyParquet(bytes: Uint8Array): Verdict {
  if (!hasParquetHead(bytes)) return { miss: 'no Parquet magic "PAR1" at the start' };
  try {
    const columns = parquetSchema(readParquetFooter(bytes)).children.map((node) => ({
      name: node.element.name.toLowerCase(),
      type: glueTypeOfNode(node),
      why: `from the Parquet footer: ${node.element.type ?? 'group'}${node.element.converted_type ? ` (${node.element.converted_type})` : ''}`,
    }));
    return binaryMatch(
      'parquet',
      'built-in Parquet: the schema is read from the file footer',
      columns,
      [
        'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
        'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
      ],
    );
  } catch (error) {
    return { miss: (error as Error).message };
  }
}

function builtInLog(name: string, classification: string, pattern: string): Candidate {
  const grok = compileGrok(pattern);
  return {
    name,
    // Built-in classifiers answer 1.0 or 0.0 (add-classifier.html): here, every sampled line must match.
    run: needsText((_text, lines) =>
      grokMatchShare(grok, lines) === 1
        ? {
            match: grokMatch(
              classification,
              grok.fields,
              pattern,
              1,
              `${name}: every line matches %{${pattern.slice(2, -1)}}`,
            ),
          }
        : { miss: 'not every line is an Apache log line' },
    ),
  };
}

function grokMatch(
  classification: string,
  columns: InferredColumn[],
  pattern: string,
  certainty: number,
  why: string,
): ClassifierMatch {
  return {
    classification,
    certainty,
    columns,
    serde: { SerializationLibrary: 'com.amazonaws.glue.serde.GrokSerDe', Parameters: {} },
    inputFormat: TEXT_INPUT_FORMAT,
    outputFormat: TEXT_OUTPUT_FORMAT,
    parameters: { grokPattern: pattern },
    why: [why],
  };
}

// Glue's built-in order: Avro, ORC, Parquet, JSON, BSON, XML, Ion, combined Apache, Apache, Linux kernel,
// Microsoft log, Ruby, Squid, Redis monitor, Redis, CSV (add-classifier.html). BSON, Ion and the other
// log formats are not simulated, so they are left out of the list.
const BUILT_INS: Candidate[] = [
  {
    name: 'avro',
    run: (s) =>
      startsWith(s.bytes, AVRO_MAGIC)
        ? binaryMatch(
            'avro',
            'built-in Avro: the file starts with the Avro magic "Obj\\x01" (LakeLab does not read Avro schemas)',
            [],
            [
              'org.apache.hadoop.hive.serde2.avro.AvroSerDe',
              'org.apache.hadoop.hive.ql.io.avro.AvroContainerInputFormat',
              'org.apache.hadoop.hive.ql.io.avro.AvroContainerOutputFormat',
            ],
          )
        : { miss: 'no Avro magic' },
  },
  {
    name: 'orc',
    run: (s) =>
      startsWith(s.bytes, ORC_MAGIC)
        ? binaryMatch(
            'orc',
            'built-in ORC: the file starts with "ORC" (LakeLab does not read ORC footers)',
            [],
            [
              'org.apache.hadoop.hive.ql.io.orc.OrcSerde',
              'org.apache.hadoop.hive.ql.io.orc.OrcInputFormat',
              'org.apache.hadoop.hive.ql.io.orc.OrcOutputFormat',
            ],
          )
        : { miss: 'no ORC magic' },
  },
  { name: 'parquet', run: (s) => classifyParquet(s.bytes) },
  { name: 'json', run: needsText((text) => classifyBuiltInJson(text)) },
  { name: 'xml', run: needsText((text) => classifyXml(text, 'built-in XML', 'xml', undefined)) },
  builtInLog('combined_apache', 'combined_apache', '%{COMBINEDAPACHELOG}'),
  builtInLog('apache', 'apache', '%{COMMONAPACHELOG}'),
  { name: 'csv', run: needsText((text) => classifyBuiltInCsv(text)) },
];

function customCandidate(c: StoredClassifier): Candidate {
  switch (c.kind) {
    case 'GrokClassifier': {
      const grok = compileGrok(c.GrokPattern ?? '', c.CustomPatterns);
      return {
        name: c.Name,
        // Our choice: a grok classifier's certainty is the share of sampled lines it matches (1.0 when all do).
        run: needsText((_text, lines) => {
          const share = grokMatchShare(grok, lines);
          return share > 0
            ? {
                match: grokMatch(
                  c.Classification ?? 'grok',
                  grok.fields,
                  c.GrokPattern ?? '',
                  share,
                  `${c.Name}: the grok pattern matches ${Math.round(share * 100)}% of the lines`,
                ),
              }
            : { miss: 'the grok pattern matches no line' };
        }),
      };
    }
    case 'XMLClassifier':
      return {
        name: c.Name,
        run: needsText((text) =>
          c.RowTag
            ? classifyXml(text, c.Name, c.Classification ?? 'xml', c.RowTag)
            : { miss: 'the classifier has no row tag' },
        ),
      };
    case 'JsonClassifier':
      return {
        name: c.Name,
        run: needsText((text) => classifyCustomJson(text, c.Name, c.JsonPath ?? '$')),
      };
    case 'CsvClassifier':
      return { name: c.Name, run: needsText((text) => classifyCustomCsv(text, c)) };
  }
}

function readSample(key: string, bytes: Uint8Array): { sample: Sample; compression: Compression } {
  if (hasParquetHead(bytes)) return { sample: { bytes, lines: [] }, compression: 'none' };
  const compression = compressionFromMagic(bytes) ?? compressionFromKey(key) ?? 'none';
  const head = decompressHead(bytes, compression, CLASSIFY_HEAD_BYTES);
  const raw = head.complete ? head.bytes : cutAtLastNewline(head.bytes);
  if (!looksLikeText(raw)) return { sample: { bytes: raw, lines: [] }, compression };
  const text = withoutBom(utf8Decode(raw)).replace(/\r\n/g, '\n');
  return {
    sample: {
      bytes: raw,
      text,
      lines: text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(0, 1000),
    },
    compression,
  };
}

/**
 * Classifies one object as a crawler does: custom classifiers first in the crawler's order, then the
 * built-ins; certainty 1.0 wins at once, else the highest; nothing above 0.0 → UNKNOWN (add-classifier.html).
 */
export function classifyObject(
  key: string,
  bytes: Uint8Array,
  customClassifiers: readonly StoredClassifier[] = [],
): ObjectClassification {
  const unknown = (
    why: string,
    compression: Compression = 'none',
    tried: ClassifierVerdict[] = [],
  ): ObjectClassification => ({
    classification: 'UNKNOWN',
    certainty: 0,
    compression,
    tried,
    schema: [],
    parameters: {},
    why: [why],
  });
  if (bytes.length === 0) return unknown('the object is empty (0 bytes)');
  let read: ReturnType<typeof readSample>;
  try {
    read = readSample(key, bytes);
  } catch (error) {
    return unknown(
      `the object cannot be decompressed: ${(error as Error).message}`,
      compressionFromMagic(bytes) ?? compressionFromKey(key) ?? 'none',
    );
  }
  const tried: ClassifierVerdict[] = [];
  let best: { name: string; match: ClassifierMatch } | undefined;
  for (const candidate of [...customClassifiers.map(customCandidate), ...BUILT_INS]) {
    const verdict = candidate.run(read.sample);
    if ('miss' in verdict) {
      tried.push({ name: candidate.name, certainty: 0, why: verdict.miss });
      continue;
    }
    tried.push({
      name: candidate.name,
      certainty: verdict.match.certainty,
      why: verdict.match.why.join('; '),
    });
    if (!best || verdict.match.certainty > best.match.certainty)
      best = { name: candidate.name, match: verdict.match };
    if (verdict.match.certainty >= 1) break;
  }
  if (!best)
    return unknown(
      'no classifier recognised the data (every certainty was 0.0)',
      read.compression,
      tried,
    );
  const { match } = best;
  const via =
    read.compression === 'none' ? [] : [`read through its ${read.compression} compression`];
  return {
    classification: match.classification,
    certainty: match.certainty,
    classifierName: best.name,
    compression: read.compression,
    tried,
    schema: match.columns,
    serde: match.serde,
    inputFormat: match.inputFormat,
    outputFormat: match.outputFormat,
    parameters: match.parameters,
    why: [...via, ...match.why, `${best.name} won with certainty ${match.certainty.toFixed(2)}`],
  };
}
