import { useState } from 'react';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Checkbox from '@cloudscape-design/components/checkbox';
import Container from '@cloudscape-design/components/container';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import Table from '@cloudscape-design/components/table';
import { ShowCliButton } from '../../ui/ShowCliButton';
import { ErrorAlert } from './ErrorAlert';
import { PrincipalSelect } from './PrincipalSelect';
import { principalOptions, principalText } from './principals';
import { currentSettings, putSettingsInput, usesIamOnly } from './settingsInput';
import { useLakeFormation } from './useLakeFormation';
import { useLfCall } from './useLfCall';

function AdminsContainer() {
  const { world, lf, accountId } = useLakeFormation();
  const { run, error, isBusy, clearError } = useLfCall();
  const [candidate, setCandidate] = useState('');
  const settings = currentSettings(lf);
  const admins = settings.DataLakeAdmins;
  const addInput = putSettingsInput(settings, { admins: [...admins, candidate] });
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${admins.length})`}
          description="Administrators may grant any permission on any resource and see the whole catalog; they read no data unless granted."
        >
          Data lake administrators
        </Header>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} onDismiss={clearError} />
        <Table
          variant="embedded"
          wrapLines
          items={admins.map((arn) => ({ arn }))}
          trackBy="arn"
          empty="No data lake administrators: nobody may grant Lake Formation permissions yet."
          columnDefinitions={[
            {
              id: 'name',
              header: 'Principal',
              cell: (a) => principalText(a.arn),
              isRowHeader: true,
            },
            { id: 'arn', header: 'ARN', cell: (a) => a.arn },
            {
              id: 'remove',
              header: 'Actions',
              cell: (a) => (
                <Button
                  variant="inline-link"
                  ariaLabel={`Remove ${principalText(a.arn)} from the administrators`}
                  onClick={() =>
                    void run(
                      'PutDataLakeSettings',
                      putSettingsInput(settings, { admins: admins.filter((x) => x !== a.arn) }),
                      `Removed ${principalText(a.arn)} from the data lake administrators`,
                    )
                  }
                >
                  Remove
                </Button>
              ),
            },
          ]}
        />
        <FormField label="Add an administrator">
          <SpaceBetween direction="horizontal" size="xs">
            <PrincipalSelect
              ariaLabel="Administrator to add"
              options={principalOptions(world, accountId).filter((o) => !admins.includes(o.arn))}
              value={candidate}
              onChange={setCandidate}
            />
            <Button
              disabled={!candidate}
              loading={isBusy}
              onClick={() =>
                void run(
                  'PutDataLakeSettings',
                  addInput,
                  `Added ${principalText(candidate)} as a data lake administrator`,
                ).then((ok) => ok && setCandidate(''))
              }
            >
              Add administrator
            </Button>
            <ShowCliButton
              service="lakeformation"
              operation="PutDataLakeSettings"
              input={addInput}
            />
          </SpaceBetween>
        </FormField>
      </SpaceBetween>
    </Container>
  );
}

function DefaultsContainer() {
  const { lf } = useLakeFormation();
  const { run, error, clearError } = useLfCall();
  const settings = currentSettings(lf);
  const databases = usesIamOnly(settings.CreateDatabaseDefaultPermissions);
  const tables = usesIamOnly(settings.CreateTableDefaultPermissions);
  const save = (change: { iamOnlyDatabases?: boolean; iamOnlyTables?: boolean }) =>
    void run(
      'PutDataLakeSettings',
      putSettingsInput(settings, change),
      'Saved the default permissions for new resources',
    );
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Data Catalog settings: the permissions new databases and tables get when they are created."
        >
          Default permissions for newly created databases and tables
        </Header>
      }
    >
      <SpaceBetween size="m">
        <ErrorAlert error={error} onDismiss={clearError} />
        <Box variant="p">
          Ticked, a new resource grants <strong>ALL</strong> to the group{' '}
          <Box variant="code">IAMAllowedPrincipals</Box> — every IAM principal whose IAM policies
          allow the action. Lake Formation then defers to IAM alone for it (backward compatibility).
          Clear both boxes to have new databases and tables governed by Lake Formation grants;
          resources created earlier keep their IAMAllowedPrincipals grant until you revoke it.
        </Box>
        <Checkbox
          checked={databases}
          onChange={({ detail }) => save({ iamOnlyDatabases: detail.checked })}
        >
          Use only IAM access control for new databases
        </Checkbox>
        <Checkbox
          checked={tables}
          onChange={({ detail }) => save({ iamOnlyTables: detail.checked })}
        >
          Use only IAM access control for new tables in new databases
        </Checkbox>
        <ShowCliButton
          service="lakeformation"
          operation="PutDataLakeSettings"
          input={putSettingsInput(settings, {})}
        />
      </SpaceBetween>
    </Container>
  );
}

/** Administrative roles and the two "Use only IAM access control" defaults. */
export function AdministratorsSection() {
  return (
    <SpaceBetween size="l">
      <Header
        variant="h1"
        description="Who administers the data lake, and how new resources are governed."
      >
        Administrative roles and tasks
      </Header>
      <AdminsContainer />
      <DefaultsContainer />
    </SpaceBetween>
  );
}
