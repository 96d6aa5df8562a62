import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Link from '@cloudscape-design/components/link';
import { href } from '../../store/router';

export function NotFound({ kind, name }: { kind: 'user' | 'role'; name: string }) {
  return (
    <Container>
      <Box variant="p">
        There is no IAM {kind} named <Box variant="code">{name}</Box> in this account. It may have
        been deleted.
      </Box>
      <Link href={href('/iam')}>Back to IAM</Link>
    </Container>
  );
}
