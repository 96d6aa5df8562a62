import { cliCommandNames, cliServices, type CliCatalog } from '../../engine/cli';

const S3_HIGH_LEVEL = ['cp', 'ls', 'mb', 'mv', 'rb', 'rm'];

/** Candidates for Tab: services after `aws `, commands after `aws <service> `. */
export function completionCandidates(
  line: string,
  catalog: CliCatalog,
): { prefix: string; candidates: string[] } {
  const words = line.split(/\s+/);
  const current = words.at(-1) ?? '';
  const prefix = line.slice(0, line.length - current.length);
  if (words.length === 1)
    return { prefix, candidates: ['aws'].filter((c) => c.startsWith(current)) };
  if (words[0] !== 'aws' || words.length > 3) return { prefix, candidates: [] };
  if (words.length === 2)
    return { prefix, candidates: cliServices(catalog).filter((s) => s.startsWith(current)) };
  const service = words[1] ?? '';
  const commands =
    service === 's3'
      ? S3_HIGH_LEVEL
      : cliCommandNames(catalog, service === 's3api' ? 's3' : service);
  return { prefix, candidates: commands.filter((c) => c.startsWith(current)) };
}

/** Completes the line: the single candidate plus a space, else the longest common prefix. */
export function completeLine(
  line: string,
  catalog: CliCatalog,
): { line: string; candidates: string[] } {
  const { prefix, candidates } = completionCandidates(line, catalog);
  if (candidates.length === 0) return { line, candidates };
  if (candidates.length === 1) return { line: `${prefix}${candidates[0]} `, candidates };
  let common = candidates[0]!;
  for (const candidate of candidates)
    while (!candidate.startsWith(common)) common = common.slice(0, -1);
  return { line: `${prefix}${common}`, candidates };
}
