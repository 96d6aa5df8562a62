import type { IamAccount } from '../../engine/iam/state';
import { useLake } from '../../store';

/** The signed-in account's IAM users, roles and keys; re-renders when the world changes. */
export function useIamAccount(): {
  account: IamAccount | undefined;
  accessKeysOf: (userName: string) => IamAccessKeyRow[];
} {
  useLake((s) => s.version);
  const engine = useLake((s) => s.engine);
  const accountId = engine.accountId;
  const account = engine.world.iam.accounts[accountId];
  const accessKeysOf = (userName: string) =>
    Object.values(engine.world.iam.accessKeys)
      .filter((k) => k.accountId === accountId && k.UserName === userName)
      .map(({ AccessKeyId, Status, CreateDate }) => ({ AccessKeyId, Status, CreateDate }));
  return { account, accessKeysOf };
}

/** What the console shows of an access key: never its secret. */
export interface IamAccessKeyRow {
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: number;
}
