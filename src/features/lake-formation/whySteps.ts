import type { TableAccess } from '../../engine/lakeformation/access';
import { rowsInWords } from './matrixModel';

const rowsPhrase = (access: TableAccess) => {
  const words = rowsInWords(access);
  return words.charAt(0).toLowerCase() + words.slice(1);
};

/** The decision for a table (or one of its columns), step by step, as a student reads it. */
export function whySteps(access: TableAccess, who: string, column?: string): string[] {
  const label = `${access.database}.${access.table}`;
  const steps = [
    access.mode === 'iam'
      ? `${label} is under IAM-only control: IAMAllowedPrincipals holds Super on it, so ${who}'s IAM policies alone decide.`
      : `${label} is under Lake Formation control: only Lake Formation grants to ${who} (or its groups) give access.`,
    ...access.reasons.map((r) => r.text),
  ];
  if (column) {
    const c = access.columns.find((x) => x.column === column);
    if (c)
      steps.push(
        c.reason || (c.allowed ? `Column ${column} is allowed.` : `Column ${column} is denied.`),
      );
    steps.push(
      c?.allowed
        ? `Result: ${who} may read ${label}.${column} — ${rowsPhrase(access)}.`
        : `Result: ${label}.${column} is absent for ${who}: SELECT * leaves it out, and naming it fails.`,
    );
    return steps;
  }
  const hidden = access.columns.filter((c) => !c.allowed).map((c) => c.column);
  if (!access.select) steps.push(`Result: ${who} may not read ${label}.`);
  else
    steps.push(
      `Result: ${who} reads ${hidden.length ? `every column except ${hidden.join(', ')}` : 'every column'} — ${rowsPhrase(access)}.`,
    );
  return steps;
}
