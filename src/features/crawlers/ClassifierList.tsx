import { useState } from 'react';
import { useCollection } from '@cloudscape-design/collection-hooks';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table, { type TableProps } from '@cloudscape-design/components/table';
import type { Classifier } from '@aws-sdk/client-glue';
import { useLake } from '../../store';
import { href, navigate } from '../../store/router';
import { TablePagination } from '../../ui/TablePagination';
import { KIND_LABELS, type ClassifierKind } from './classifierDraft';
import { formatTime } from './format';
import { classifierName, useClassifiers } from './useClassifiers';

interface Row {
  name: string;
  type: string;
  classification: string;
  lastUpdated: Date | undefined;
}

function rowOf(c: Classifier): Row {
  const kind = (Object.keys(c) as ClassifierKind[]).find((k) => k in KIND_LABELS)!;
  const member = c[kind] as { Classification?: string; LastUpdated?: Date } | undefined;
  // CSV and JSON classifiers write the classification csv / json (custom-classifier.html).
  const fixed: Partial<Record<ClassifierKind, string>> = {
    CsvClassifier: 'csv',
    JsonClassifier: 'json',
  };
  return {
    name: classifierName(c),
    type: KIND_LABELS[kind],
    classification: member?.Classification ?? fixed[kind] ?? '-',
    lastUpdated: member?.LastUpdated,
  };
}

const columns: TableProps.ColumnDefinition<Row>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (r) => <Link href={href(`/glue/classifiers/${r.name}`)}>{r.name}</Link>,
    sortingField: 'name',
    isRowHeader: true,
  },
  { id: 'type', header: 'Type', cell: (r) => r.type, sortingField: 'type' },
  { id: 'classification', header: 'Classification', cell: (r) => r.classification },
  { id: 'updated', header: 'Last updated', cell: (r) => formatTime(r.lastUpdated) },
];

/** Custom classifiers: list, add, edit, delete. */
export function ClassifierList() {
  const call = useLake((s) => s.call);
  const { data, error, isLoading } = useClassifiers();
  const [deleting, setDeleting] = useState(false);
  const { items, collectionProps, paginationProps } = useCollection((data ?? []).map(rowOf), {
    sorting: { defaultState: { sortingColumn: columns[0]! } },
    pagination: { pageSize: 20 },
    selection: { trackBy: 'name' },
  });
  const selected = collectionProps.selectedItems?.[0];
  const remove = async (name: string) => {
    setDeleting(true);
    await call('glue', 'DeleteClassifier', { Name: name }).catch(() => undefined);
    setDeleting(false);
  };
  return (
    <SpaceBetween size="m">
      {error && (
        <Alert type="error" header={error.name}>
          {error.message}
        </Alert>
      )}
      <Table
        {...collectionProps}
        items={items}
        columnDefinitions={columns}
        trackBy="name"
        selectionType="single"
        ariaLabels={{
          selectionGroupLabel: 'Classifiers',
          itemSelectionLabel: (_, r) => `Select classifier ${r.name}`,
          allItemsSelectionLabel: () => 'Select all',
        }}
        loading={isLoading}
        loadingText="Loading classifiers"
        variant="full-page"
        empty={
          <Box textAlign="center">
            No custom classifiers. Crawlers use the built-in ones (CSV, JSON, Parquet, Avro, ORC,
            XML, logs) unless you add your own.
          </Box>
        }
        header={
          <Header
            variant="awsui-h1-sticky"
            counter={data ? `(${data.length})` : undefined}
            description="A crawler tries its custom classifiers, in order, before the built-in ones."
            actions={
              <SpaceBetween direction="horizontal" size="xs">
                <Button
                  disabled={!selected}
                  loading={deleting}
                  onClick={() => selected && void remove(selected.name)}
                >
                  Delete
                </Button>
                <Button variant="primary" onClick={() => navigate('/glue/classifiers/create')}>
                  Add classifier
                </Button>
              </SpaceBetween>
            }
          >
            Classifiers
          </Header>
        }
        pagination={<TablePagination {...paginationProps} />}
      />
    </SpaceBetween>
  );
}
