import AttributeEditor from '@cloudscape-design/components/attribute-editor';
import Autosuggest from '@cloudscape-design/components/autosuggest';
import Input from '@cloudscape-design/components/input';
import type { ColumnDraft } from './actions';

/** Hive types offered in the type field; any other type (array<…>, struct<…>) can be typed. */
export const HIVE_TYPES = [
  'string',
  'int',
  'bigint',
  'smallint',
  'tinyint',
  'double',
  'float',
  'decimal(10,2)',
  'boolean',
  'date',
  'timestamp',
  'binary',
  'varchar(255)',
  'char(10)',
  'array<string>',
  'map<string,string>',
  'struct<name:string,value:int>',
];
const TYPE_OPTIONS = HIVE_TYPES.map((value) => ({ value }));

/** Editable columns: a name and a Hive type per row, added and removed as the user goes. */
export function ColumnsEditor({
  label,
  items,
  onChange,
  addText,
}: {
  label: string;
  items: ColumnDraft[];
  onChange: (items: ColumnDraft[]) => void;
  addText: string;
}) {
  const update = (index: number, patch: Partial<ColumnDraft>) =>
    onChange(items.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <AttributeEditor
      items={items}
      addButtonText={addText}
      removeButtonText="Remove"
      removeButtonAriaLabel={(c) => `Remove ${label} ${c.name || 'row'}`}
      onAddButtonClick={() => onChange([...items, { name: '', type: 'string' }])}
      onRemoveButtonClick={({ detail }) => onChange(items.filter((_, i) => i !== detail.itemIndex))}
      empty={`No ${label}s.`}
      definition={[
        {
          label: 'Name',
          control: (c, i) => (
            <Input
              value={c.name}
              ariaLabel={`${label} ${i + 1} name`}
              onChange={({ detail }) => update(i, { name: detail.value })}
            />
          ),
        },
        {
          label: 'Data type',
          control: (c, i) => (
            <Autosuggest
              value={c.type}
              options={TYPE_OPTIONS}
              ariaLabel={`${label} ${i + 1} type`}
              clearAriaLabel="Clear type"
              enteredTextLabel={(value) => `Use "${value}"`}
              placeholder="string, array<int>, struct<a:int>"
              onChange={({ detail }) => update(i, { type: detail.value })}
            />
          ),
        },
      ]}
    />
  );
}
