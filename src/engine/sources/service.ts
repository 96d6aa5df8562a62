import { AwsError, isAwsError } from '../core/errors';
import type { OperationContext, OperationDef, ServiceModule } from '../core/operations';
import { clickstreamStatus, configureClickstream } from './clickstream/producer';
import type { ClickstreamConfig } from './clickstream/state';
import { configureCrm, crmSettings } from './crm/state';
import { configureShopDb, openShopDb, shopDbActivity } from './shopdb';
import { configureSftpPartner, sftpPartnerStatus, type SftpPartnerConfig } from './sftp';
import { offerActivationKey } from './fileshare/appliance';
import {
  describeGatewayMounts,
  mountGatewayFileShare,
  unmountGatewayFileShare,
  type MountGatewayFileShareInput,
} from './fileshare/mounts';

/**
 * The simulated systems LakeLab ingests from are not AWS: they have no AWS API. This LakeLab
 * service is how the console, lessons and the terminal configure them through the engine's one
 * door (so changes are logged, saved, undoable and seen by every view). No IAM check: the lab's
 * owner controls its own simulated systems.
 */
const lab = <I>(run: (input: I, ctx: OperationContext) => unknown): OperationDef<I> => ({
  authorize: () => [],
  run(input, ctx) {
    try {
      return run(input, ctx);
    } catch (error) {
      // A source's own validation message becomes the lab's InvalidParameterValue.
      if (error instanceof Error && !isAwsError(error))
        throw new AwsError('InvalidParameterValue', error.message);
      throw error;
    }
  },
});

export const sourcesService: ServiceModule = {
  name: 'sources',
  iamPrefix: 'lakelab',
  accessDeniedCode: 'AccessDenied',
  operations: {
    ConfigureClickstream: lab<ClickstreamConfig>((input, ctx) => ({
      Status: configureClickstream(ctx.world, input),
    })),
    DescribeClickstream: {
      ...lab((_i, ctx) => ({ Status: clickstreamStatus(ctx.world) })),
      readOnly: true,
    },
    ConfigureShopDatabase: lab<{ ChangesPerMinute?: number }>((input, ctx) => {
      openShopDb(ctx.world);
      configureShopDb(ctx.world, { changesPerMinute: input.ChangesPerMinute ?? 2 });
      return { Activity: shopDbActivity(ctx.world) };
    }),
    DescribeShopDatabase: {
      ...lab((_i, ctx) => ({ Activity: shopDbActivity(ctx.world) })),
      readOnly: true,
    },
    ConfigureSftpPartner: lab<SftpPartnerConfig>((input, ctx) => ({
      Partner: configureSftpPartner(ctx.world, input),
    })),
    DescribeSftpPartners: {
      ...lab((_i, ctx) => ({ Partners: sftpPartnerStatus(ctx.world) })),
      readOnly: true,
    },
    // The gateway VM hands out its activation key (GET http://<gateway ip>/?activationRegion=…).
    GetGatewayActivationKey: lab((_i, ctx) => offerActivationKey(ctx.world, ctx.now, ctx.region)),
    MountGatewayFileShare: lab<MountGatewayFileShareInput>((input, ctx) =>
      mountGatewayFileShare(ctx, input),
    ),
    UnmountGatewayFileShare: lab<{ ServerHostname?: string; ExportPath?: string }>((input, ctx) =>
      unmountGatewayFileShare(ctx, input),
    ),
    DescribeGatewayMounts: {
      ...lab((_i, ctx) => describeGatewayMounts(ctx)),
      readOnly: true,
    },
    ConfigureCrm: lab<Record<string, unknown>>((input, ctx) => {
      configureCrm(ctx.world, input as Parameters<typeof configureCrm>[1]);
      return { Settings: crmSettings(ctx.world) };
    }),
  },
};
