import { SHAPE_TABLES } from './shapeTables.generated';
import type { MemberKind, MemberSpec } from './shapeTypes';

export type { MemberKind, MemberSpec } from './shapeTypes';

const cache = new Map<string, MemberSpec[]>();

function parseKind(code: string): MemberKind {
  const head = code.charAt(0);
  if (head === '@') return { type: 'struct', shape: code.slice(1) };
  if (head === '[') return { type: 'list', of: parseKind(code.slice(1)) };
  if (head === '{') return { type: 'map', of: parseKind(code.slice(1)) };
  return { type: head as 's' };
}

/** The members of a structure shape of a service, from the SDK's schema; undefined if unknown. */
export function shapeMembers(service: string, shape: string): MemberSpec[] | undefined {
  const key = `${service}:${shape}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const spec = SHAPE_TABLES[service]?.shapes[shape];
  if (spec === undefined) return undefined;
  const members = spec
    .split(',')
    .filter(Boolean)
    .map((entry) => {
      const required = entry.startsWith('!');
      const [name = '', code = 's'] = (required ? entry.slice(1) : entry).split(/:(.*)/s);
      return { name, kind: parseKind(code), required };
    });
  cache.set(key, members);
  return members;
}

/** The input members of an operation, or undefined when the SDK schema is not installed. */
export function inputMembers(service: string, operation: string): MemberSpec[] | undefined {
  const shape = SHAPE_TABLES[service]?.ops[operation];
  if (shape === undefined) return undefined;
  return shape === '' ? [] : shapeMembers(service, shape);
}

/** The SDK's operation names for a service (empty when its client is not installed). */
export function sdkOperationNames(service: string): string[] {
  return Object.keys(SHAPE_TABLES[service]?.ops ?? {});
}
