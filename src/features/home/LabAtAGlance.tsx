import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import { useLake } from '../../store';
import { href } from '../../store/router';
import { formatBytes, formatUsd, summarizeLab } from './labSummary';

const UTC = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  dateStyle: 'full',
  timeStyle: 'medium',
});

/** Buckets, objects, bytes, IAM principals, simulated time and month-to-date cost. */
export function LabAtAGlance() {
  useLake((s) => s.version);
  const world = useLake((s) => s.engine.world);
  const summary = summarizeLab(world);
  return (
    <Container header={<Header variant="h2">Your lab at a glance</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'S3 buckets', value: <Link href={href('/s3')}>{summary.buckets}</Link> },
          { label: 'Objects', value: summary.objects },
          { label: 'Total size', value: formatBytes(summary.totalBytes) },
          { label: 'IAM users', value: <Link href={href('/iam')}>{summary.users}</Link> },
          { label: 'IAM roles', value: summary.roles },
          { label: 'Simulated time', value: `${UTC.format(world.clock.now)} UTC` },
          { label: 'Estimated cost, month to date', value: formatUsd(summary.monthToDateCost) },
        ]}
      />
    </Container>
  );
}
