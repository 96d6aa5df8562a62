import { useState } from 'react';
import Wizard, { type WizardProps } from '@cloudscape-design/components/wizard';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';
import { navigate } from '../../store/router';
import {
  crawlerInput,
  EMPTY_DRAFT,
  stepOfError,
  STEP_NAMES,
  type CrawlerDraft,
} from './crawlerDraft';
import { DataSourcesStep } from './DataSourcesStep';
import { OutputStep } from './OutputStep';
import { PropertiesStep } from './PropertiesStep';
import { ReviewStep } from './ReviewStep';
import { SecurityStep } from './SecurityStep';
import type { StepProps } from './stepProps';

const I18N: WizardProps.I18nStrings = {
  stepNumberLabel: (n) => `Step ${n}`,
  collapsedStepsLabel: (n, total) => `Step ${n} of ${total}`,
  skipToButtonLabel: (step) => `Skip to ${step.title}`,
  navigationAriaLabel: 'Steps',
  cancelButton: 'Cancel',
  previousButton: 'Previous',
  nextButton: 'Next',
  optional: 'optional',
};

const FIELD_WORDS: Record<Parameters<StepProps['fieldError']>[0], RegExp> = {
  name: /name/i,
  path: /path|target/i,
  role: /role/i,
  schedule: /schedule|cron/i,
  database: /database/i,
};

interface Props {
  /** Edit an existing crawler (UpdateCrawler) instead of creating one. */
  initial?: CrawlerDraft;
}

/** Create crawler (or Edit): five steps as in the AWS console; errors land on their step. */
export function CreateCrawlerWizard({ initial }: Props) {
  const call = useLake((s) => s.call);
  const isEdit = initial !== undefined;
  const [draft, setDraft] = useState<CrawlerDraft>(initial ?? EMPTY_DRAFT);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<{ step: number; message: string }>();
  const [submitting, setSubmitting] = useState(false);
  const change = (patch: Partial<CrawlerDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const fieldError: StepProps['fieldError'] = (field) =>
    error && FIELD_WORDS[field].test(error.message) && stepOfError(error.message) === active
      ? error.message
      : undefined;
  const submit = async () => {
    setSubmitting(true);
    try {
      const input = crawlerInput(draft);
      await call(
        'glue',
        isEdit ? 'UpdateCrawler' : 'CreateCrawler',
        isEdit ? { ...input, Schedule: input.Schedule ?? '' } : input,
        { quiet: true },
      );
      navigate(`/glue/crawlers/${input.Name ?? ''}`);
    } catch (e) {
      if (!isAwsError(e)) throw e;
      const step = stepOfError(e.message);
      setError({ step, message: `${e.name}: ${e.message}` });
      setActive(step);
    } finally {
      setSubmitting(false);
    }
  };
  const props: StepProps = { draft, change, fieldError, isEdit };
  const contents = [
    <PropertiesStep key="p" {...props} />,
    <DataSourcesStep key="d" {...props} />,
    <SecurityStep key="s" {...props} />,
    <OutputStep key="o" {...props} />,
    <ReviewStep key="r" draft={draft} isEdit={isEdit} />,
  ];
  const steps: WizardProps.Step[] = STEP_NAMES.map((title, i) => ({
    title,
    content: contents[i],
    ...(error?.step === i ? { errorText: error.message } : {}),
  }));
  return (
    <Wizard
      i18nStrings={{ ...I18N, submitButton: isEdit ? 'Save crawler' : 'Create crawler' }}
      steps={steps}
      activeStepIndex={active}
      allowSkipTo
      isLoadingNextStep={submitting}
      onNavigate={({ detail }) => setActive(detail.requestedStepIndex)}
      onCancel={() => navigate('/glue/crawlers')}
      onSubmit={() => void submit()}
    />
  );
}
