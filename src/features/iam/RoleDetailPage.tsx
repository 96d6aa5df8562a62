import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { ActAsButton } from './ActAsButton';
import { formatDate } from './format';
import { NotFound } from './NotFound';
import { PermissionsContainer } from './PermissionsContainer';
import { PolicyJson } from './PolicyJson';
import { trustedEntities } from './trustedEntities';
import { useIamAccount } from './useIamAccount';

export function RoleDetailPage({ roleName }: { roleName: string }) {
  const { account } = useIamAccount();
  const role = account?.roles[roleName];
  if (!role) return <NotFound kind="role" name={roleName} />;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description={role.Description}
          actions={<ActAsButton arn={role.Arn} label={`role ${role.RoleName}`} />}
        >
          {role.RoleName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Summary</Header>}>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'ARN', value: role.Arn },
              {
                label: 'Trusted entities',
                value: trustedEntities(role.AssumeRolePolicyDocument).join(', ') || '—',
              },
              { label: 'Created', value: formatDate(role.CreateDate) },
              {
                label: 'Maximum session duration',
                value: `${(role.MaxSessionDuration ?? 3600) / 3600} hour(s)`,
              },
            ]}
          />
        </Container>
        <PermissionsContainer kind="Role" name={role.RoleName} entity={role} account={account} />
        <Container
          header={
            <Header variant="h2" description="Who may assume this role.">
              Trust policy
            </Header>
          }
        >
          <PolicyJson document={role.AssumeRolePolicyDocument} />
        </Container>
      </SpaceBetween>
    </ContentLayout>
  );
}
