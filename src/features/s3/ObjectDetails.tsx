import { useState } from 'react';
import Alert from '@cloudscape-design/components/alert';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Spinner from '@cloudscape-design/components/spinner';
import Tabs from '@cloudscape-design/components/tabs';
import { formatFromKey } from '../../engine/formats/detect';
import { nameOf } from './format';
import { ObjectActions } from './ObjectActions';
import { ObjectPreview } from './ObjectPreview';
import { ObjectProperties } from './ObjectProperties';
import { ParquetLayout } from './ParquetLayout';
import { PrefixBreadcrumbs } from './PrefixBreadcrumbs';
import { useObjectDetails } from './useObjectDetails';

/** One object: properties, a preview of its rows and, for Parquet, its layout. */
export function ObjectDetails({ bucket, objectKey }: { bucket: string; objectKey: string }) {
  const { data, error } = useObjectDetails(bucket, objectKey);
  const [activeTab, setActiveTab] = useState('properties');
  const parent = objectKey.slice(0, objectKey.lastIndexOf('/') + 1);
  const header = (
    <Header
      variant="h1"
      description={<PrefixBreadcrumbs bucket={bucket} prefix={parent} />}
      actions={
        data && (
          <ObjectActions
            bucket={bucket}
            objectKey={objectKey}
            storageClass={data.head.StorageClass ?? 'STANDARD'}
          />
        )
      }
    >
      {nameOf(objectKey)}
    </Header>
  );
  if (error)
    return (
      <ContentLayout header={header}>
        <Alert type="error" header={error.name}>
          {error.message}
        </Alert>
      </ContentLayout>
    );
  if (!data)
    return (
      <ContentLayout header={header}>
        <Spinner size="large" />
      </ContentLayout>
    );
  const etag = data.head.ETag ?? '';
  const isParquet = formatFromKey(objectKey) === 'parquet';
  const tabs = [
    {
      id: 'properties',
      label: 'Properties',
      content: <ObjectProperties bucket={bucket} objectKey={objectKey} details={data} />,
    },
    {
      id: 'preview',
      label: 'Preview',
      content: <ObjectPreview bucket={bucket} objectKey={objectKey} etag={etag} />,
    },
    ...(isParquet
      ? [
          {
            id: 'parquet',
            label: 'Parquet layout',
            content: <ParquetLayout bucket={bucket} objectKey={objectKey} etag={etag} />,
          },
        ]
      : []),
  ];
  return (
    <ContentLayout header={header}>
      <Tabs
        tabs={tabs}
        activeTabId={activeTab}
        onChange={({ detail }) => setActiveTab(detail.activeTabId)}
        ariaLabel="Object sections"
      />
    </ContentLayout>
  );
}
