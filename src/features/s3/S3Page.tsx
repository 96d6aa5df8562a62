import { useRoute } from '../../store/router';
import { BucketList } from './BucketList';
import { BucketPage } from './BucketPage';
import { CreateBucketForm } from './CreateBucketForm';
import { ObjectDetails } from './ObjectDetails';

/** Amazon S3: every route under `/s3`. */
export default function S3Page() {
  const { segments, query } = useRoute();
  const [, area, bucket, view] = segments;
  if (area === 'create') return <CreateBucketForm />;
  if (area === 'buckets' && bucket) {
    if (view === 'object')
      return <ObjectDetails bucket={bucket} objectKey={query.get('key') ?? ''} />;
    const tab = view === 'lifecycle' || view === 'properties' ? view : 'objects';
    return <BucketPage bucket={bucket} tab={tab} prefix={query.get('prefix') ?? ''} />;
  }
  return <BucketList />;
}
