import { describe, expect, it } from 'vitest';
import type { SectionHeading } from './goalPhrase';
import { goalWords } from './goalWords';

const en = goalWords('en');
const fr = goalWords('fr');

describe('goalWords: how the entries of a long list stand', () => {
  const cases = [
    [{ total: 0, matching: 0, nearestMeets: 0, fieldCount: 2 }, 'Your lab has no entries yet.'],
    [{ total: 1, matching: 1, nearestMeets: 2, fieldCount: 2 }, 'Your only entry matches.'],
    [
      { total: 1, matching: 0, nearestMeets: 1, fieldCount: 2 },
      'Your only entry does not match yet: it meets 1 of the 2 requirements.',
    ],
    [
      { total: 5, matching: 2, nearestMeets: 2, fieldCount: 2 },
      '2 of your 5 entries match; one of them is shown first.',
    ],
    [
      { total: 5, matching: 0, nearestMeets: 0, fieldCount: 2 },
      'None of your 5 entries matches yet, not even in part.',
    ],
  ] as const;
  it.each(cases)('says %o honestly', (summary, words) => {
    expect(en.entries(summary)).toBe(words);
  });

  it('says them in French with French typography', () => {
    expect(fr.entries({ total: 12, matching: 0, nearestMeets: 2, fieldCount: 3 })).toBe(
      'Aucune de vos 12 entrées ne correspond encore. La plus proche, affichée en premier, remplit 2 des 3 exigences.',
    );
    expect(fr.entries({ total: 1, matching: 0, nearestMeets: 1, fieldCount: 2 })).toBe(
      'Votre seule entrée ne correspond pas encore\u00a0: elle remplit 1 des 2 exigences.',
    );
  });
});

describe('goalWords: requirements and counts', () => {
  it('counts items in each language’s plural (French says 0 and 1 in the singular)', () => {
    expect(en.cell({ kind: 'count', equals: 0 })).toBe('exactly 0 items');
    expect(fr.cell({ kind: 'count', equals: 0 })).toBe('exactement 0 élément');
    expect(fr.cell({ kind: 'count', atLeast: 2, atMost: 5 })).toBe(
      'au moins 2 éléments et au plus 5 éléments',
    );
  });

  it('says a requirement and its alternative', () => {
    expect(en.requirement({ requirement: 'contains', isAlternative: true })).toBe(
      'either must include',
    );
    expect(fr.requirement({ requirement: 'some' })).toBe('doit avoir une entrée comme');
  });

  it('says a SQL fragment requirement and a goal that could not be read', () => {
    expect(en.cell({ kind: 'includesSql', value: 'GROUP BY' })).toBe(
      'includes “GROUP BY” (SQL, any case)',
    );
    const problem = {
      kind: 'goalUnreadable',
      service: 'glue',
      operation: 'GetTable',
      errorCode: 'AccessDeniedException',
    } as const;
    expect(fr.readProblem(problem)).toBe(
      'L’objectif de la leçon n’a pas pu être lu\u00a0: glue GetTable répond AccessDeniedException.',
    );
  });

  it('keeps lab values as they are and says no value as absent', () => {
    expect(fr.cell('SUCCEEDED')).toBe('SUCCEEDED');
    expect(fr.difference({ kind: 'noneYet', goal: undefined })).toBe(
      'Manquant\u00a0: rien pour l’instant\u00a0; l’objectif est absent.',
    );
  });
});

describe('goalWords: headings', () => {
  it('names the lab’s query history in words, and an AWS read by its operation', () => {
    const queries: SectionHeading = {
      kind: 'read',
      service: 'lab',
      operation: 'GetQueryExecutions',
      inputs: [],
    };
    expect(en.heading(queries)).toBe('Athena queries in your lab, latest first');
    expect(fr.heading(queries)).toBe(
      'Requêtes Athena de votre lab, des plus récentes aux plus anciennes',
    );
    expect(fr.heading({ kind: 'read', service: 's3', operation: 'ListBuckets', inputs: [] })).toBe(
      's3 ListBuckets',
    );
  });
});
