import Box from '@cloudscape-design/components/box';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import SpaceBetween from '@cloudscape-design/components/space-between';
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
