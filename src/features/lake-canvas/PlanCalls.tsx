import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ShowCliButton } from '../../ui/ShowCliButton';
import type { PlanStep } from './plans';
import { PlanFailureAlert } from './PlanFailureAlert';
import type { PlanFailure } from './rollback';

/** The AWS calls Create makes, in order, each with its CLI equivalent. */
export function PlanCalls({ steps }: { steps: PlanStep[] }) {
  return (
    <ExpandableSection headerText={`AWS calls (${steps.length})`} variant="footer">
      <ol className="lc-calls">
        {steps.map((step, i) => (
          <li key={i}>
            <SpaceBetween size="xxs">
              <Box variant="code">
                {step.service}:{step.operation}
              </Box>
              <ShowCliButton
                service={step.service}
                operation={step.operation}
                input={step.input({})}
              />
            </SpaceBetween>
          </li>
        ))}
      </ol>
    </ExpandableSection>
  );
}

/**
 * The footer every draft shares: its AWS calls, then "Create pipeline", busy while `onCreate`
 * runs. `onCreate` creates the pipeline as one unit and returns its failure, if any: the form
 * stays as filled and the alert shows the AWS error and the rollback's delete calls.
 */
export function CreatePipelineFooter(props: {
  steps: PlanStep[];
  disabled: boolean;
  onCreate(): Promise<PlanFailure | undefined>;
  /** A failure that happened later, outside this footer (the DMS task once the instance is up). */
  failure?: PlanFailure | undefined;
}) {
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<PlanFailure>();
  const [bug, setBug] = useState<{ error: unknown }>();
  // A plain Error is a bug: thrown during render, the feature's error boundary shows it.
  if (bug) throw bug.error;
  const create = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      setFailure(await props.onCreate());
    } catch (error) {
      setBug({ error });
    } finally {
      setBusy(false);
    }
  };
  const shown = failure ?? props.failure;
  return (
    <>
      {shown && <PlanFailureAlert failure={shown} />}
      <PlanCalls steps={props.steps} />
      <Button
        variant="primary"
        loading={isBusy}
        disabled={props.disabled}
        onClick={() => void create()}
      >
        Create pipeline
      </Button>
    </>
  );
}
