import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { formatDate } from '../../ui/format';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { PrincipalSelect } from './PrincipalSelect';
import { principalOptions, principalText } from './principals';
import { useLakeFormation } from './useLakeFormation';
import { s3ArnOf } from './grantDraft';
import { useLfCall } from './useLfCall';

export const arnToS3Path = (arn: string) => `s3://${arn.replace(/^arn:aws:s3:::/, '')}`;

function RegisterForm() {
  const { world, accountId } = useLakeFormation();
  const { run, error, isBusy, clearError } = useLfCall();
  const [path, setPath] = useState('');
  const [role, setRole] = useState('');
  const roles = principalOptions(world, accountId).filter((o) => o.arn.includes(':role/'));
  const input = {
    ResourceArn: s3ArnOf(path),
    ...(role ? { RoleArn: role } : { UseServiceLinkedRole: true }),
  };
  return (
    <Container header={<Header variant="h2">Register location</Header>}>
      <SpaceBetween size="m">
        <ErrorAlert error={error} onDismiss={clearError} />
        <FormField
          label="Amazon S3 path"
          constraintText="A bucket or a prefix, e.g. s3://hr-sales-lake/hr/"
        >
          <Input
            value={path}
            placeholder="s3://bucket/prefix/"
            onChange={({ detail }) => setPath(detail.value)}
          />
        </FormField>
        <FormField
          label="IAM role"
          description="Lake Formation assumes it to vend credentials for the location. Leave empty for the service-linked role AWSServiceRoleForLakeFormationDataAccess."
        >
          <PrincipalSelect
            ariaLabel="IAM role"
            options={roles}
            value={role}
            onChange={setRole}
            placeholder="Service-linked role"
          />
        </FormField>
        <SpaceBetween direction="horizontal" size="xs">
          <ShowCliButton service="lakeformation" operation="RegisterResource" input={input} />
          <Button
            variant="primary"
            disabled={!path.trim()}
            loading={isBusy}
            onClick={() =>
              void run('RegisterResource', input, `Registered ${path.trim()}`).then(
                (ok) => ok && setPath(''),
              )
            }
          >
            Register location
          </Button>
        </SpaceBetween>
      </SpaceBetween>
    </Container>
  );
}

/** Data lake locations: S3 paths registered with Lake Formation, and their registration. */
export function LocationsSection() {
  const { lf } = useLakeFormation();
  const { run, error, clearError } = useLfCall();
  const locations = Object.values(lf?.locations ?? {});
  return (
    <SpaceBetween size="l">
      <ErrorAlert error={error} onDismiss={clearError} />
      <Table
        header={
          <Header
            variant="h1"
            counter={`(${locations.length})`}
            description="Registering an S3 path puts its data under Lake Formation: engines read it with credentials Lake Formation vends after checking grants."
          >
            Data lake locations
          </Header>
        }
        items={locations}
        trackBy="ResourceArn"
        empty="No registered locations."
        columnDefinitions={[
          {
            id: 'path',
            header: 'Amazon S3 path',
            cell: (l) => arnToS3Path(l.ResourceArn),
            isRowHeader: true,
          },
          { id: 'role', header: 'IAM role', cell: (l) => principalText(l.RoleArn) },
          { id: 'modified', header: 'Last modified', cell: (l) => formatDate(l.LastModified) },
          {
            id: 'actions',
            header: 'Actions',
            cell: (l) => (
              <Button
                variant="inline-link"
                ariaLabel={`Deregister ${arnToS3Path(l.ResourceArn)}`}
                onClick={() =>
                  void run(
                    'DeregisterResource',
                    { ResourceArn: l.ResourceArn },
                    `Deregistered ${arnToS3Path(l.ResourceArn)}`,
                  )
                }
              >
                Deregister
              </Button>
            ),
          },
        ]}
      />
      <RegisterForm />
    </SpaceBetween>
  );
}
