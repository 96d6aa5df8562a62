import Link from '@cloudscape-design/components/link';
import type { TableProps } from '@cloudscape-design/components/table';
import type { IamRole } from '../../engine/iam/state';
import { href } from '../../store/router';
import { formatDate } from './format';
import { IamTable } from './IamTable';
import { trustedEntities } from './trustedEntities';

interface RoleRow {
  RoleName: string;
  trusted: string;
  policies: number;
  CreateDate: number;
}

const columns: TableProps.ColumnDefinition<RoleRow>[] = [
  {
    id: 'name',
    header: 'Role name',
    cell: (r) => (
      <Link href={href(`/iam/roles/${encodeURIComponent(r.RoleName)}`)}>{r.RoleName}</Link>
    ),
    sortingField: 'RoleName',
    isRowHeader: true,
  },
  { id: 'trusted', header: 'Trusted entities', cell: (r) => r.trusted, sortingField: 'trusted' },
  { id: 'policies', header: 'Policies', cell: (r) => r.policies, sortingField: 'policies' },
  {
    id: 'created',
    header: 'Created',
    cell: (r) => formatDate(r.CreateDate),
    sortingField: 'CreateDate',
  },
];

export function RolesTable({ roles }: { roles: IamRole[] }) {
  const rows = roles.map((r) => ({
    RoleName: r.RoleName,
    trusted: trustedEntities(r.AssumeRolePolicyDocument).join(', '),
    policies: r.attachedPolicies.length + Object.keys(r.inlinePolicies).length,
    CreateDate: r.CreateDate,
  }));
  return (
    <IamTable
      title="Roles"
      noun="role"
      description="Identities that AWS services or people assume for temporary credentials."
      items={rows}
      columns={columns}
      trackBy="RoleName"
      createHref={href('/iam/create-role')}
    />
  );
}
