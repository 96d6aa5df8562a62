import Container from '@cloudscape-design/components/container';
import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { AccessKeys } from './AccessKeys';
import { ActAsButton } from './ActAsButton';
import { formatDate } from './format';
import { NotFound } from './NotFound';
import { PermissionsContainer } from './PermissionsContainer';
import { useIamAccount } from './useIamAccount';

export function UserDetailPage({ userName }: { userName: string }) {
  const { account, accessKeysOf } = useIamAccount();
  const user = account?.users[userName];
  if (!user) return <NotFound kind="user" name={userName} />;
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          actions={<ActAsButton arn={user.Arn} label={`user ${user.UserName}`} />}
        >
          {user.UserName}
        </Header>
      }
    >
      <SpaceBetween size="l">
        <Container header={<Header variant="h2">Summary</Header>}>
          <KeyValuePairs
            columns={2}
            items={[
              { label: 'ARN', value: user.Arn },
              { label: 'User ID', value: user.UserId },
              { label: 'Created', value: formatDate(user.CreateDate) },
            ]}
          />
        </Container>
        <PermissionsContainer kind="User" name={user.UserName} entity={user} account={account} />
        <AccessKeys userName={user.UserName} keys={accessKeysOf(user.UserName)} />
      </SpaceBetween>
    </ContentLayout>
  );
}
