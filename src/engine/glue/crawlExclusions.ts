/**
 * Crawler exclude patterns are Unix globs relative to the include path: `*` stays within one
 * folder, `**` crosses folders, `?` is one character, `[!0]` negates a class, `{a,b}` is either
 * (define-crawler.html, "Include and exclude patterns").
 */
export function globToRegExp(pattern: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else if (ch === '?') source += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      const body = pattern.slice(i + 1, end);
      source += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
      i = end;
    } else if (ch === '{') {
      braces++;
      source += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      source += ')';
    } else if (ch === ',' && braces > 0) source += '|';
    else source += ch.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** The first exclude pattern that matches a key (relative to the include path), if any. */
export function exclusionFor(relativeKey: string, patterns: readonly string[]): string | undefined {
  return patterns.find((pattern) => globToRegExp(pattern).test(relativeKey));
}

/** Bucket and prefix of an S3 include path: `s3://bucket/folder/`, `bucket/folder` or a bucket alone. */
export function parseIncludePath(path: string): { bucket: string; prefix: string } {
  const bare = path.replace(/^s3:\/\//i, '');
  const slash = bare.indexOf('/');
  if (slash < 0) return { bucket: bare, prefix: '' };
  const prefix = bare.slice(slash + 1);
  return { bucket: bare.slice(0, slash), prefix };
}
