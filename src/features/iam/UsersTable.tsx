import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import type { IamUser } from '../../engine/iam/state';
import { href } from '../../store/router';
import { formatDate } from './format';
import { IamTable } from './IamTable';

interface UserRow {
  UserName: string;
  Arn: string;
  policies: number;
  accessKeys: number;
  CreateDate: number;
}

const columns: TableProps.ColumnDefinition<UserRow>[] = [
  {
    id: 'name',
    header: 'User name',
    cell: (u) => (
      <Link href={href(`/iam/users/${encodeURIComponent(u.UserName)}`)}>{u.UserName}</Link>
    ),
    sortingField: 'UserName',
    isRowHeader: true,
  },
  { id: 'policies', header: 'Policies', cell: (u) => u.policies, sortingField: 'policies' },
  { id: 'keys', header: 'Access keys', cell: (u) => u.accessKeys, sortingField: 'accessKeys' },
  {
    id: 'created',
    header: 'Created',
    cell: (u) => formatDate(u.CreateDate),
    sortingField: 'CreateDate',
  },
  { id: 'arn', header: 'ARN', cell: (u) => u.Arn },
];

export function UsersTable({
  users,
  keyCount,
}: {
  users: IamUser[];
  keyCount: (userName: string) => number;
}) {
  const rows = users.map((u) => ({
    UserName: u.UserName,
    Arn: u.Arn,
    policies: u.attachedPolicies.length + Object.keys(u.inlinePolicies).length,
    accessKeys: keyCount(u.UserName),
    CreateDate: u.CreateDate,
  }));
  return (
    <IamTable
      title="Users"
      noun="user"
      description="People and programs that call AWS with long-term credentials."
      items={rows}
      columns={columns}
      trackBy="UserName"
      createHref={href('/iam/create-user')}
    />
  );
}
