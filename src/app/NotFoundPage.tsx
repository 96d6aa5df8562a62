import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { href } from '../store/router';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <ContentLayout header={<Header variant="h1">Page not found</Header>}>
      <Container>
        <Box variant="p">
          LakeLab has no page at <Box variant="code">{path}</Box>. The link may be from a newer
          version, or mistyped.
        </Box>
        <Box variant="p">
          <Link href={href('/')}>Go to the LakeLab home page</Link>
        </Box>
      </Container>
    </ContentLayout>
  );
}
