import Box from '@cloudscape-design/components/box';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { formatBytes, formatQuantity, formatUsd } from './format';
import { useStorageCost } from './useStorageCost';

/** Storage and cost: bytes and objects per storage class, the monthly estimate, and S3 charges this month. */
export function StorageCostPanel({ bucket }: { bucket: string }) {
  const { classes, month, monthToDate } = useStorageCost(bucket);
  const used = classes.filter((c) => c.objectCount > 0);
  const monthly = used.reduce((sum, c) => sum + c.estimatedMonthlyCost, 0);
  const spent = monthToDate.reduce((sum, l) => sum + l.cost, 0);
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Estimates from us-east-1 list prices; a month is 30 days."
        >
          Storage and cost
        </Header>
      }
    >
      <SpaceBetween size="l">
        <ColumnLayout columns={3} variant="text-grid">
          <div>
            <Box variant="awsui-key-label">Objects</Box>
            <Box>{used.reduce((n, c) => n + c.objectCount, 0)}</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">Estimated monthly storage cost (this bucket)</Box>
            <Box>{formatUsd(monthly)}</Box>
          </div>
          <div>
            <Box variant="awsui-key-label">{`S3 charges in ${month}, month to date (all buckets)`}</Box>
            <Box>{formatUsd(spent)}</Box>
          </div>
        </ColumnLayout>
        <Table
          variant="embedded"
          items={used}
          trackBy="storageClass"
          ariaLabels={{ tableLabel: 'Storage by class' }}
          empty={<Box textAlign="center">No objects stored yet.</Box>}
          columnDefinitions={[
            { id: 'class', header: 'Storage class', cell: (c) => c.label, isRowHeader: true },
            { id: 'objects', header: 'Objects', cell: (c) => c.objectCount },
            { id: 'bytes', header: 'Size', cell: (c) => formatBytes(c.bytes) },
            {
              id: 'cost',
              header: 'Estimated cost per month',
              cell: (c) => formatUsd(c.estimatedMonthlyCost),
            },
          ]}
        />
        {monthToDate.length > 0 && (
          <Table
            variant="embedded"
            items={monthToDate}
            trackBy="usageType"
            ariaLabels={{ tableLabel: 'S3 charges this month by usage type' }}
            columnDefinitions={[
              { id: 'usage', header: 'Usage type', cell: (l) => l.usageType, isRowHeader: true },
              {
                id: 'quantity',
                header: 'Quantity',
                cell: (l) => `${formatQuantity(l.quantity)} ${l.unit}`,
              },
              { id: 'cost', header: 'Cost', cell: (l) => formatUsd(l.cost) },
            ]}
          />
        )}
      </SpaceBetween>
    </Container>
  );
}
