/** "AWS service: glue.amazonaws.com", "Account: 111122223333"… from a trust policy, for display. */
export function trustedEntities(document: string): string[] {
  try {
    const json = JSON.parse(document) as { Statement?: unknown };
    const statements = (
      Array.isArray(json.Statement) ? json.Statement : [json.Statement]
    ) as Array<{ Effect?: string; Principal?: unknown }>;
    const found: string[] = [];
    for (const s of statements) {
      if (s?.Effect !== 'Allow' || !s.Principal) continue;
      if (s.Principal === '*') found.push('Anyone (*)');
      else
        for (const [type, value] of Object.entries(s.Principal as Record<string, unknown>))
          for (const v of Array.isArray(value) ? value : [value])
            found.push(`${type === 'Service' ? 'AWS service' : type}: ${String(v)}`);
    }
    return found;
  } catch {
    return [];
  }
}
