import { XMLParser } from 'fast-xml-parser';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');

/** How lists are written: AWS Query wraps items in `<member>`; S3 flattens or wraps by element name. */
export interface XmlListStyle {
  /** Field → element name of each item, written directly under the parent (repeated). */
  flattened?: Record<string, string>;
  /** Field → element name of each item inside the field's own element. */
  wrapped?: Record<string, string>;
  /** The item element for lists not named above (`member` for Query; unset means flattened under the field name). */
  defaultMember?: string;
}

function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Writes the fields of an object as XML elements (dates ISO 8601, as XML protocols expect). */
export function xmlFields(value: Record<string, unknown>, style: XmlListStyle): string {
  let out = '';
  for (const [field, v] of Object.entries(value)) out += xmlField(field, v, style);
  return out;
}

function xmlField(field: string, value: unknown, style: XmlListStyle): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    const flat = style.flattened?.[field];
    if (flat !== undefined || (!style.wrapped?.[field] && !style.defaultMember))
      return value.map((item) => xmlElement(flat ?? field, item, style)).join('');
    const member = style.wrapped?.[field] ?? style.defaultMember!;
    return `<${field}>${value.map((item) => xmlElement(member, item, style)).join('')}</${field}>`;
  }
  return xmlElement(field, value, style);
}

function xmlElement(name: string, value: unknown, style: XmlListStyle): string {
  if (
    value !== null &&
    typeof value === 'object' &&
    !(value instanceof Date) &&
    !(value instanceof Uint8Array)
  ) {
    if (isStringMap(name, value)) {
      const entries = Object.entries(value as Record<string, unknown>).map(
        ([k, v]) =>
          `<entry><key>${escapeXml(k)}</key><value>${escapeXml(scalar(v))}</value></entry>`,
      );
      return `<${name}>${entries.join('')}</${name}>`;
    }
    return `<${name}>${xmlFields(value as Record<string, unknown>, style)}</${name}>`;
  }
  return `<${name}>${escapeXml(scalar(value))}</${name}>`;
}

// Maps (free-form keys, like Parameters or Attributes) are written as entry/key/value pairs.
const MAP_FIELDS = new Set(['Attributes', 'Parameters', 'Metadata']);
const isStringMap = (name: string, _value: object) => MAP_FIELDS.has(name);

export const xmlDocument = (root: string, inner: string, xmlns?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${root}${xmlns ? ` xmlns="${xmlns}"` : ''}>${inner}</${root}>`;

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  processEntities: true,
});

/** Parses an XML request body into plain objects; every leaf stays a string. */
export function parseXml(text: string): Record<string, unknown> {
  return parser.parse(text) as Record<string, unknown>;
}
