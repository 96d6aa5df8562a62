import { useLake } from '../../store';

/**
 * A string that changes when Athena's workgroups, executions or saved queries change, or the
 * principal does: lists re-read on it rather than on every tick of the clock.
 */
export function useAthenaSignature(): string {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal) ?? '';
  const athena = engine.world.athena;
  if (!athena) return `${principal}|none`;
  const groups = Object.values(athena.workGroups)
    .map((g) => `${g.Name}:${g.State}:${g.OutputLocation ?? ''}`)
    .join(',');
  let finished = 0;
  let executions = 0;
  for (const e of Object.values(athena.executions)) {
    executions++;
    if (e.State !== 'QUEUED' && e.State !== 'RUNNING') finished++;
  }
  const named = Object.keys(athena.namedQueries).length;
  const catalogs = Object.keys(athena.dataCatalogs).length;
  return `${principal}|${groups}|${executions}:${finished}|${named}|${catalogs}`;
}
