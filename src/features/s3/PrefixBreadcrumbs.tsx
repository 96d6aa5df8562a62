import Link from '@cloudscape-design/components/link';
import { bucketHref } from './bucketPaths';

/** The prefix as a path of links: bucket / sales / 2024 /. */
export function PrefixBreadcrumbs({ bucket, prefix }: { bucket: string; prefix: string }) {
  const parts = prefix.split('/').filter(Boolean);
  return (
    <span role="navigation" aria-label="Folder path">
      <Link href={bucketHref(bucket)}>{bucket}</Link>
      {parts.map((part, i) => {
        const partPrefix = `${parts.slice(0, i + 1).join('/')}/`;
        return (
          <span key={partPrefix}>
            {' / '}
            {i === parts.length - 1 ? (
              <span aria-current="page">{part}</span>
            ) : (
              <Link href={bucketHref(bucket, partPrefix)}>{part}</Link>
            )}
          </span>
        );
      })}
      {' /'}
    </span>
  );
}
