import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import { s3Uri } from './bucketPaths';
import { formatBytes, formatDate } from './format';
import { storageClassLabel } from './storageClassOptions';
import type { ObjectDetailsData } from './useObjectDetails';

const TIER_LABELS: Record<string, string> = {
  FREQUENT: 'Frequent Access',
  INFREQUENT: 'Infrequent Access',
  ARCHIVE_INSTANT: 'Archive Instant Access',
};

function encryptionText(head: ObjectDetailsData['head']): string {
  if (head.ServerSideEncryption === 'aws:kms')
    return `SSE-KMS (${head.SSEKMSKeyId ?? 'aws/s3'})${head.BucketKeyEnabled ? ', Bucket Key enabled' : ''}`;
  return 'SSE-S3 (Amazon S3 managed keys)';
}

/** Object overview and properties, as HeadObject and GetObjectTagging return them. */
export function ObjectProperties({
  bucket,
  objectKey,
  details,
}: {
  bucket: string;
  objectKey: string;
  details: ObjectDetailsData;
}) {
  const { head, tags, accessTier } = details;
  const storageClass = head.StorageClass ?? 'STANDARD';
  const metadata = Object.entries(head.Metadata ?? {});
  return (
    <Container header={<Header variant="h2">Object overview</Header>}>
      <KeyValuePairs
        columns={3}
        items={[
          { label: 'Key', value: objectKey },
          { label: 'S3 URI', value: s3Uri(bucket, objectKey) },
          {
            label: 'Size',
            value: `${formatBytes(head.ContentLength ?? 0)} (${head.ContentLength ?? 0} bytes)`,
          },
          { label: 'Entity tag (ETag)', value: head.ETag ?? '-' },
          { label: 'Last modified', value: formatDate(head.LastModified) },
          { label: 'Storage class', value: storageClassLabel(storageClass) },
          ...(storageClass === 'INTELLIGENT_TIERING'
            ? [
                {
                  label: 'Intelligent-Tiering access tier',
                  value: TIER_LABELS[accessTier ?? 'FREQUENT'] ?? accessTier,
                },
              ]
            : []),
          { label: 'Server-side encryption', value: encryptionText(head) },
          { label: 'Content type', value: head.ContentType ?? '-' },
          ...(head.ContentEncoding
            ? [{ label: 'Content encoding', value: head.ContentEncoding }]
            : []),
          {
            label: 'Metadata',
            value: metadata.length
              ? metadata.map(([k, v]) => `x-amz-meta-${k}: ${v}`).join(', ')
              : 'None',
          },
          {
            label: 'Tags',
            value: tags.length ? tags.map((t) => `${t.Key}=${t.Value}`).join(', ') : 'None',
          },
        ]}
      />
    </Container>
  );
}
