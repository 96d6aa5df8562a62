import { parseXml, type XmlListStyle } from './xml';

/** S3 XML lists: flattened ones repeat their item element; wrapped ones hold items inside the field element. */
export const S3_LIST_STYLE: XmlListStyle = {
  flattened: {
    Contents: 'Contents',
    CommonPrefixes: 'CommonPrefixes',
    Rules: 'Rule',
    Transitions: 'Transition',
    NoncurrentVersionTransitions: 'NoncurrentVersionTransition',
    Deleted: 'Deleted',
    Errors: 'Error',
    Tags: 'Tag',
    Objects: 'Object',
  },
  wrapped: { Buckets: 'Bucket', TagSet: 'Tag' },
};

/** Request payload root elements → the input member that holds them. */
const PAYLOAD_MEMBERS: Record<string, string> = {
  CreateBucketConfiguration: 'CreateBucketConfiguration',
  ServerSideEncryptionConfiguration: 'ServerSideEncryptionConfiguration',
  PublicAccessBlockConfiguration: 'PublicAccessBlockConfiguration',
  LifecycleConfiguration: 'LifecycleConfiguration',
  Tagging: 'Tagging',
  Delete: 'Delete',
  VersioningConfiguration: 'VersioningConfiguration',
};

const ITEM_TO_LIST = Object.fromEntries(
  Object.entries(S3_LIST_STYLE.flattened!).map(([list, item]) => [item, list]),
);
const WRAPPED = S3_LIST_STYLE.wrapped!;
const NUMBERS = new Set([
  'Days',
  'NoncurrentDays',
  'NewerNoncurrentVersions',
  'DaysAfterInitiation',
  'ObjectSizeGreaterThan',
  'ObjectSizeLessThan',
]);
const BOOLEANS = new Set([
  'BlockPublicAcls',
  'IgnorePublicAcls',
  'BlockPublicPolicy',
  'RestrictPublicBuckets',
  'BucketKeyEnabled',
  'Quiet',
  'ExpiredObjectDeleteMarker',
]);

function leaf(name: string, value: string): unknown {
  if (NUMBERS.has(name)) return Number(value);
  if (BOOLEANS.has(name)) return value === 'true';
  if (name === 'Date') return new Date(value);
  return value;
}

/** Turns parsed XML into SDK-shaped input: renames item elements to list members, types the leaves. */
function shape(name: string, value: unknown): unknown {
  if (typeof value === 'string') return leaf(name, value);
  if (Array.isArray(value)) return value.map((v) => shape(name, v));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [child, raw] of Object.entries(value as Record<string, unknown>)) {
    const wrappedItem = WRAPPED[child];
    if (wrappedItem !== undefined) {
      const items =
        raw !== null && typeof raw === 'object'
          ? (raw as Record<string, unknown>)[wrappedItem]
          : undefined;
      out[child] =
        items === undefined
          ? []
          : (Array.isArray(items) ? items : [items]).map((i) => shape(wrappedItem, i));
      continue;
    }
    const list = ITEM_TO_LIST[child];
    if (list !== undefined)
      out[list] = (Array.isArray(raw) ? raw : [raw]).map((i) => shape(child, i));
    else out[child] = shape(child, raw === '' ? '' : raw);
  }
  return out;
}

/** An S3 request's XML payload as input members (`{ LifecycleConfiguration: { Rules: [...] } }`). */
export function s3BodyToInput(xml: string): Record<string, unknown> {
  const parsed = parseXml(xml);
  const input: Record<string, unknown> = {};
  for (const [root, value] of Object.entries(parsed)) {
    const member = PAYLOAD_MEMBERS[root];
    if (member) input[member] = shape(root, value === '' ? {} : value);
  }
  return input;
}
