import ContentLayout from '@cloudscape-design/components/content-layout';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useRoute } from '../../store/router';
import { CreateRolePage } from './CreateRolePage';
import { CreateUserPage } from './CreateUserPage';
import { RoleDetailPage } from './RoleDetailPage';
import { RolesTable } from './RolesTable';
import { UserDetailPage } from './UserDetailPage';
import { UsersTable } from './UsersTable';
import { useIamAccount } from './useIamAccount';

function IamOverview() {
  const { account, accessKeysOf } = useIamAccount();
  const users = Object.values(account?.users ?? {});
  const roles = Object.values(account?.roles ?? {});
  return (
    <ContentLayout
      header={
        <Header
          variant="h1"
          description="Who may do what in this account: users, roles and their policies."
        >
          Identity and Access Management (IAM)
        </Header>
      }
    >
      <SpaceBetween size="l">
        <UsersTable users={users} keyCount={(name) => accessKeysOf(name).length} />
        <RolesTable roles={roles} />
      </SpaceBetween>
    </ContentLayout>
  );
}

/** The IAM console: `/iam`, `/iam/create-user`, `/iam/create-role`, `/iam/users/<name>`, `/iam/roles/<name>`. */
export default function IamPage() {
  const [, section, name] = useRoute().segments;
  if (section === 'create-user') return <CreateUserPage />;
  if (section === 'create-role') return <CreateRolePage />;
  if (section === 'users' && name) return <UserDetailPage userName={name} />;
  if (section === 'roles' && name) return <RoleDetailPage roleName={name} />;
  return <IamOverview />;
}
