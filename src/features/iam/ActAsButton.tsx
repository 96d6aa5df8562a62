import Button from '@cloudscape-design/components/button';
import { ADMIN_USER_NAME } from '../../engine/iam/state';
import { useLake, useLakeStore } from '../../store';

/** Makes every console call as this user or role, to try out what it may do. */
export function ActAsButton({ arn, label }: { arn: string; label: string }) {
  const store = useLakeStore();
  // No principal chosen means the account's administrator.
  const isCurrent = useLake(
    (s) =>
      (s.principal ??
        s.engine.world.iam.accounts[s.engine.accountId]?.users[ADMIN_USER_NAME]?.Arn) === arn,
  );
  return (
    <Button
      iconName="user-profile"
      disabled={isCurrent}
      disabledReason="The console already acts as this principal."
      onClick={() => {
        store.getState().setPrincipal(arn);
        store.getState().notify({
          type: 'info',
          header: `The console now acts as ${label}`,
          content:
            'Every action is allowed or denied by its policies. Switch back with the principal menu in the top bar.',
        });
      }}
    >
      Act as this principal
    </Button>
  );
}
