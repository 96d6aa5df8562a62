import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Spinner from '@cloudscape-design/components/spinner';
import { navigate } from '../../store/router';
import { CrawlerActions } from './CrawlerActions';
import { CrawlerStatus } from './CrawlerStatus';
import { CrawlRunDetails } from './CrawlRunDetails';
import { CrawlRuns } from './CrawlRuns';
import { CrawlTip } from './CrawlTip';
import { formatTime } from './format';
import { useCrawler, useCrawlHistory } from './useCrawler';

/** One crawler: its properties, actions, runs, and what the chosen run did and why. */
export function CrawlerDetail({ name }: { name: string }) {
  const { data: crawler, error, isLoading } = useCrawler(name);
  const runs = useCrawlHistory(name);
  const [chosenId, setChosenId] = useState<string>();
  const chosen = runs.find((r) => r.CrawlId === chosenId) ?? runs[0];
  if (error)
    return (
      <Alert type="error" header={error.name}>
        {error.message}
      </Alert>
    );
  if (isLoading || !crawler) return <Spinner size="large" />;
  const targets = (crawler.Targets?.S3Targets ?? []).map((t) => t.Path).join(', ');
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        actions={
          <CrawlerActions
            name={name}
            state={crawler.State}
            afterDelete="/glue/crawlers"
            onEdit={() => navigate(`/glue/crawlers/${name}/edit`)}
          />
        }
      >
        {name}
      </Header>
      {crawler.State !== 'READY' && <CrawlTip />}
      <Container header={<Header variant="h2">Crawler properties</Header>}>
        <KeyValuePairs
          columns={3}
          items={[
            { label: 'State', value: <CrawlerStatus state={crawler.State} /> },
            { label: 'IAM role', value: crawler.Role ?? '-' },
            { label: 'Database', value: crawler.DatabaseName ?? 'default' },
            { label: 'Data sources', value: targets || '-' },
            { label: 'Custom classifiers', value: crawler.Classifiers?.join(', ') || 'None' },
            { label: 'Schedule', value: crawler.Schedule?.ScheduleExpression ?? 'On demand' },
            { label: 'Table prefix', value: crawler.TablePrefix ?? '-' },
            {
              label: 'Schema change policy',
              value: `Update: ${crawler.SchemaChangePolicy?.UpdateBehavior}; delete: ${crawler.SchemaChangePolicy?.DeleteBehavior}`,
            },
            { label: 'Recrawl policy', value: crawler.RecrawlPolicy?.RecrawlBehavior ?? '-' },
            { label: 'Last updated', value: formatTime(crawler.LastUpdated) },
            { label: 'Description', value: crawler.Description || '-' },
          ]}
        />
      </Container>
      <CrawlRuns runs={runs} selectedId={chosen?.CrawlId} onSelect={setChosenId} />
      {chosen && <CrawlRunDetails run={chosen} database={crawler.DatabaseName ?? 'default'} />}
    </SpaceBetween>
  );
}
