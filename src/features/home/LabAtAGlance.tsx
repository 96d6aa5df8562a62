import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Link from '@cloudscape-design/components/link';
import { useT } from '../../i18n';
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
  const { t } = useT();
  return (
    <Container header={<Header variant="h2">{t('home.atAGlance')}</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: t('home.buckets'), value: <Link href={href('/s3')}>{summary.buckets}</Link> },
          { label: t('home.objects'), value: summary.objects },
          { label: t('home.totalSize'), value: formatBytes(summary.totalBytes) },
          { label: t('home.iamUsers'), value: <Link href={href('/iam')}>{summary.users}</Link> },
          { label: t('home.iamRoles'), value: summary.roles },
          { label: t('home.simulatedTime'), value: `${UTC.format(world.clock.now)} UTC` },
          { label: t('home.monthToDate'), value: formatUsd(summary.monthToDateCost) },
        ]}
      />
    </Container>
  );
}
