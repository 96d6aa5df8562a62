/** A column type as a tree: `struct<a:int,b:array<string>>` → struct with fields a and b. */
export interface TypeNode {
  /** The field name inside a struct, `element` of an array, `key`/`value` of a map. */
  name: string;
  /** The full type text of this node, e.g. `array<string>`. */
  type: string;
  children: TypeNode[];
}

/** Splits `a:int, b:map<string,int>` at top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '<' || ch === '(') depth++;
    else if (ch === '>' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((p) => p !== '');
}

function childrenOf(type: string): TypeNode[] {
  const match = /^(struct|array|map|uniontype)\s*<(.*)>$/is.exec(type.trim());
  if (!match) return [];
  const kind = match[1]!.toLowerCase();
  const parts = splitTopLevel(match[2]!);
  if (kind === 'array') return parts.map((p) => typeNode('element', p));
  if (kind === 'map') return parts.map((p, i) => typeNode(i === 0 ? 'key' : 'value', p));
  if (kind === 'uniontype') return parts.map((p, i) => typeNode(`option ${i + 1}`, p));
  return parts.map((field) => {
    const colon = field.indexOf(':');
    return typeNode(field.slice(0, colon).trim(), field.slice(colon + 1).trim());
  });
}

/** The tree of a named column's Hive type (leaves for primitive types). */
export function typeNode(name: string, type: string): TypeNode {
  return { name, type: type.trim(), children: childrenOf(type) };
}

/** Whether a type has nested fields to expand. */
export const isComplexType = (type: string) =>
  /^(struct|array|map|uniontype)\s*</i.test(type.trim());
