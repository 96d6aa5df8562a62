import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { IamAccount } from '../../engine/iam/state';
import { AttachedPolicies, type PrincipalKind } from './AttachedPolicies';
import { InlinePolicies } from './InlinePolicies';

interface Props {
  kind: PrincipalKind;
  name: string;
  entity: { attachedPolicies: string[]; inlinePolicies: Record<string, string> };
  account: IamAccount | undefined;
}

export function PermissionsContainer({ kind, name, entity, account }: Props) {
  return (
    <Container
      header={
        <Header
          variant="h2"
          description="Identity-based policies decide what this principal may do."
        >
          Permissions policies
        </Header>
      }
    >
      <SpaceBetween size="xl">
        <AttachedPolicies
          kind={kind}
          name={name}
          attached={entity.attachedPolicies}
          account={account}
        />
        <InlinePolicies kind={kind} name={name} policies={entity.inlinePolicies} />
      </SpaceBetween>
    </Container>
  );
}
