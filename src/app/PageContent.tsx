import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';
import { Suspense } from 'react';
import type { Route } from '../store/router';
import { FeatureErrorBoundary } from './FeatureErrorBoundary';
import { NotFoundPage } from './NotFoundPage';
import { featureFor, HomePage } from './routes';

function PageLoading() {
  return (
    <Box textAlign="center" padding="xxl">
      <Spinner size="large" /> <Box variant="span">Loading…</Box>
    </Box>
  );
}

/** The page for the route, loaded on demand, inside its own error boundary. */
export function PageContent({ route }: { route: Route }) {
  const feature = featureFor(route.path);
  const name = feature?.label ?? (route.path === '/' ? 'Home' : 'Page not found');
  let page = <NotFoundPage path={route.path} />;
  if (route.path === '/') page = <HomePage />;
  else if (feature) page = <feature.page />;
  return (
    // Keyed by feature: moving to another page also clears a previous page's error.
    <FeatureErrorBoundary key={feature?.path ?? route.path} featureName={name}>
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </FeatureErrorBoundary>
  );
}
