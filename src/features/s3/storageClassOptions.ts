import { S3_STORAGE_CLASSES } from '../../engine/s3/storageClasses';

/** The storage classes as Select options, in the console's order. */
export const STORAGE_CLASS_OPTIONS = S3_STORAGE_CLASSES.map((c) => ({
  value: c.name as string,
  label: c.label,
  description: `$${c.pricePerGbMonth} per GB-month${c.minDays ? `, minimum ${c.minDays} days` : ''}${c.isInstantAccess ? '' : ', restore before reading'}`,
}));

export const storageClassLabel = (name: string) =>
  S3_STORAGE_CLASSES.find((c) => c.name === name)?.label ?? name;
