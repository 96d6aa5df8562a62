import { useState } from 'react';
import Checkbox from '@cloudscape-design/components/checkbox';
import FormField from '@cloudscape-design/components/form-field';
import Input from '@cloudscape-design/components/input';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { CrmObjectName } from '../../engine/sources/crm';
import { useLake } from '../../store';
import type { DraftPanelProps } from './draftProps';
import { CreatePipelineFooter } from './PlanCalls';
import { appFlowPlan, appFlowRunStep, type AppFlowFileType } from './plansFiles';
import { createAtomically } from './rollback';
import { TargetFields } from './TargetFields';

const OBJECTS: CrmObjectName[] = ['Account', 'Opportunity'];
const FILE_TYPES: AppFlowFileType[] = ['JSON', 'CSV', 'PARQUET'];
const option = (value: string) => ({ value, label: value });

/** CRM → AppFlow → S3: the Salesforce connection if missing, an on-demand flow; then run it. */
export function AppFlowDraft({ draft, buckets, onTarget, onDone }: DraftPanelProps) {
  const call = useLake((s) => s.call);
  const world = useLake((s) => s.engine.world);
  const [object, setObject] = useState<CrmObjectName>('Opportunity');
  const [fileType, setFileType] = useState<AppFlowFileType>('JSON');
  const [minAmount, setMinAmount] = useState('');
  const [prefix, setPrefix] = useState('crm/');
  const [isRunning, setRunning] = useState(true);
  const bucket = draft.target?.replace(/^bucket:/, '');
  const flowName = `crm-${object.toLowerCase()}`;
  const amount = Number(minAmount);
  const form = {
    flowName,
    object,
    fileType,
    ...(object === 'Opportunity' && minAmount.trim() && Number.isFinite(amount)
      ? { minAmount: amount }
      : {}),
    target: { bucket: bucket ?? '<bucket>', prefix },
  };
  const steps = [...appFlowPlan(world, form), ...(isRunning ? [appFlowRunStep(flowName)] : [])];
  const create = async () => {
    const outcome = await createAtomically(call, steps);
    if (!outcome.ok) return outcome.failure;
    onDone(`Created flow ${flowName}: CRM ${object} → s3://${bucket}/${prefix}`);
    return undefined;
  };
  return (
    <SpaceBetween size="s">
      <FormField
        label="CRM object"
        description="Every field of the object is mapped to the output."
      >
        <Select
          ariaLabel="CRM object"
          selectedOption={option(object)}
          onChange={({ detail }) => setObject(detail.selectedOption.value as CrmObjectName)}
          options={OBJECTS.map(option)}
        />
      </FormField>
      {object === 'Opportunity' && (
        <FormField label="Only Amount greater than (optional)">
          <Input
            value={minAmount}
            inputMode="numeric"
            onChange={({ detail }) => setMinAmount(detail.value)}
            ariaLabel="Only Amount greater than"
          />
        </FormField>
      )}
      <FormField label="File format">
        <Select
          ariaLabel="File format"
          selectedOption={option(fileType)}
          onChange={({ detail }) => setFileType(detail.selectedOption.value as AppFlowFileType)}
          options={FILE_TYPES.map(option)}
        />
      </FormField>
      <TargetFields
        buckets={buckets}
        bucket={bucket}
        onBucket={(b) => onTarget(`bucket:${b}`)}
        prefix={prefix}
        onPrefix={setPrefix}
        prefixHelp="Runs land under <prefix>/<flow name>/<execution id>/."
        service="AppFlow"
      />
      <Checkbox
        checked={isRunning}
        onChange={({ detail }) => setRunning(detail.checked)}
        description="StartFlow right after the flow is created (the flow runs on demand)."
      >
        Run flow
      </Checkbox>
      <CreatePipelineFooter steps={steps} disabled={!bucket} onCreate={create} />
    </SpaceBetween>
  );
}
