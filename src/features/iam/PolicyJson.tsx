import Box from '@cloudscape-design/components/box';
import { prettyPolicy } from './policyDocument';

/** A policy document, pretty-printed and scrollable. */
export function PolicyJson({ document }: { document: string }) {
  return (
    <Box variant="code" display="block">
      <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre' }}>
        {prettyPolicy(document)}
      </pre>
    </Box>
  );
}
