/**
 * The AWS CLI derives command and option names from API names with botocore's
 * `xform_name`: ListObjectsV2 → list-objects-v2, GetCallerIdentity → get-caller-identity.
 */
export function toKebab(name: string): string {
  // botocore xform_name: a trailing run of capitals ending in "s" (ARNs, ACLs) becomes one word.
  const special = /[A-Z]{2,}s$/.exec(name);
  const base = special ? `${name.slice(0, -special[0].length)}-${special[0].toLowerCase()}` : name;
  return base
    .replace(/(.)([A-Z][a-z]+)/g, '$1-$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();
}

/** Options whose CLI spelling differs from what `toKebab` gives (aliases the high-level and s3api commands use). */
export const IRREGULAR_MEMBERS: Record<string, string> = {
  'sse-kms-key-id': 'SSEKMSKeyId',
  'ssekms-key-id': 'SSEKMSKeyId',
  'sse-customer-key': 'SSECustomerKey',
  'sse-customer-algorithm': 'SSECustomerAlgorithm',
  'sse-customer-key-md5': 'SSECustomerKeyMD5',
  'ssekms-encryption-context': 'SSEKMSEncryptionContext',
  'sse-kms-encryption-context': 'SSEKMSEncryptionContext',
  acl: 'ACL',
  'max-keys': 'MaxKeys',
  'content-md5': 'ContentMD5',
  'role-arn': 'RoleArn',
  'policy-arn': 'PolicyArn',
  'kms-key-id': 'KmsKeyId',
};

/** PascalCase of a kebab name, when no schema tells the exact member: max-keys → MaxKeys. */
export function fromKebab(kebab: string): string {
  return (
    IRREGULAR_MEMBERS[kebab] ??
    kebab
      .split('-')
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join('')
  );
}

/** The name among `names` whose kebab form is `kebab`, else undefined. */
export function matchKebab(kebab: string, names: readonly string[]): string | undefined {
  const irregular = IRREGULAR_MEMBERS[kebab];
  if (irregular && names.includes(irregular)) return irregular;
  return names.find((name) => toKebab(name) === kebab);
}

/** Edit distance, for "did you mean" hints. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest choices to a mistyped word (prefix matches first), at most `limit`. */
export function closestChoices(word: string, choices: readonly string[], limit = 3): string[] {
  const scored = choices
    .map((choice) => ({
      choice,
      score: choice.startsWith(word) || word.startsWith(choice) ? 0 : editDistance(word, choice),
    }))
    .filter((c) => c.score <= Math.max(2, Math.floor(word.length / 3)))
    .sort((a, b) => a.score - b.score || a.choice.localeCompare(b.choice));
  return scored.slice(0, limit).map((c) => c.choice);
}
