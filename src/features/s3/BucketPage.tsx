import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Tabs from '@cloudscape-design/components/tabs';
import { href, navigate } from '../../store/router';
import { bucketTabPath } from './bucketPaths';
import { BucketProperties } from './BucketProperties';
import { LifecycleRulesEditor } from './LifecycleRulesEditor';
import { ObjectBrowser } from './ObjectBrowser';

export type BucketTab = 'objects' | 'lifecycle' | 'properties';

/** One bucket: its objects, its lifecycle rules (Management) and its properties. */
export function BucketPage({
  bucket,
  tab,
  prefix,
}: {
  bucket: string;
  tab: BucketTab;
  prefix: string;
}) {
  const content = {
    objects: <ObjectBrowser bucket={bucket} prefix={prefix} />,
    lifecycle: <LifecycleRulesEditor bucket={bucket} />,
    properties: <BucketProperties bucket={bucket} />,
  };
  const tabs = (['objects', 'properties', 'lifecycle'] as const).map((id) => ({
    id,
    label: id === 'objects' ? 'Objects' : id === 'properties' ? 'Properties' : 'Management',
    href: href(bucketTabPath(bucket, id)),
    content: id === tab ? content[id] : null,
  }));
  return (
    <ContentLayout
      header={
        <Header variant="h1" description="General purpose bucket">
          {bucket}
        </Header>
      }
    >
      <Tabs
        activeTabId={tab}
        ariaLabel="Bucket sections"
        tabs={tabs}
        onChange={({ detail }) => navigate(bucketTabPath(bucket, detail.activeTabId as BucketTab))}
      />
    </ContentLayout>
  );
}
