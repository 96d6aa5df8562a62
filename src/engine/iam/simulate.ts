import type { SimulatePrincipalPolicyRequest } from '@aws-sdk/client-iam';
import type { OperationDef } from '../core/operations';
import { noSuchEntity } from './errors';
import { decide, resolvePrincipal } from './principals';

const DECISIONS = { Allow: 'allowed', Deny: 'explicitDeny', ImplicitDeny: 'implicitDeny' } as const;

/** IAM policy simulator: evaluates the principal's identity policies for each action and resource. */
export const SimulatePrincipalPolicy: OperationDef<SimulatePrincipalPolicyRequest> = {
  readOnly: true,
  authorize: (input) => [
    { action: 'iam:SimulatePrincipalPolicy', resource: input.PolicySourceArn ?? '' },
  ],
  run(input, ctx) {
    let principal;
    try {
      principal = resolvePrincipal(ctx.world, input.PolicySourceArn ?? '');
    } catch {
      throw noSuchEntity(`The entity ${input.PolicySourceArn ?? ''} cannot be found.`);
    }
    const resources = input.ResourceArns?.length ? input.ResourceArns : ['*'];
    const EvaluationResults = (input.ActionNames ?? []).flatMap((action) =>
      resources.map((resource) => {
        const decision = decide(ctx.world, principal, { action, resource });
        return {
          EvalActionName: action,
          EvalResourceName: resource,
          EvalDecision: DECISIONS[decision.effect],
          MatchedStatements:
            decision.effect === 'ImplicitDeny'
              ? []
              : [{ SourcePolicyId: decision.policy, SourcePolicyType: 'IAM Policy' }],
        };
      }),
    );
    return { EvaluationResults, IsTruncated: false };
  },
};
