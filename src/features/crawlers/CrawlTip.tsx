import Alert from '@cloudscape-design/components/alert';

/** Crawls run on the simulated clock, which the student drives from the top bar. */
export function CrawlTip() {
  return (
    <Alert type="info" header="Crawls take simulated time">
      Crawls take simulated time: press Play or Step to next event in the top bar to let a running
      crawl finish.
    </Alert>
  );
}
