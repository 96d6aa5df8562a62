import Alert from '@cloudscape-design/components/alert';
import Spinner from '@cloudscape-design/components/spinner';
import { useRoute } from '../../store/router';
import { classifierDraftOf } from './classifierDraft';
import { ClassifierForm } from './ClassifierForm';
import { ClassifierList } from './ClassifierList';
import { CrawlerDetail } from './CrawlerDetail';
import { CrawlerList } from './CrawlerList';
import { CreateCrawlerWizard } from './CreateCrawlerWizard';
import { draftOf } from './crawlerDraft';
import { useCrawler } from './useCrawler';
import { useClassifiers, classifierName } from './useClassifiers';

function EditCrawler({ name }: { name: string }) {
  const { data, error } = useCrawler(name);
  if (error)
    return (
      <Alert type="error" header={error.name}>
        {error.message}
      </Alert>
    );
  // Keyed on the name so the draft starts from the crawler once it has loaded.
  return data ? (
    <CreateCrawlerWizard key={name} initial={draftOf(data)} />
  ) : (
    <Spinner size="large" />
  );
}

function EditClassifier({ name }: { name: string }) {
  const { data, isLoading } = useClassifiers();
  const found = data?.find((c) => classifierName(c) === name);
  if (isLoading) return <Spinner size="large" />;
  if (!found)
    return (
      <Alert type="error" header="EntityNotFoundException">
        Classifier {name} not found.
      </Alert>
    );
  return <ClassifierForm key={name} initial={classifierDraftOf(found)} />;
}

/** AWS Glue crawlers and classifiers: every route under `/glue/crawlers` and `/glue/classifiers`. */
export default function CrawlersPage() {
  const { segments } = useRoute();
  const [, area, name, view] = segments;
  if (area === 'classifiers') {
    if (name === 'create') return <ClassifierForm />;
    return name ? <EditClassifier name={name} /> : <ClassifierList />;
  }
  if (name === 'create') return <CreateCrawlerWizard />;
  if (name && view === 'edit') return <EditCrawler name={name} />;
  return name ? <CrawlerDetail name={name} /> : <CrawlerList />;
}
