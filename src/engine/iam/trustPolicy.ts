import { malformedPolicy } from './errors';
import { wildcardMatch } from './policy';

/** One statement of a role's trust policy (a resource-based policy on the role). */
export interface TrustStatement {
  Effect: 'Allow' | 'Deny';
  Action: string[];
  /** Principals by type: AWS (account ids or ARNs), Service, Federated; `*` for everyone. */
  Principal: Record<string, string[]> | '*';
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : [String(value)];

/**
 * Parses a role trust policy. IAM: a trust policy names a Principal, must not name a
 * Resource, and its actions are sts:AssumeRole, sts:AssumeRoleWithSAML/WebIdentity, sts:TagSession…
 */
export function parseTrustPolicy(document: string): TrustStatement[] {
  let json: unknown;
  try {
    json = JSON.parse(document);
  } catch {
    throw malformedPolicy('This policy contains invalid Json');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw malformedPolicy('This policy contains invalid Json');
  const doc = json as Record<string, unknown>;
  if (doc.Statement === undefined) throw malformedPolicy('Syntax errors in policy.');
  const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return raw.map((s: unknown): TrustStatement => {
    if (s === null || typeof s !== 'object') throw malformedPolicy('Syntax errors in policy.');
    const st = s as Record<string, unknown>;
    if (st.Effect !== 'Allow' && st.Effect !== 'Deny')
      throw malformedPolicy('Invalid effect: the Effect must be Allow or Deny.');
    if (st.Resource !== undefined || st.NotResource !== undefined)
      throw malformedPolicy('Has prohibited field Resource');
    if (st.Principal === undefined)
      throw malformedPolicy(
        'AssumeRolepolicy contained an invalid principal: the trust policy needs a Principal.',
      );
    if (st.Action === undefined) throw malformedPolicy('Missing required field Action');
    const Action = list(st.Action);
    for (const action of Action)
      if (!/^sts:[A-Za-z*?]+$/i.test(action) && action !== '*')
        throw malformedPolicy(
          `Invalid action "${action}": a trust policy allows sts: actions such as sts:AssumeRole.`,
        );
    return { Effect: st.Effect, Action, Principal: parsePrincipal(st.Principal) };
  });
}

function parsePrincipal(value: unknown): TrustStatement['Principal'] {
  if (value === '*') return '*';
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw malformedPolicy(
      'Invalid principal in policy: the Principal must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}.',
    );
  const result: Record<string, string[]> = {};
  for (const [type, ids] of Object.entries(value as Record<string, unknown>)) {
    if (!['AWS', 'Service', 'Federated', 'CanonicalUser'].includes(type))
      throw malformedPolicy(`Invalid principal in policy: "${type}"`);
    const entries = list(ids);
    for (const id of entries)
      if (
        type === 'AWS' &&
        id !== '*' &&
        !/^\d{12}$/.test(id) &&
        !/^arn:aws:(iam|sts)::\d{12}:.+$/.test(id)
      )
        throw malformedPolicy(`Invalid principal in policy: "AWS":"${id}"`);
    result[type] = entries;
  }
  return result;
}

/** Whether an AWS principal entry (account id, account root ARN, or an ARN) names the caller. */
function namesCaller(
  entry: string,
  caller: { accountId: string; arn: string; callerArn: string },
): boolean {
  if (entry === '*') return true;
  if (entry === caller.accountId || entry === `arn:aws:iam::${caller.accountId}:root`) return true;
  return wildcardMatch(entry, caller.arn) || wildcardMatch(entry, caller.callerArn);
}

/** Whether the trust policy lets the caller (an IAM identity) perform the STS action; a Deny wins. */
export function trustAllows(
  statements: TrustStatement[],
  caller: { accountId: string; arn: string; callerArn: string },
  action = 'sts:AssumeRole',
): boolean {
  let allowed = false;
  for (const st of statements) {
    if (!st.Action.some((a) => wildcardMatch(a, action, true))) continue;
    const principals = st.Principal === '*' ? ['*'] : (st.Principal.AWS ?? []);
    if (!principals.some((p) => namesCaller(p, caller))) continue;
    if (st.Effect === 'Deny') return false;
    allowed = true;
  }
  return allowed;
}

/** Whether the trust policy lets an AWS service (glue.amazonaws.com…) assume the role. */
export function trustAllowsService(statements: TrustStatement[], service: string): boolean {
  return statements.some(
    (st) =>
      st.Effect === 'Allow' &&
      st.Principal !== '*' &&
      (st.Principal.Service ?? []).includes(service),
  );
}
