import { createEngine, type Engine } from '../../engine';
import { accessMatrix } from '../../engine/lakeformation/access';
import { matrixChanges, matrixRows, type MatrixChange } from './matrixModel';

/**
 * "What if": applies the grant to a scratch copy of the lab and returns what it would change
 * in the principal's matrix; the real lab is untouched. An AWS error (no grant option,
 * unknown resource) is thrown as the real call would throw it.
 */
export async function previewGrant(
  engine: Engine,
  caller: string | undefined,
  principalArn: string,
  input: unknown,
): Promise<MatrixChange[]> {
  const scratch = createEngine();
  scratch.restore(engine.snapshot());
  const before = matrixRows(accessMatrix(scratch.world, principalArn));
  await scratch.call(
    'lakeformation',
    'GrantPermissions',
    input,
    caller ? { principal: caller } : {},
  );
  return matrixChanges(before, matrixRows(accessMatrix(scratch.world, principalArn)));
}
