import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { crawlerInput, type CrawlerDraft } from './crawlerDraft';

/** Step 5: what CreateCrawler will be called with. */
export function ReviewStep({ draft, isEdit }: { draft: CrawlerDraft; isEdit: boolean }) {
  const input = crawlerInput(draft);
  return (
    <Container
      header={
        <Header
          variant="h2"
          actions={
            <ShowCliButton
              service="glue"
              operation={isEdit ? 'UpdateCrawler' : 'CreateCrawler'}
              input={input}
            />
          }
        >
          Review
        </Header>
      }
    >
      <KeyValuePairs
        columns={2}
        items={[
          { label: 'Name', value: input.Name || '-' },
          { label: 'IAM role', value: input.Role || '-' },
          { label: 'Database', value: input.DatabaseName ?? 'default' },
          {
            label: 'S3 paths',
            value: (input.Targets?.S3Targets ?? []).map((t) => t.Path).join(', ') || '-',
          },
          { label: 'Classifiers', value: (input.Classifiers ?? []).join(', ') || 'Built-in only' },
          { label: 'Table prefix', value: input.TablePrefix ?? '-' },
          { label: 'Schedule', value: input.Schedule ?? 'On demand' },
          { label: 'When the schema changes', value: input.SchemaChangePolicy?.UpdateBehavior },
          { label: 'When objects are deleted', value: input.SchemaChangePolicy?.DeleteBehavior },
          { label: 'Recrawl policy', value: input.RecrawlPolicy?.RecrawlBehavior ?? '-' },
        ]}
      />
    </Container>
  );
}
