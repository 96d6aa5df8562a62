import { useState } from 'react';
import Button from '@cloudscape-design/components/button';
import { engineDriver, runOperations } from '../../lessons/operations';
import { HR_SALES_BUCKET, hrSalesLakeOps } from '../../scenarios/hrSalesLake';
import { useLake } from '../../store';

/** Loads the HR & sales lake (databases, people, LF-Tags, grants) as the administrator. */
export function ScenarioButton({ onLoaded }: { onLoaded: () => void }) {
  const engine = useLake((s) => s.engine);
  const notify = useLake((s) => s.notify);
  const [isBusy, setBusy] = useState(false);
  const isLoaded = !!engine.world.s3.buckets[HR_SALES_BUCKET];
  const load = async () => {
    setBusy(true);
    try {
      await runOperations(engineDriver(engine), hrSalesLakeOps(engine.accountId));
      notify({
        type: 'success',
        header: 'Loaded the HR & sales lake',
        content:
          'Principals data-engineer, analyst, hr-partner and auditor; LF-Tags sensitivity and domain.',
      });
      onLoaded();
    } catch (e) {
      notify({
        type: 'error',
        header: 'The scenario could not be loaded',
        content: e instanceof Error ? e.message : String(e),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      loading={isBusy}
      disabled={isLoaded}
      disabledReason="The HR & sales lake is already in this lab."
      onClick={() => void load()}
    >
      Load the HR & sales scenario
    </Button>
  );
}
