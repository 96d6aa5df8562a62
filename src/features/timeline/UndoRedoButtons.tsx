import ButtonGroup, { type ButtonGroupProps } from '@cloudscape-design/components/button-group';
import { useLake, useLakeStore } from '../../store';
import { selectRedoLabel, selectUndoLabel } from '../../store/history/historySlice';
import { useUndoRedoShortcuts } from './useUndoRedoShortcuts';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Undo and Redo for the top bar; each names the step it would take back or re-apply. */
export function UndoRedoButtons() {
  const store = useLakeStore();
  const undoLabel = useLake(selectUndoLabel);
  const redoLabel = useLake(selectRedoLabel);
  useUndoRedoShortcuts();
  const items: ButtonGroupProps.ItemOrGroup[] = [
    {
      type: 'icon-button',
      id: 'undo',
      text: undoLabel ? `Undo ${undoLabel} (${MOD}Z)` : 'Undo',
      iconName: 'undo',
      disabled: !undoLabel,
      disabledReason: 'Nothing to undo',
    },
    {
      type: 'icon-button',
      id: 'redo',
      text: redoLabel ? `Redo ${redoLabel} (${MOD}Shift+Z)` : 'Redo',
      iconName: 'redo',
      disabled: !redoLabel,
      disabledReason: 'Nothing to redo',
    },
  ];
  return (
    <ButtonGroup
      variant="icon"
      ariaLabel="Undo and redo"
      items={items}
      onItemClick={({ detail }) =>
        void (detail.id === 'undo' ? store.getState().undo() : store.getState().redo())
      }
    />
  );
}
