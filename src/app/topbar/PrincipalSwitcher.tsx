import ButtonDropdown, {
  type ButtonDropdownProps,
} from '@cloudscape-design/components/button-dropdown';
import { useLake, useLakeStore } from '../../store';
import { principalLabel, usePrincipalChoices } from './usePrincipalChoices';

/** Who the console acts as, and a menu to act as any user or role of the account. */
export function PrincipalSwitcher() {
  const store = useLakeStore();
  const { current, users, roles } = usePrincipalChoices();
  const accountId = useLake((s) => s.engine.accountId);
  const label = `${principalLabel(current)} @ ${accountId}`;
  const toItem = (arn: string, text: string): ButtonDropdownProps.CheckboxItem => ({
    id: arn,
    text,
    itemType: 'checkbox',
    checked: arn === current,
  });
  const items: ButtonDropdownProps.ItemOrGroup[] = [
    { text: 'IAM users', items: users.map((u) => toItem(u.Arn, u.UserName)) },
    ...(roles.length > 0
      ? [{ text: 'IAM roles', items: roles.map((r) => toItem(r.Arn, `${r.RoleName} (role)`)) }]
      : []),
  ];
  return (
    <ButtonDropdown
      items={items}
      ariaLabel={`Signed in as ${label}. Switch principal`}
      onItemClick={({ detail }) => store.getState().setPrincipal(detail.id)}
    >
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{label}</span>
    </ButtonDropdown>
  );
}
