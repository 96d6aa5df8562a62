import Button from '@cloudscape-design/components/button';
import { useLakeStore } from '../../store';
import { navigate } from '../../store/router';

/** Signs the console in as the principal and opens Athena, to query as it. */
export function RunAsButton({ arn, who }: { arn: string; who: string }) {
  const store = useLakeStore();
  return (
    <Button
      iconName="external"
      onClick={() => {
        store.getState().setPrincipal(arn);
        store.getState().notify({
          type: 'info',
          header: `The console now acts as ${who}`,
          content:
            'Queries run with its Lake Formation permissions. Switch back with the principal menu in the top bar.',
        });
        navigate('/athena');
      }}
    >
      Run as {who} in Athena
    </Button>
  );
}
