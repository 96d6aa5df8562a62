import { seededRng } from '../../data/random';
import type { World } from '../../world';
import { fileShareState, type GatewayAppliance } from './state';

/** Where the gateway VM runs on the corporate network (the NAS is 10.0.1.20). */
export const GATEWAY_APPLIANCE_IP = '10.0.1.30';
/** Storage Gateway: "Gateway activation keys expire in 30 minutes if unused" (Getting an activation key). */
export const ACTIVATION_KEY_TTL_MS = 30 * 60_000;
const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `29AV1-3OFV9-VVIUB-NKT0I-LRO6V`: five groups of five, as the VM's redirect hands it out. */
function keyFor(world: World, deployment: number): string {
  const rng = seededRng(world.seed, 0x5c3 + deployment);
  const groups = Array.from({ length: 5 }, () =>
    Array.from({ length: 5 }, () => KEY_CHARS[rng.int(0, KEY_CHARS.length)]).join(''),
  );
  return groups.join('-');
}

/**
 * The key the appliance offers now, as `GET http://10.0.1.30/?activationRegion=…` would return
 * it. An activated appliance offers none; an expired key is replaced by a fresh one.
 */
export function offerActivationKey(world: World, now: number, region: string) {
  const state = fileShareState(world);
  const current = state.appliance;
  const stillActive =
    current?.GatewayARN !== undefined &&
    world.storagegateway?.gateways[current.GatewayARN] !== undefined;
  if (current && stillActive)
    throw new Error(
      `The gateway appliance at ${current.ipAddress} is already activated as ${current.GatewayARN}: delete that gateway first to deploy a new appliance.`,
    );
  if (
    !current ||
    current.GatewayARN !== undefined ||
    now - current.issuedAt > ACTIVATION_KEY_TTL_MS
  ) {
    const deployment = (state.appliancesDeployed ?? 0) + 1;
    state.appliancesDeployed = deployment;
    state.appliance = {
      ipAddress: GATEWAY_APPLIANCE_IP,
      ActivationKey: keyFor(world, deployment),
      issuedAt: now,
    };
  }
  const appliance = state.appliance!;
  return {
    ActivationKey: appliance.ActivationKey,
    IpAddress: appliance.ipAddress,
    ActivationRegion: region,
    ExpiresAt: new Date(appliance.issuedAt + ACTIVATION_KEY_TTL_MS),
  };
}

export type ActivationCheck = 'ok' | 'ActivationKeyNotFound' | 'ActivationKeyExpired';

/** Whether `key` is the appliance's current, unused, unexpired key. */
export function checkActivationKey(world: World, key: string, now: number): ActivationCheck {
  const appliance = world.sources?.fileShares?.appliance;
  if (!appliance || appliance.ActivationKey !== key || appliance.GatewayARN !== undefined)
    return 'ActivationKeyNotFound';
  if (now - appliance.issuedAt > ACTIVATION_KEY_TTL_MS) return 'ActivationKeyExpired';
  return 'ok';
}

/** The appliance becomes the gateway: its key is spent. */
export function markActivated(world: World, gatewayArn: string): GatewayAppliance | undefined {
  const appliance = world.sources?.fileShares?.appliance;
  if (appliance) appliance.GatewayARN = gatewayArn;
  return appliance;
}
