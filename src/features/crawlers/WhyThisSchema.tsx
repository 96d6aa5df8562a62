import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CrawlTableOutcome } from '../../engine/glue';
import { ClassifierVerdicts } from './ClassifierVerdicts';

/** What the schema change policy did: as the crawl recorded it, or worded from the action for older saved worlds. */
function policyWords(outcome: CrawlTableOutcome): string {
  if (outcome.policy) return outcome.policy;
  switch (outcome.action) {
    case 'created':
      return 'The table did not exist yet, so the crawler created it. The schema change policy only matters for tables that already exist.';
    case 'updated':
      return 'The schema differs from the table in the catalog and the update behaviour is UPDATE_IN_DATABASE, so the crawler updated the table.';
    case 'unchanged':
      return 'The schema is the same as the table in the catalog, so the table was not changed; new partitions are added whatever the policy.';
    default:
      return `The crawler did not find this table's data again: ${outcome.why.at(-1) ?? ''}.`;
  }
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <SpaceBetween size="xxs">
    <Box variant="h4">{title}</Box>
    {children}
  </SpaceBetween>
);

/** "Why this schema?": classifier, header, column types, folders and partitions, policy. */
export function WhyThisSchema({ outcome }: { outcome: CrawlTableOutcome }) {
  const found = outcome.classification !== undefined;
  const explanation = outcome.explanation;
  const partitionCount = explanation?.partitionCount ?? outcome.partitions?.length ?? 0;
  const shownPartitions = (outcome.partitions ?? []).slice(0, 10);
  return (
    <SpaceBetween size="m">
      {found && (
        <Section title={`Classifier: ${outcome.classifierName ?? outcome.classification ?? ''}`}>
          {explanation ? (
            <ClassifierVerdicts explanation={explanation} winner={outcome.classifierName} />
          ) : (
            <Box variant="p">
              This run was saved before LakeLab kept each classifier's verdict: run the crawler
              again to see them.
            </Box>
          )}
        </Section>
      )}
      {found && (
        <Section title="Column types">
          <ul>
            {(outcome.columns ?? []).map((c) => (
              <li key={c.name}>
                <b>{c.name}</b> is <Box variant="code">{c.type}</Box>
                {c.why ? `: ${c.why}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="Folders, tables and partitions">
        <ul>
          {outcome.why.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {(outcome.partitionKeys ?? []).map((k) => (
            <li key={k.name}>
              Partition key <b>{k.name}</b>: {k.why}
            </li>
          ))}
          {shownPartitions.map((p) => (
            <li key={p.location}>{p.why}</li>
          ))}
          {partitionCount > shownPartitions.length && (
            <li>…and {partitionCount - shownPartitions.length} more partitions</li>
          )}
        </ul>
      </Section>
      <Section title="Schema change policy">
        <Box variant="p">{policyWords(outcome)}</Box>
      </Section>
    </SpaceBetween>
  );
}
