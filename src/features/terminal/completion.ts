import { cliCommandNames, cliServices, optionNames, type CliCatalog } from '../../engine/cli';

const S3_HIGH_LEVEL = ['cp', 'ls', 'mb', 'mv', 'rb', 'rm'];

/** Candidates for Tab: services after `aws `, commands after `aws <service> `, then `--options`. */
export function completionCandidates(
  line: string,
  catalog: CliCatalog,
): { prefix: string; candidates: string[] } {
  const words = line.split(/\s+/);
  const current = words.at(-1) ?? '';
  const prefix = line.slice(0, line.length - current.length);
  const matching = (choices: string[]) => ({
    prefix,
    candidates: choices.filter((c) => c.startsWith(current)),
  });
  if (words.length === 1) return matching(['aws']);
  if (words[0] !== 'aws') return { prefix, candidates: [] };
  if (words.length === 2) return matching(cliServices(catalog));
  const service = words[1] ?? '';
  if (words.length === 3)
    return matching(
      service === 's3'
        ? S3_HIGH_LEVEL
        : cliCommandNames(catalog, service === 's3api' ? 's3' : service),
    );
  if (current.startsWith('--') && service !== 's3')
    return matching(optionNames(catalog, service, words[2] ?? ''));
  return { prefix, candidates: [] };
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
