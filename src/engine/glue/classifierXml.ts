import { csvCellType, mergeTypes } from '../formats/glueTypes';
import type { ClassifierMatch, InferredColumn } from './classifierModel';
import { TEXT_INPUT_FORMAT, TEXT_OUTPUT_FORMAT } from './classifierModel';

export type XmlVerdict = { match: ClassifierMatch } | { miss: string };

const escapeTag = (tag: string) => tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Child elements of an element body, one level deep: name → inner text (nested elements kept as text). */
function childrenOf(body: string): [string, string][] {
  const children: [string, string][] = [];
  const pattern =
    /<([A-Za-z_][\w.-]*)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>|<([A-Za-z_][\w.-]*)(\s[^>]*)?\/>/g;
  for (const match of body.matchAll(pattern))
    children.push([match[1] ?? match[4]!, match[3] ?? '']);
  return children;
}

function xmlValueType(inner: string): string | undefined {
  if (/<[A-Za-z_]/.test(inner))
    return `struct<${childrenOf(inner)
      .map(([name, value]) => `${name}:${xmlValueType(value) ?? 'string'}`)
      .join(',')}>`;
  return csvCellType(inner);
}

/** Rows of an XML text: the elements named rowTag; a self-closing row element is not parsed (custom-classifier.html). */
export function classifyXml(
  text: string,
  classifierName: string,
  classification: string,
  rowTag: string | undefined,
): XmlVerdict {
  const trimmed = text.trim();
  if (!trimmed.startsWith('<')) return { miss: 'the text does not start with an XML element' };
  const tag =
    rowTag ??
    childrenOf(
      trimmed
        .replace(/^<\?xml[^>]*\?>/, '')
        .trim()
        .replace(/^<([\w.-]+)[^>]*>([\s\S]*)<\/\1>$/, '$2'),
    )[0]?.[0];
  if (!tag) return { miss: 'no repeated row element was found under the root' };
  const rows = [
    ...trimmed.matchAll(
      new RegExp(`<${escapeTag(tag)}(\\s[^>]*?)?>([\\s\\S]*?)</${escapeTag(tag)}\\s*>`, 'g'),
    ),
  ];
  if (rows.length === 0)
    return { miss: `no <${tag}>…</${tag}> element (self-closing row elements are not parsed)` };
  const types = new Map<string, string | undefined>();
  for (const row of rows) {
    for (const attr of (row[1] ?? '').matchAll(/([\w.-]+)\s*=\s*"([^"]*)"/g))
      types.set(`_${attr[1]!}`, mergeTypes(types.get(`_${attr[1]!}`), csvCellType(attr[2]!)));
    for (const [name, inner] of childrenOf(row[2] ?? ''))
      types.set(name, mergeTypes(types.get(name), xmlValueType(inner)));
  }
  const columns: InferredColumn[] = [...types].map(([name, type]) => ({
    name: name.toLowerCase(),
    type: type ?? 'string',
    why: name.startsWith('_')
      ? 'an attribute of the row element'
      : 'a child element of the row element',
  }));
  return {
    match: {
      classification,
      certainty: 1,
      columns,
      serde: { SerializationLibrary: 'com.amazonaws.glue.serde.XmlSerDe', Parameters: {} },
      inputFormat: TEXT_INPUT_FORMAT,
      outputFormat: TEXT_OUTPUT_FORMAT,
      parameters: { rowTag: tag },
      why: [
        `${classifierName}: ${rows.length} <${tag}> row element${rows.length === 1 ? '' : 's'}${rowTag ? " (the classifier's row tag)" : ''}`,
      ],
    },
  };
}
