import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import RadioGroup from '@cloudscape-design/components/radio-group';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CrawlerDraft, ScheduleChoice } from './crawlerDraft';
import { DatabasePicker } from './DatabasePicker';
import type { StepProps } from './stepProps';

const SCHEDULES: { value: ScheduleChoice; label: string }[] = [
  { value: 'ON_DEMAND', label: 'On demand' },
  { value: 'HOURLY', label: 'Hourly' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'CUSTOM', label: 'Custom' },
];

const DELETE_OPTIONS = [
  { value: 'DEPRECATE_IN_DATABASE', label: 'Mark the table as deprecated in the Data Catalog' },
  { value: 'DELETE_FROM_DATABASE', label: 'Delete tables and partitions from the Data Catalog' },
  { value: 'LOG', label: 'Ignore the change and do not update the table' },
];

/** Step 4: where tables go, when the crawler runs, and what it does when schemas change. */
export function OutputStep({ draft, change, fieldError }: StepProps) {
  const schedule = SCHEDULES.find((s) => s.value === draft.schedule)!;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Output</Header>}>
        <SpaceBetween size="l">
          <DatabasePicker draft={draft} change={change} errorText={fieldError('database')} />
          <FormField label="Table name prefix - optional">
            <Input
              value={draft.tablePrefix}
              onChange={({ detail }) => change({ tablePrefix: detail.value })}
            />
          </FormField>
          <Checkbox
            checked={draft.singleSchema}
            onChange={({ detail }) => change({ singleSchema: detail.checked })}
            description="Combine compatible schemas into one table per include path (Configuration Grouping CombineCompatibleSchemas)."
          >
            Create a single schema for each S3 path
          </Checkbox>
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Crawler schedule</Header>}>
        <SpaceBetween size="l">
          <FormField label="Frequency">
            <Select
              selectedOption={schedule}
              options={SCHEDULES}
              onChange={({ detail }) =>
                change({ schedule: detail.selectedOption.value as ScheduleChoice })
              }
            />
          </FormField>
          {draft.schedule === 'CUSTOM' && (
            <FormField
              label="Cron expression"
              description="AWS cron: cron(Minutes Hours Day-of-month Month Day-of-week Year), in UTC; one of the day fields is ?."
              errorText={fieldError('schedule')}
            >
              <Input value={draft.cron} onChange={({ detail }) => change({ cron: detail.value })} />
            </FormField>
          )}
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Schema changes and recrawls</Header>}>
        <SpaceBetween size="l">
          <FormField label="When the crawler detects schema changes">
            <RadioGroup
              value={draft.updateBehavior}
              onChange={({ detail }) =>
                change({ updateBehavior: detail.value as CrawlerDraft['updateBehavior'] })
              }
              items={[
                {
                  value: 'UPDATE_IN_DATABASE',
                  label: 'Update the table definition in the Data Catalog',
                },
                { value: 'LOG', label: 'Ignore the change and do not update the table' },
              ]}
            />
          </FormField>
          <FormField label="When the crawler finds deleted objects">
            <Select
              selectedOption={DELETE_OPTIONS.find((o) => o.value === draft.deleteBehavior)!}
              options={DELETE_OPTIONS}
              onChange={({ detail }) =>
                change({
                  deleteBehavior: detail.selectedOption.value as CrawlerDraft['deleteBehavior'],
                })
              }
            />
          </FormField>
          <FormField
            label="Subsequent crawler runs"
            description="Crawling new folders only needs both behaviours above set to ignore (LOG)."
          >
            <RadioGroup
              value={draft.recrawl}
              onChange={({ detail }) =>
                change({ recrawl: detail.value as CrawlerDraft['recrawl'] })
              }
              items={[
                { value: 'CRAWL_EVERYTHING', label: 'Crawl all sub-folders' },
                { value: 'CRAWL_NEW_FOLDERS_ONLY', label: 'Crawl new sub-folders only' },
              ]}
            />
          </FormField>
        </SpaceBetween>
      </Container>
    </SpaceBetween>
  );
}
