import { CliUsageError } from './errors';

/**
 * A small JMESPath subset for --query: fields (`Buckets`), sub-expressions (`Owner.ID`),
 * projections (`Buckets[].Name`, `Contents[*].Key`), indexes (`Buckets[0]`), multiselect
 * lists (`Contents[].[Key,Size]`), filters (`Contents[?Size > \`100\`]`) and `length(…)`.
 * https://jmespath.org/specification.html
 */
export function applyQuery(data: unknown, expression: string): unknown {
  const text = expression.trim();
  const length = /^length\((.*)\)$/s.exec(text);
  if (length) {
    const value = applyQuery(data, length[1]!);
    if (Array.isArray(value) || typeof value === 'string') return value.length;
    if (value && typeof value === 'object') return Object.keys(value).length;
    throw new CliUsageError(
      `Bad value for --query ${expression}: length() expects an array, object or string`,
    );
  }
  return evaluate(data, splitSteps(text, expression));
}

type Step =
  | { type: 'field'; name: string }
  | { type: 'project' }
  | { type: 'index'; index: number }
  | { type: 'multi'; parts: string[] }
  | { type: 'filter'; field: string; op: string; literal: unknown };

function splitSteps(text: string, expression: string): Step[] {
  const steps: Step[] = [];
  let i = 0;
  const bad = () =>
    new CliUsageError(
      `Bad value for --query ${expression}: LakeLab understands fields, [], [n], [?field op \`value\`], [a,b] and length()`,
    );
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '.') i++;
    else if (ch === '[') {
      const end = matchingBracket(text, i);
      if (end < 0) throw bad();
      steps.push(
        bracketStep(
          text.slice(i + 1, end).trim(),
          steps.length === 0 || text.charAt(i - 1) === '.',
          bad,
        ),
      );
      i = end + 1;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_]*|^"[^"]*"/.exec(text.slice(i));
      if (!match) throw bad();
      steps.push({ type: 'field', name: match[0].replace(/"/g, '') });
      i += match[0].length;
    }
  }
  return steps;
}

function matchingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text.charAt(i) === '[') depth++;
    if (text.charAt(i) === ']' && --depth === 0) return i;
  }
  return -1;
}

function bracketStep(inner: string, isMultiselect: boolean, bad: () => Error): Step {
  if (inner === '' || inner === '*') return { type: 'project' };
  if (/^-?\d+$/.test(inner)) return { type: 'index', index: Number(inner) };
  const filter = /^\?\s*([A-Za-z_][A-Za-z0-9_.]*)\s*(==|!=|<=|>=|<|>)\s*(`[^`]*`|'[^']*')$/.exec(
    inner,
  );
  if (filter) {
    const raw = filter[3]!;
    const literal = raw.startsWith("'")
      ? raw.slice(1, -1)
      : (JSON.parse(raw.slice(1, -1)) as unknown);
    return { type: 'filter', field: filter[1]!, op: filter[2]!, literal };
  }
  if (isMultiselect) return { type: 'multi', parts: inner.split(',').map((p) => p.trim()) };
  throw bad();
}

function evaluate(value: unknown, steps: Step[]): unknown {
  let current = value;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (current === null || current === undefined) return null;
    if (step.type === 'field') current = isRecord(current) ? (current[step.name] ?? null) : null;
    else if (step.type === 'index')
      current = Array.isArray(current) ? (current.at(step.index) ?? null) : null;
    else if (step.type === 'multi') current = step.parts.map((part) => applyQuery(current, part));
    else {
      if (!Array.isArray(current)) return null;
      const items =
        step.type === 'filter'
          ? current.filter((item) => matches(applyQuery(item, step.field), step.op, step.literal))
          : current;
      const rest = steps.slice(s + 1);
      // JMESPath: a projection applies the rest to each element and drops nulls.
      return items
        .map((item) => evaluate(item, rest))
        .filter((item) => item !== null && item !== undefined);
    }
  }
  return current;
}

function matches(left: unknown, op: string, right: unknown): boolean {
  const l = left instanceof Date ? left.toISOString() : left;
  switch (op) {
    case '==':
      return l === right;
    case '!=':
      return l !== right;
    case '<':
      return (l as number) < (right as number);
    case '<=':
      return (l as number) <= (right as number);
    case '>':
      return (l as number) > (right as number);
    default:
      return (l as number) >= (right as number);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
