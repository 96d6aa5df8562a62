import ButtonDropdown, {
  type ButtonDropdownProps,
} from '@cloudscape-design/components/button-dropdown';
import { useT } from '../../i18n';
import { useLake, useLakeStore } from '../../store';
import { principalLabel, usePrincipalChoices } from './usePrincipalChoices';

/** Who the console acts as, and a menu to act as any user or role of the account. */
export function PrincipalSwitcher() {
  const store = useLakeStore();
  const { t } = useT();
  const { current, users, roles } = usePrincipalChoices();
  const accountId = useLake((s) => s.engine.accountId);
  const name = principalLabel(current);
  // The account id is in the accessible name and the tooltip; the bar shows the principal only,
  // so the whole top bar fits one row at 1280 px.
  const label = `${name} @ ${accountId}`;
  const toItem = (arn: string, text: string): ButtonDropdownProps.CheckboxItem => ({
    id: arn,
    text,
    itemType: 'checkbox',
    checked: arn === current,
  });
  const items: ButtonDropdownProps.ItemOrGroup[] = [
    { text: t('principal.users'), items: users.map((u) => toItem(u.Arn, u.UserName)) },
    ...(roles.length > 0
      ? [
          {
            text: t('principal.roles'),
            items: roles.map((r) => toItem(r.Arn, t('principal.role', { name: r.RoleName }))),
          },
        ]
      : []),
  ];
  return (
    <div data-tour="principal">
      <ButtonDropdown
        items={items}
        ariaLabel={t('principal.ariaLabel', { label })}
        onItemClick={({ detail }) => store.getState().setPrincipal(detail.id)}
      >
        <span title={label}>{name}</span>
      </ButtonDropdown>
    </div>
  );
}
