import { malformedPolicy } from './errors';
import { parsePolicyDocument, type ParsedPolicy } from './policy';

/**
 * Validates an identity-based policy document. IAM: identity policies must not name a
 * Principal ("Policy document should not specify a principal.").
 */
export function checkIdentityPolicy(document: string): ParsedPolicy {
  if (document.trim() === '') throw malformedPolicy('Syntax errors in policy.');
  const parsed = parsePolicyDocument(document);
  const json = JSON.parse(document) as { Statement?: unknown };
  const statements = Array.isArray(json.Statement) ? json.Statement : [json.Statement];
  if (
    statements.some(
      (s) => s !== null && typeof s === 'object' && ('Principal' in s || 'NotPrincipal' in s),
    )
  )
    throw malformedPolicy('Policy document should not specify a principal.');
  return parsed;
}
