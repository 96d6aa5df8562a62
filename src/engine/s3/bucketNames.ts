/**
 * S3 general purpose bucket naming rules (userguide/bucketnamingrules.html). Returns what
 * is wrong with a name, or undefined when it is valid.
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return 'must be between 3 and 63 characters long';
  if (!/^[a-z0-9.-]+$/.test(name))
    return 'can contain only lower-case letters, digits, dots (.) and hyphens (-)';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    return 'must begin and end with a letter or a digit';
  if (name.includes('..')) return 'must not contain two adjacent dots';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'must not be formatted as an IP address';
  if (name.startsWith('xn--')) return 'must not start with the prefix xn--';
  if (name.startsWith('sthree-')) return 'must not start with the prefix sthree-';
  if (name.endsWith('-s3alias')) return 'must not end with the suffix -s3alias';
  if (name.endsWith('--ol-s3')) return 'must not end with the suffix --ol-s3';
  if (name.endsWith('.mrap')) return 'must not end with the suffix .mrap';
  if (name.endsWith('--x-s3')) return 'must not end with the suffix --x-s3';
  return undefined;
}
