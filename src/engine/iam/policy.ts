import { AwsError } from '../core/errors';
import type { RequiredAccess } from '../core/operations';

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: Record<string, Record<string, string[]>>;
}

export interface ParsedPolicy {
  name: string;
  statements: PolicyStatement[];
}

const list = (value: unknown): string[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value.map(String) : [String(value)];

function malformed(message: string): AwsError {
  return new AwsError('MalformedPolicyDocument', message);
}

/** Parses and validates an identity policy (IAM's grammar: Effect, Action|NotAction, Resource|NotResource). */
export function parsePolicyDocument(document: string, name = 'policy'): ParsedPolicy {
  let json: unknown;
  try {
    json = JSON.parse(document);
  } catch {
    throw malformed(
      'The policy document is not valid JSON: check for a missing comma, quote or bracket.',
    );
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw malformed('The policy document must be a JSON object.');
  const doc = json as Record<string, unknown>;
  if (doc.Version !== undefined && doc.Version !== '2012-10-17' && doc.Version !== '2008-10-17')
    throw malformed(`The policy Version "${String(doc.Version)}" is not valid: use "2012-10-17".`);
  if (doc.Statement === undefined)
    throw malformed('Syntax errors in policy: the policy has no Statement.');
  const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  const statements = raw.map((s, i): PolicyStatement => {
    if (s === null || typeof s !== 'object')
      throw malformed(`Statement ${i + 1} must be a JSON object.`);
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
      throw malformed(`Statement ${i + 1}: Effect must be "Allow" or "Deny".`);
    if ((st.Action === undefined) === (st.NotAction === undefined))
      throw malformed(`Statement ${i + 1}: a statement needs exactly one of Action or NotAction.`);
    if ((st.Resource === undefined) === (st.NotResource === undefined))
      throw malformed(
        `Statement ${i + 1}: a statement needs exactly one of Resource or NotResource.`,
      );
    const statement: PolicyStatement = { Effect: st.Effect };
    if (typeof st.Sid === 'string') statement.Sid = st.Sid;
    const action = list(st.Action);
    const notAction = list(st.NotAction);
    const resource = list(st.Resource);
    const notResource = list(st.NotResource);
    for (const a of [...(action ?? []), ...(notAction ?? [])])
      if (a !== '*' && !/^[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+$/.test(a))
        throw malformed(
          `Statement ${i + 1}: the action "${a}" is not valid: write service:Action, like s3:GetObject or glue:Get*.`,
        );
    if (action) statement.Action = action;
    if (notAction) statement.NotAction = notAction;
    if (resource) statement.Resource = resource;
    if (notResource) statement.NotResource = notResource;
    if (st.Condition !== undefined) statement.Condition = parseCondition(st.Condition, i);
    return statement;
  });
  return { name, statements };
}

function parseCondition(value: unknown, index: number): Record<string, Record<string, string[]>> {
  if (value === null || typeof value !== 'object')
    throw malformed(`Statement ${index + 1}: Condition must be an object.`);
  const result: Record<string, Record<string, string[]>> = {};
  for (const [operator, block] of Object.entries(value as Record<string, unknown>)) {
    if (block === null || typeof block !== 'object')
      throw malformed(`Statement ${index + 1}: condition ${operator} must map keys to values.`);
    result[operator] = Object.fromEntries(
      Object.entries(block as Record<string, unknown>).map(([k, v]) => [k, list(v) ?? []]),
    );
  }
  return result;
}

/** IAM wildcards: `*` any run of characters, `?` any one character. */
export function wildcardMatch(pattern: string, value: string, ignoreCase = false): boolean {
  if (pattern === '*') return true;
  const compiledPatterns = ignoreCase ? caseInsensitivePatterns : caseSensitivePatterns;
  let regex = compiledPatterns.get(pattern);
  if (!regex) {
    const escaped = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    regex = new RegExp(`^${escaped}$`, ignoreCase ? 'is' : 's');
    // Policies are few and long-lived: the cache spares a new RegExp on every check.
    if (compiledPatterns.size > 1000) compiledPatterns.clear();
    compiledPatterns.set(pattern, regex);
  }
  return regex.test(value);
}

// Compiled patterns by the pattern itself, one map per case rule (no joined key built per check).
const caseSensitivePatterns = new Map<string, RegExp>();
const caseInsensitivePatterns = new Map<string, RegExp>();

// IAM: action names are case-insensitive; resource ARNs are case-sensitive.
const matchesAction = (patterns: string[], action: string) =>
  patterns.some((p) => wildcardMatch(p, action, true));
const matchesResource = (patterns: string[], resource: string) =>
  patterns.some((p) => wildcardMatch(p, resource));

type ConditionTest = (policyValue: string, requestValue: string) => boolean;

const CONDITION_TESTS: Record<string, { test: ConditionTest; negated: boolean }> = {
  StringEquals: { test: (p, r) => p === r, negated: false },
  StringNotEquals: { test: (p, r) => p === r, negated: true },
  StringEqualsIgnoreCase: { test: (p, r) => p.toLowerCase() === r.toLowerCase(), negated: false },
  StringNotEqualsIgnoreCase: { test: (p, r) => p.toLowerCase() === r.toLowerCase(), negated: true },
  StringLike: { test: (p, r) => wildcardMatch(p, r), negated: false },
  StringNotLike: { test: (p, r) => wildcardMatch(p, r), negated: true },
  ArnEquals: { test: (p, r) => p === r, negated: false },
  ArnNotEquals: { test: (p, r) => p === r, negated: true },
  ArnLike: { test: (p, r) => wildcardMatch(p, r), negated: false },
  ArnNotLike: { test: (p, r) => wildcardMatch(p, r), negated: true },
  Bool: { test: (p, r) => p.toLowerCase() === r.toLowerCase(), negated: false },
  NumericEquals: { test: (p, r) => Number(p) === Number(r), negated: false },
  NumericNotEquals: { test: (p, r) => Number(p) === Number(r), negated: true },
  NumericLessThan: { test: (p, r) => Number(r) < Number(p), negated: false },
  NumericLessThanEquals: { test: (p, r) => Number(r) <= Number(p), negated: false },
  NumericGreaterThan: { test: (p, r) => Number(r) > Number(p), negated: false },
  NumericGreaterThanEquals: { test: (p, r) => Number(r) >= Number(p), negated: false },
};

/** IAM condition evaluation: every operator block must hold; within a key any listed value may match. */
function conditionsHold(
  condition: PolicyStatement['Condition'],
  context: Record<string, string>,
): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([rawOperator, block]) => {
    const ifExists = rawOperator.endsWith('IfExists');
    const operator = ifExists ? rawOperator.slice(0, -'IfExists'.length) : rawOperator;
    return Object.entries(block).every(([key, values]) => {
      const requestValue = Object.entries(context).find(
        ([k]) => k.toLowerCase() === key.toLowerCase(),
      )?.[1];
      if (operator === 'Null')
        return values.some((v) => (v === 'true') === (requestValue === undefined));
      if (requestValue === undefined)
        return ifExists || Boolean(CONDITION_TESTS[operator]?.negated);
      const spec = CONDITION_TESTS[operator];
      // An operator LakeLab does not evaluate never grants access (fail closed).
      if (!spec) return false;
      const anyMatch = values.some((v) => spec.test(v, requestValue));
      return spec.negated ? !anyMatch : anyMatch;
    });
  });
}

export type Decision =
  | { effect: 'Allow'; policy: string; sid?: string }
  | { effect: 'Deny'; policy: string; sid?: string }
  | { effect: 'ImplicitDeny' };

function statementApplies(
  statement: PolicyStatement,
  access: RequiredAccess,
  context: Record<string, string>,
): boolean {
  const actionOk = statement.Action
    ? matchesAction(statement.Action, access.action)
    : !matchesAction(statement.NotAction ?? [], access.action);
  if (!actionOk) return false;
  const resourceOk = statement.Resource
    ? matchesResource(statement.Resource, access.resource)
    : !matchesResource(statement.NotResource ?? [], access.resource);
  return resourceOk && conditionsHold(statement.Condition, context);
}

function decisionOf(effect: 'Allow' | 'Deny', policy: string, sid: string | undefined): Decision {
  const decision: { effect: 'Allow' | 'Deny'; policy: string; sid?: string } = { effect, policy };
  if (sid) decision.sid = sid;
  return decision;
}

/** IAM policy evaluation logic: an explicit Deny wins, then any Allow, else the implicit deny. */
export function evaluatePolicies(policies: ParsedPolicy[], access: RequiredAccess): Decision {
  return evaluatePoliciesIn(policies, access, access.context ?? {});
}

/**
 * The same evaluation with the request context given apart from the access, so a caller
 * that merges global condition keys need not copy the access for every check.
 */
export function evaluatePoliciesIn(
  policies: ParsedPolicy[],
  access: RequiredAccess,
  context: Record<string, string>,
): Decision {
  let allow: Decision | undefined;
  for (const policy of policies) {
    for (const statement of policy.statements) {
      if (!statementApplies(statement, access, context)) continue;
      if (statement.Effect === 'Deny') return decisionOf('Deny', policy.name, statement.Sid);
      allow ??= decisionOf('Allow', policy.name, statement.Sid);
    }
  }
  return allow ?? { effect: 'ImplicitDeny' };
}
