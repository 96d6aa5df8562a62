import { useEffect, useState } from 'react';
import type { PrincipalResourcePermissions } from '@aws-sdk/client-lakeformation';
import { isAwsError } from '../../engine';
import { useLake } from '../../store';

interface ListPage {
  PrincipalResourcePermissions?: PrincipalResourcePermissions[];
  NextToken?: string;
}

/** Every grant the signed-in principal may list (ListPermissions, all pages); reloads on world changes. */
export function usePermissionList(): {
  entries: PrincipalResourcePermissions[];
  error?: Error;
  isLoading: boolean;
} {
  const call = useLake((s) => s.call);
  const version = useLake((s) => s.version);
  const principal = useLake((s) => s.principal);
  const [state, setState] = useState<{
    entries: PrincipalResourcePermissions[];
    error?: Error;
    isLoading: boolean;
  }>({
    entries: [],
    isLoading: true,
  });
  useEffect(() => {
    let isCurrent = true;
    const load = async () => {
      const entries: PrincipalResourcePermissions[] = [];
      let token: string | undefined;
      do {
        const page = await call<ListPage>(
          'lakeformation',
          'ListPermissions',
          { MaxResults: 100, ...(token ? { NextToken: token } : {}) },
          { quiet: true },
        );
        entries.push(...(page.PrincipalResourcePermissions ?? []));
        token = page.NextToken;
      } while (token);
      return entries;
    };
    load().then(
      (entries) => isCurrent && setState({ entries, isLoading: false }),
      (e: unknown) => {
        if (!isAwsError(e)) throw e;
        if (isCurrent) setState({ entries: [], error: e, isLoading: false });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [call, version, principal]);
  return state;
}
