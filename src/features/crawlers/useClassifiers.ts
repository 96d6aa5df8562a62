import type { Classifier } from '@aws-sdk/client-glue';
import { useGlueQuery } from './useGlueQuery';

export async function listClassifiers(
  call: Parameters<Parameters<typeof useGlueQuery>[1]>[0],
): Promise<Classifier[]> {
  const all: Classifier[] = [];
  let token: string | undefined;
  do {
    const page = await call<{ Classifiers?: Classifier[]; NextToken?: string }>(
      'glue',
      'GetClassifiers',
      token ? { NextToken: token } : {},
    );
    all.push(...(page.Classifiers ?? []));
    token = page.NextToken;
  } while (token);
  return all;
}

export const useClassifiers = () => useGlueQuery('classifiers', listClassifiers);

const nameOf = (c: Classifier) =>
  c.GrokClassifier?.Name ??
  c.CsvClassifier?.Name ??
  c.JsonClassifier?.Name ??
  c.XMLClassifier?.Name ??
  '';

export { nameOf as classifierName };

export function useClassifierNames(): string[] {
  return (useClassifiers().data ?? []).map(nameOf);
}
