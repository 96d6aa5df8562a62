import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import ExpandableSection from '@cloudscape-design/components/expandable-section';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useState } from 'react';
import type { IamAccount } from '../../engine/iam/state';
import { ManagedPolicyPicker } from './ManagedPolicyPicker';
import { PolicyJson } from './PolicyJson';
import { managedPolicyInfo } from './policyLookup';
import { useIamCall } from './useIamCall';

export type PrincipalKind = 'User' | 'Role';

interface Props {
  kind: PrincipalKind;
  name: string;
  attached: string[];
  account: IamAccount | undefined;
}

/** Managed policies attached to a user or role: read each one, detach, attach more. */
export function AttachedPolicies({ kind, name, attached, account }: Props) {
  const iamCall = useIamCall();
  const [toAttach, setToAttach] = useState<string[]>([]);
  const target = { [`${kind}Name`]: name };
  const call = (operation: string, PolicyArn: string) =>
    iamCall(`${operation}${kind}Policy`, { ...target, PolicyArn });
  const handleAttach = async () => {
    for (const arn of toAttach) await call('Attach', arn);
    setToAttach([]);
  };
  return (
    <SpaceBetween size="s">
      <Header variant="h3" counter={`(${attached.length})`}>
        Attached managed policies
      </Header>
      {attached.length === 0 && (
        <Box color="text-body-secondary">No managed policies attached.</Box>
      )}
      {attached.map((arn) => {
        const info = managedPolicyInfo(account, arn);
        return (
          <ExpandableSection
            key={arn}
            variant="container"
            headerText={info.name}
            headerDescription={`${info.isAwsManaged ? 'AWS managed' : 'Customer managed'} · ${arn}`}
            headerActions={
              <Button onClick={() => void call('Detach', arn)} ariaLabel={`Detach ${info.name}`}>
                Detach
              </Button>
            }
          >
            {info.document ? (
              <PolicyJson document={info.document} />
            ) : (
              <Box>The policy document is not available.</Box>
            )}
          </ExpandableSection>
        );
      })}
      <ManagedPolicyPicker selected={toAttach} onChange={setToAttach} />
      <Button disabled={toAttach.length === 0} onClick={() => void handleAttach()}>
        Attach policies
      </Button>
    </SpaceBetween>
  );
}
