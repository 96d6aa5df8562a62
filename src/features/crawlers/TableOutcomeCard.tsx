import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CrawlTableOutcome } from '../../engine/glue';
import { href } from '../../store/router';
import { plural } from './format';
import { WhyThisSchema } from './WhyThisSchema';

const ACTION_WORDS: Record<CrawlTableOutcome['action'], string> = {
  created: 'Created',
  updated: 'Updated',
  unchanged: 'Unchanged',
  deleted: 'Deleted',
  deprecated: 'Marked deprecated',
  logged: 'Change logged, table left as it was',
};

interface Props {
  outcome: CrawlTableOutcome;
  database: string;
}

/** One table a run touched: what happened, its partition keys, and "Why this schema?". */
export function TableOutcomeCard({ outcome, database }: Props) {
  const keys = outcome.partitionKeys ?? [];
  const exists = outcome.action !== 'deleted';
  // Mounted only when opened: a run can list hundreds of tables.
  const [isOpen, setOpen] = useState(false);
  return (
    <section aria-label={`Table ${outcome.name}`}>
      <SpaceBetween size="xs">
        <Box variant="h3">
          {exists ? (
            <Link href={href(`/glue/databases/${database}/tables/${outcome.name}`)}>
              {outcome.name}
            </Link>
          ) : (
            outcome.name
          )}{' '}
          <Box variant="span" color="text-body-secondary">
            {ACTION_WORDS[outcome.action]}
            {outcome.classification ? ` · ${outcome.classification}` : ''}
            {outcome.partitionsAdded
              ? ` · ${plural(outcome.partitionsAdded, 'partition')} added`
              : ''}
          </Box>
        </Box>
        <Box variant="small">{outcome.location}</Box>
        <Box>
          Partition keys:{' '}
          {keys.length ? keys.map((k) => `${k.name} (${k.type})`).join(', ') : 'none'}
        </Box>
        <ExpandableSection
          headerText={`Why this schema? (${outcome.name})`}
          variant="footer"
          expanded={isOpen}
          onChange={({ detail }) => setOpen(detail.expanded)}
        >
          {isOpen && <WhyThisSchema outcome={outcome} />}
        </ExpandableSection>
      </SpaceBetween>
    </section>
  );
}
