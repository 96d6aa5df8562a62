import Box from '@cloudscape-design/components/box';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Select from '@cloudscape-design/components/select';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { principalName } from './principalName';

/** "Query editor" with the workgroup selector and who the queries run as. */
export function PageHeader({
  workGroups,
  workGroup,
  onWorkGroupChange,
  principal,
}: {
  workGroups: string[];
  workGroup: string;
  onWorkGroupChange: (name: string) => void;
  principal: string | undefined;
}) {
  return (
    <Header
      variant="h1"
      description="Amazon Athena runs SQL on the data in S3 that the Glue Data Catalog describes; you pay for the data each query scans."
      actions={
        <SpaceBetween direction="horizontal" size="m" alignItems="end">
          <Box>
            <Box variant="awsui-key-label">Run as</Box>
            <Box>{principalName(principal)}</Box>
          </Box>
          <FormField label="Workgroup">
            <Select
              selectedOption={{ value: workGroup, label: workGroup }}
              options={(workGroups.length ? workGroups : [workGroup]).map((w) => ({
                value: w,
                label: w,
              }))}
              onChange={(e) => onWorkGroupChange(e.detail.selectedOption.value ?? 'primary')}
            />
          </FormField>
        </SpaceBetween>
      }
    >
      Query editor
    </Header>
  );
}
