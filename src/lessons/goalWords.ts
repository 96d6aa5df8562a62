import type { MessageKey } from '../i18n/en';
import type { Language } from '../i18n/language';
import { t, type MessageParams } from '../i18n/translate';
import type { GoalItem } from './goalExpectation';
import type {
  Cell,
  CellChange,
  Difference,
  EntriesSummary,
  Fields,
  Phrase,
  ReadProblem,
  SectionHeading,
} from './goalPhrase';

/**
 * "Goal vs now" said in a language: turns the comparison's data (goalPhrase.ts) into sentences
 * through the shell's message catalogues, so French typography comes with them.
 */
export interface GoalWords {
  /** A cell as shown in the table: a lab value as it is, words in the language. */
  cell(cell: Cell): string | undefined;
  difference(difference: Difference): string;
  requirement(item: Pick<GoalItem, 'requirement' | 'isAlternative'>): string;
  heading(heading: SectionHeading): string;
  readProblem(problem: ReadProblem): string;
  entries(summary: EntriesSummary): string;
}

const REQUIREMENT_KEYS: Record<GoalItem['requirement'], MessageKey> = {
  equals: 'goal.must.equals',
  contains: 'goal.must.contains',
  containsSql: 'goal.must.containsSql',
  length: 'goal.must.length',
  be: 'goal.must.be',
  some: 'goal.must.some',
  read: 'goal.must.read',
};

/** The words of "Goal vs now" in `language`. */
export function goalWords(language: Language): GoalWords {
  const say = (key: MessageKey, params?: MessageParams) => t(language, key, params);
  // French counts 0 and 1 in the singular, English only 1.
  const isOne = (n: number) => (language === 'fr' ? n <= 1 : n === 1);
  const items = (count: number) =>
    say(isOne(count) ? 'goal.itemsOne' : 'goal.itemsMany', { count });
  const joined = (parts: string[], key: 'goal.and' | 'goal.or') =>
    parts.reduce((a, b) => say(key, { a, b }));

  function phrase(p: Phrase): string {
    switch (p.kind) {
      case 'items':
        return items(p.count);
      case 'count':
        if (p.equals !== undefined) return say('goal.exactly', { what: items(p.equals) });
        return joined(
          [
            ...(p.atLeast !== undefined ? [say('goal.atLeast', { what: items(p.atLeast) })] : []),
            ...(p.atMost !== undefined ? [say('goal.atMost', { what: items(p.atMost) })] : []),
          ],
          'goal.and',
        );
      case 'includes':
        return say('goal.includes', { value: quote(p.value) });
      case 'includesSql':
        return say('goal.includesSql', { value: quote(p.value) });
      case 'present':
        return say('goal.present');
      case 'absent':
        return say('goal.absent');
      case 'atLeast':
        return say('goal.atLeast', { what: p.value });
      case 'atMost':
        return say('goal.atMost', { what: p.value });
      case 'failsWith':
        return say('goal.failsWith', { code: p.code });
      case 'succeeds':
        return say('goal.succeeds');
      case 'entryWhere':
        return say('goal.entryWhere', { what: cell(p.inner) ?? '' });
      case 'allOf':
      case 'anyOf': {
        const parts = p.parts.map(
          ({ path, cell: c }) => `${path ? `${path} ` : ''}${cell(c) ?? ''}`,
        );
        return parts.length ? joined(parts, p.kind === 'anyOf' ? 'goal.or' : 'goal.and') : '';
      }
    }
  }

  function cell(c: Cell): string | undefined {
    return typeof c === 'object' ? phrase(c) : c;
  }

  /** A value quoted for a sentence ("absent" when there is none). */
  function quote(c: Cell): string {
    const text = cell(c);
    return text === undefined ? say('goal.absent') : say('goal.quote', { value: text });
  }

  const fields = ({ columns, cells }: Fields): string =>
    columns.length === 1 && columns[0] === 'Value'
      ? quote(cells[0])
      : columns.map((c, i) => `${c} ${quote(cells[i])}`).join(', ');

  const change = ({ column, now, goal }: CellChange) =>
    column === 'Value'
      ? say('goal.diff.changeValue', { now: quote(now), goal: quote(goal) })
      : say('goal.diff.change', { column, now: quote(now), goal: quote(goal) });

  function difference(d: Difference): string {
    switch (d.kind) {
      case 'different': {
        const changes = d.changes.map(change).join('; ');
        if (!d.who) return say('goal.diff.different', { changes });
        const who = 'label' in d.who ? d.who.label : fields(d.who);
        return say('goal.diff.differentFor', { who, changes });
      }
      case 'moved':
        return say('goal.diff.moved', { who: fields(d.who), at: d.at, goalAt: d.goalAt });
      case 'missing':
        return d.label
          ? say('goal.diff.missingField', { label: d.label, what: fields(d.goal) })
          : say('goal.diff.missing', { what: fields(d.goal) });
      case 'noneYet':
        return say('goal.diff.noneYet', { goal: quote(d.goal) });
      case 'extra':
        return say('goal.diff.extra', {
          what: d.label ? `${d.label} ${fields(d.now)}` : fields(d.now),
        });
      case 'notExactly':
        return say('goal.diff.notExactly');
    }
  }

  return {
    cell,
    difference,
    requirement: ({ requirement, isAlternative }) => {
      const words = say(REQUIREMENT_KEYS[requirement]);
      return isAlternative ? say('goal.either', { requirement: words }) : words;
    },
    heading: (h) =>
      h.kind === 'goal'
        ? h.title
        : h.service === 'lab' && h.operation === 'GetQueryExecutions'
          ? say('goal.read.queries')
          : [
              `${h.service} ${h.operation}`,
              h.inputs.map(([k, v]) => `${k} ${v}`).join(', '),
              h.principal ? say('goal.read.as', { principal: h.principal }) : '',
            ]
              .filter(Boolean)
              .join(' · '),
    readProblem: (p) => {
      const what = say('goal.read.answers', {
        service: p.service,
        operation: p.operation,
        code: p.errorCode,
      });
      return say(`goal.problem.${p.kind}`, { what });
    },
    entries: ({ total, matching, nearestMeets, fieldCount }) => {
      const near = { total, met: nearestMeets, fields: fieldCount };
      if (total === 0) return say('goal.entries.none');
      if (total === 1) {
        if (matching === 1) return say('goal.entries.onlyMatches');
        return say(nearestMeets === 0 ? 'goal.entries.onlyNone' : 'goal.entries.onlyNear', near);
      }
      if (matching === 1) return say('goal.entries.matchOne', { total });
      if (matching > 1) return say('goal.entries.matchMany', { matching, total });
      if (nearestMeets === 0) return say('goal.entries.noneNear', { total });
      return say('goal.entries.nearest', near);
    },
  };
}
