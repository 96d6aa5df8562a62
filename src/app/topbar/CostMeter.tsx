import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import Popover from '@cloudscape-design/components/popover';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { monthOf, monthToDateByService } from '../../engine/core/costLedger';
import { useT } from '../../i18n';
import { useLake } from '../../store';
import { formatUsd } from './formatting';

/** Bill names for the ledger's service ids. */
const SERVICE_NAMES: Record<string, string> = {
  s3: 'Amazon S3',
  glue: 'AWS Glue',
  athena: 'Amazon Athena',
  lakeformation: 'AWS Lake Formation',
  firehose: 'Amazon Data Firehose',
  kinesis: 'Amazon Kinesis Data Streams',
  kafka: 'Amazon MSK',
  dms: 'AWS DMS',
  quicksight: 'Amazon QuickSight',
};

/** Month-to-date estimated spend from the engine's cost ledger, broken down by service. */
export function CostMeter() {
  // The ledger is mutated in place: re-read it whenever the world's version moves.
  useLake((s) => s.version);
  const { t } = useT();
  const engine = useLake((s) => s.engine);
  const now = engine.clock.now().getTime();
  const byService = monthToDateByService(engine.world.ledger, now);
  const month = monthOf(now);
  const services = Object.entries(byService).sort((a, b) => b[1] - a[1]);
  const total = services.reduce((sum, [, cost]) => sum + cost, 0);
  return (
    <div data-tour="cost">
      <Popover
        triggerType="custom"
        position="bottom"
        size="medium"
        header={t('cost.header', { month })}
        content={
          <SpaceBetween size="s">
            {services.length === 0 ? (
              <Box variant="p">{t('cost.nothing')}</Box>
            ) : (
              <KeyValuePairs
                columns={1}
                items={services.map(([service, cost]) => ({
                  label: SERVICE_NAMES[service] ?? service,
                  value: formatUsd(cost),
                }))}
              />
            )}
            <Box variant="small">{t('cost.note')}</Box>
          </SpaceBetween>
        }
      >
        <Button ariaLabel={t('cost.ariaLabel', { total: formatUsd(total) })}>
          {t('cost.button', { total: formatUsd(total) })}
        </Button>
      </Popover>
    </div>
  );
}
