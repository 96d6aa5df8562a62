import type { SchemaElement, SchemaTree } from 'hyparquet';
import type { GlueType } from './glueTypes';

/** The Glue/Hive type of a Parquet leaf, from its physical, converted and logical types. */
function leafType(element: SchemaElement): GlueType {
  const logical = element.logical_type?.type;
  const converted = element.converted_type;
  if (converted === 'DECIMAL' || logical === 'DECIMAL')
    return `decimal(${element.precision ?? 38},${element.scale ?? 0})`;
  if (converted === 'DATE' || logical === 'DATE') return 'date';
  if (
    converted === 'TIMESTAMP_MILLIS' ||
    converted === 'TIMESTAMP_MICROS' ||
    logical === 'TIMESTAMP' ||
    element.type === 'INT96'
  )
    return 'timestamp';
  if (converted === 'UTF8' || converted === 'JSON' || converted === 'ENUM' || logical === 'STRING')
    return 'string';
  switch (element.type) {
    case 'BOOLEAN':
      return 'boolean';
    case 'INT32':
      return converted === 'INT_8' ? 'tinyint' : converted === 'INT_16' ? 'smallint' : 'int';
    case 'INT64':
      return 'bigint';
    case 'FLOAT':
      return 'float';
    case 'DOUBLE':
      return 'double';
    default:
      return 'binary';
  }
}

/** The Glue type of a schema node: leaves, LIST and MAP groups, and structs. */
export function glueTypeOfNode(node: SchemaTree): GlueType {
  const { element, children } = node;
  if (children.length === 0) {
    const type = leafType(element);
    // A repeated leaf without a LIST wrapper is an array of that leaf (Parquet's legacy two-level lists).
    return element.repetition_type === 'REPEATED' ? `array<${type}>` : type;
  }
  const converted = element.converted_type;
  if (converted === 'LIST' || element.logical_type?.type === 'LIST') {
    const repeated = children[0]!;
    const elementNode = repeated.children.length === 1 ? repeated.children[0]! : repeated;
    return `array<${repeated.children.length === 1 ? glueTypeOfNode(elementNode) : structOf(repeated)}>`;
  }
  if (
    converted === 'MAP' ||
    converted === 'MAP_KEY_VALUE' ||
    element.logical_type?.type === 'MAP'
  ) {
    const entry = children[0]!;
    const [key, value] = entry.children;
    return `map<${key ? glueTypeOfNode(key) : 'string'},${value ? glueTypeOfNode(value) : 'string'}>`;
  }
  const struct = structOf(node);
  return element.repetition_type === 'REPEATED' ? `array<${struct}>` : struct;
}

function structOf(node: SchemaTree): GlueType {
  return `struct<${node.children.map((child) => `${child.element.name}:${glueTypeOfNode(child)}`).join(',')}>`;
}
