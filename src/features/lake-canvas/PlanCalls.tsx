import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import { ShowCliButton } from '../../ui/ShowCliButton';
import type { PlanStep } from './plans';

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
 * runs. A failure keeps the form open for a fix (the store already showed the AWS error).
 */
export function CreatePipelineFooter(props: {
  steps: PlanStep[];
  disabled: boolean;
  onCreate(): Promise<void>;
}) {
  const [isBusy, setBusy] = useState(false);
  const create = async () => {
    setBusy(true);
    try {
      await props.onCreate();
    } catch {
      // Shown by the store as a notification.
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
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
