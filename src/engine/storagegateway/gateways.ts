import type {
  ActivateGatewayInput,
  DeleteGatewayInput,
  DescribeGatewayInformationInput,
  ListGatewaysInput,
} from '@aws-sdk/client-storage-gateway';
import type { OperationContext } from '../core/operations';
import {
  checkActivationKey,
  GATEWAY_APPLIANCE_IP,
  markActivated,
} from '../sources/fileshare/appliance';
import { hexId, invalidGatewayRequest, pageBounds, required, sgwArn, sgwOperation } from './common';
import { storageGatewayState, type StoredGateway } from './state';
import { tagsOf } from './tags';
import { cancelUploads } from './uploads';

export function gatewayOf(ctx: OperationContext, arn: unknown): StoredGateway {
  const GatewayARN = required(arn, 'GatewayARN', 50, 500);
  const gateway = storageGatewayState(ctx.world).gateways[GatewayARN];
  if (!gateway)
    throw invalidGatewayRequest('The specified gateway was not found.', 'GatewayNotFound', {
      GatewayARN,
    });
  return gateway;
}

// ActivateGateway: the time zone is "GMT-hr:mm" or "GMT+hr:mm" (API_ActivateGateway).
const TIMEZONE = /^GMT(?:[+-]\d{1,2}:\d{2})?$/;
const KEY_SHAPE = /^[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}$/;

function checkKey(ctx: OperationContext, key: string): void {
  if (!KEY_SHAPE.test(key))
    throw invalidGatewayRequest(
      `The activation key ${key} is not valid: it looks like 29AV1-3OFV9-VVIUB-NKT0I-LRO6V.`,
      'ActivationKeyInvalid',
    );
  const check = checkActivationKey(ctx.world, key, ctx.now);
  if (check === 'ActivationKeyExpired')
    throw invalidGatewayRequest(
      'The activation key has expired: keys expire 30 minutes after the gateway VM issues them. Get a new key from the appliance.',
      check,
    );
  if (check !== 'ok')
    throw invalidGatewayRequest(
      'No gateway appliance offers this activation key (was it already used?).',
      check,
    );
}

export const ActivateGateway = sgwOperation<ActivateGatewayInput>({
  run(input, ctx) {
    const key = required(input.ActivationKey, 'ActivationKey', 1, 50);
    const GatewayName = required(input.GatewayName, 'GatewayName', 2, 255);
    const GatewayTimezone = required(input.GatewayTimezone, 'GatewayTimezone', 3, 10);
    if (!TIMEZONE.test(GatewayTimezone))
      throw invalidGatewayRequest(
        `GatewayTimezone ${GatewayTimezone} is not valid: use GMT, or GMT-hr:mm / GMT+hr:mm (GMT-4:00).`,
      );
    const region = required(input.GatewayRegion, 'GatewayRegion', 1, 25);
    // The gateway Region must be the Region of the request's endpoint (API_ActivateGateway).
    if (region !== ctx.region)
      throw invalidGatewayRequest(
        `GatewayRegion ${region} must be the Region you call (${ctx.region}).`,
        'RegionInvalid',
      );
    // GatewayType defaults to CACHED (a Volume Gateway); LakeLab simulates the S3 File Gateway only.
    const type = input.GatewayType ?? 'CACHED';
    if (type !== 'FILE_S3')
      throw invalidGatewayRequest(
        `GatewayType ${type} is not simulated: LakeLab's appliance is an Amazon S3 File Gateway (GatewayType FILE_S3).`,
        'NotSupported',
      );
    const tags = tagsOf(input.Tags);
    checkKey(ctx, key);
    const GatewayId = hexId(ctx, 'sgw');
    const GatewayARN = sgwArn(ctx, `gateway/${GatewayId}`);
    storageGatewayState(ctx.world).gateways[GatewayARN] = {
      GatewayARN,
      GatewayId,
      GatewayName,
      GatewayTimezone,
      GatewayType: 'FILE_S3',
      GatewayState: 'RUNNING',
      ActivationKey: key,
      CreatedAt: ctx.now,
      ...(tags.length ? { Tags: tags } : {}),
    };
    markActivated(ctx.world, GatewayARN);
    return { GatewayARN };
  },
});

export const DescribeGatewayInformation = sgwOperation<DescribeGatewayInformationInput>({
  readOnly: true,
  run(input, ctx) {
    const g = gatewayOf(ctx, input.GatewayARN);
    return {
      GatewayARN: g.GatewayARN,
      GatewayId: g.GatewayId,
      GatewayName: g.GatewayName,
      GatewayTimezone: g.GatewayTimezone,
      GatewayState: g.GatewayState,
      GatewayNetworkInterfaces: [{ Ipv4Address: GATEWAY_APPLIANCE_IP }],
      GatewayType: g.GatewayType,
      HostEnvironment: 'VMWARE',
      EndpointType: 'STANDARD',
      GatewayCapacity: 'Small',
      Tags: (g.Tags ?? []).map((t) => ({ ...t })),
    };
  },
});

// ListGateways: ordered by gateway ARN, 100 at most by default; Limit (1 or more) pages the list and
// the response carries a Marker only while gateways remain (API_ListGateways).
export const ListGateways = sgwOperation<ListGatewaysInput>({
  readOnly: true,
  run(input, ctx) {
    const all = Object.values(storageGatewayState(ctx.world).gateways).sort((a, b) =>
      a.GatewayARN < b.GatewayARN ? -1 : 1,
    );
    const { start, end } = pageBounds(input.Limit, input.Marker);
    const Gateways = all.slice(start, end).map((g) => ({
      GatewayId: g.GatewayId,
      GatewayARN: g.GatewayARN,
      GatewayType: g.GatewayType,
      // GatewayInfo.GatewayOperationalState is DISABLED or ACTIVE (API_GatewayInfo); an activated
      // gateway is ACTIVE, running or shut down (RUNNING/SHUTDOWN is DescribeGatewayInformation's GatewayState).
      GatewayOperationalState: 'ACTIVE',
      GatewayName: g.GatewayName,
      HostEnvironment: 'VMWARE',
    }));
    return { Gateways, ...(end < all.length ? { Marker: String(end) } : {}) };
  },
});

export const DeleteGateway = sgwOperation<DeleteGatewayInput>({
  run(input, ctx) {
    const gateway = gatewayOf(ctx, input.GatewayARN);
    const state = storageGatewayState(ctx.world);
    // Deleting a gateway removes its file shares; files not yet uploaded are lost.
    for (const share of Object.values(state.fileShares))
      if (share.GatewayARN === gateway.GatewayARN) {
        cancelUploads(ctx, share.FileShareARN);
        Reflect.deleteProperty(state.fileShares, share.FileShareARN);
      }
    Reflect.deleteProperty(state.gateways, gateway.GatewayARN);
    return { GatewayARN: gateway.GatewayARN };
  },
});
