import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { StoredCrawl } from '../../engine/glue';
import { formatTime } from './format';
import { TableOutcomeCard } from './TableOutcomeCard';

interface Props {
  run: StoredCrawl;
  database: string;
}

/** One run's results: the tables it touched (each with "Why this schema?") and its log. */
export function CrawlRunDetails({ run, database }: Props) {
  return (
    <Container
      header={
        <Header variant="h2" description={`Run ${run.CrawlId}`}>
          Results of the run started {formatTime(run.StartTime)}
        </Header>
      }
    >
      <SpaceBetween size="l">
        {run.State === 'RUNNING' || run.State === 'STOPPING' ? (
          <Box>The crawl is still running: step the clock to let it finish.</Box>
        ) : run.tables.length === 0 ? (
          <Box>This run created, updated or deleted no tables.</Box>
        ) : (
          run.tables.map((t) => <TableOutcomeCard key={t.name} outcome={t} database={database} />)
        )}
        {run.unclassified.length > 0 && (
          <Box>
            <b>Files no classifier recognised:</b>
            <ul>
              {run.unclassified.map((u) => (
                <li key={u.key}>
                  {u.key}: {u.why}
                </li>
              ))}
            </ul>
          </Box>
        )}
        <ExpandableSection headerText="Run log" defaultExpanded={false}>
          <Box variant="code">
            {run.log.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </Box>
        </ExpandableSection>
      </SpaceBetween>
    </Container>
  );
}
