import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import Link from '@cloudscape-design/components/link';
import { useT } from '../i18n';
import { href } from '../store/router';

export function NotFoundPage({ path }: { path: string }) {
  const { t } = useT();
  const [before = '', after = ''] = t('notFound.body').split('{path}');
  return (
    <ContentLayout header={<Header variant="h1">{t('app.pageNotFound')}</Header>}>
      <Container>
        <Box variant="p">
          {before}
          <Box variant="code">{path}</Box>
          {after}
        </Box>
        <Box variant="p">
          <Link href={href('/')}>{t('notFound.home')}</Link>
        </Box>
      </Container>
    </ContentLayout>
  );
}
