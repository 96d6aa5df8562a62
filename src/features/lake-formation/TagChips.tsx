import Badge from '@cloudscape-design/components/badge';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { NodeTag } from './tagTreeModel';

/** A node's tags in force: own ones removable, inherited ones labelled, overrides highlighted. */
export function TagChips({
  tags,
  onRemove,
  nodeLabel,
}: {
  tags: NodeTag[];
  onRemove: (key: string, value: string) => void;
  nodeLabel: string;
}) {
  if (tags.length === 0)
    return (
      <Box variant="small" color="text-body-secondary">
        No LF-Tags
      </Box>
    );
  return (
    <SpaceBetween direction="horizontal" size="xxs">
      {tags.map((t) =>
        t.inheritedFrom ? (
          <Box key={t.key} variant="small" color="text-body-secondary">
            {t.key}={t.value} (inherited from {t.inheritedFrom})
          </Box>
        ) : (
          <span key={t.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}>
            <Badge color={t.overrides ? 'blue' : 'grey'}>
              {t.key}={t.value}
              {t.overrides ? ` — overrides ${t.overrides}` : ''}
            </Badge>
            <Button
              variant="inline-icon"
              iconName="close"
              ariaLabel={`Remove ${t.key}=${t.value} from ${nodeLabel}`}
              onClick={() => onRemove(t.key, t.value)}
            />
          </span>
        ),
      )}
    </SpaceBetween>
  );
}
