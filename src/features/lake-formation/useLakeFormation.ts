import { ADMIN_USER_NAME } from '../../engine/iam/state';
import type { LakeFormationState } from '../../engine/lakeformation/state';
import type { World } from '../../engine/world';
import { useLake } from '../../store';

export interface LakeFormationView {
  world: World;
  /** Undefined until Lake Formation is first used: every resource is still IAM-only. */
  lf: LakeFormationState | undefined;
  accountId: string;
  /** The signed-in principal's ARN (the administrator when none is chosen). */
  callerArn: string;
  version: number;
}

/** The lab's world as Lake Formation sees it; re-renders on every world change. */
export function useLakeFormation(): LakeFormationView {
  const version = useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const principal = useLake((s) => s.principal);
  const accountId = engine.accountId;
  const adminArn =
    engine.world.iam.accounts[accountId]?.users[ADMIN_USER_NAME]?.Arn ??
    `arn:aws:iam::${accountId}:user/${ADMIN_USER_NAME}`;
  return {
    world: engine.world,
    lf: engine.world.lakeformation,
    accountId,
    callerArn: principal ?? adminArn,
    version,
  };
}
