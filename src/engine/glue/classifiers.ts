import type {
  CreateClassifierRequest,
  DeleteClassifierRequest,
  GetClassifierRequest,
  GetClassifiersRequest,
  UpdateClassifierRequest,
} from '@aws-sdk/client-glue';
import { AwsError } from '../core/errors';
import type { OperationContext, OperationDef } from '../core/operations';
import type { StoredClassifier } from './classifierModel';
import {
  classifierFromInput,
  classifierNotFound,
  kindOf,
  validateClassifier,
} from './classifierValidation';
import { glueOf } from './databases';
import { pageOf } from './names';

/** Custom classifiers by name; labs saved before classifiers existed get an empty map. */
export function classifiersOf(ctx: OperationContext): Record<string, StoredClassifier> {
  const glue = glueOf(ctx);
  glue.classifiers ??= {};
  return glue.classifiers;
}

/** A stored classifier, or EntityNotFoundException. */
export function classifierOf(ctx: OperationContext, name: string | undefined): StoredClassifier {
  const found =
    name !== undefined && Object.hasOwn(classifiersOf(ctx), name)
      ? classifiersOf(ctx)[name]
      : undefined;
  if (!found) throw classifierNotFound(name);
  return found;
}

/** The Glue `Classifier` shape: one member named after the kind. */
export function classifierOutput(c: StoredClassifier) {
  const { kind, CreationTime, LastUpdated, ...fields } = c;
  return {
    [kind]: { ...fields, CreationTime: new Date(CreationTime), LastUpdated: new Date(LastUpdated) },
  };
}

export const CreateClassifier: OperationDef<CreateClassifierRequest> = {
  run(input, ctx) {
    const kind = kindOf(input);
    const stored = classifierFromInput(
      kind,
      input[kind] as unknown as Record<string, unknown>,
      ctx.now,
    );
    // Glue: classifier names are unique across the four kinds.
    if (Object.hasOwn(classifiersOf(ctx), stored.Name))
      throw new AwsError('AlreadyExistsException', `${stored.Name} already exists.`);
    classifiersOf(ctx)[stored.Name] = stored;
    return {};
  },
};

export const GetClassifier: OperationDef<GetClassifierRequest> = {
  readOnly: true,
  run: (input, ctx) => ({ Classifier: classifierOutput(classifierOf(ctx, input.Name)) }),
};

export const GetClassifiers: OperationDef<GetClassifiersRequest> = {
  readOnly: true,
  run(input, ctx) {
    const all = Object.values(classifiersOf(ctx)).sort((a, b) => a.Name.localeCompare(b.Name));
    const { page, NextToken } = pageOf(all, input);
    return { Classifiers: page.map(classifierOutput), ...(NextToken ? { NextToken } : {}) };
  },
};

export const UpdateClassifier: OperationDef<UpdateClassifierRequest> = {
  run(input, ctx) {
    const kind = kindOf(input);
    const changes = input[kind] as unknown as Record<string, unknown> & { Name?: string };
    const current = classifierOf(ctx, changes.Name);
    if (current.kind !== kind)
      throw new AwsError(
        'InvalidInputException',
        `Classifier ${current.Name} is a ${current.kind}; it cannot be updated as a ${kind}.`,
      );
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined),
    );
    const updated: StoredClassifier = {
      ...current,
      ...defined,
      Name: current.Name,
      kind,
      LastUpdated: ctx.now,
      Version: current.Version + 1,
    };
    validateClassifier(updated);
    // Glue: changing a classifier does not reclassify data already crawled (add-classifier.html).
    classifiersOf(ctx)[current.Name] = updated;
    return {};
  },
};

export const DeleteClassifier: OperationDef<DeleteClassifierRequest> = {
  run(input, ctx) {
    const found = classifierOf(ctx, input.Name);
    Reflect.deleteProperty(classifiersOf(ctx), found.Name);
    return {};
  },
};
