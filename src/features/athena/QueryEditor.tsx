import { useMemo, type KeyboardEvent, type Ref } from 'react';
import CodeMirror, { EditorView, type ReactCodeMirrorRef } from '@uiw/react-codemirror';
import { autocompletion } from '@codemirror/autocomplete';
import { sql, StandardSQL, type SQLNamespace } from '@codemirror/lang-sql';
import { useLake } from '../../store';
import { surfaceColors } from '../../ui/theme';
import { darkEditorTheme } from './editorTheme';

export interface QueryEditorProps {
  value: string;
  onChange: (sql: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Databases → tables → columns, for autocompletion. */
  schema: SQLNamespace;
  defaultSchema: string;
  label: string;
  editorRef?: Ref<ReactCodeMirrorRef>;
}

/** The SQL editor: highlighting, catalog autocompletion, Ctrl/Cmd+Enter runs the query. */
export function QueryEditor({
  value,
  onChange,
  onRun,
  schema,
  defaultSchema,
  label,
  editorRef,
}: QueryEditorProps) {
  const colorMode = useLake((s) => s.colorMode);
  const language = useMemo(
    () => sql({ dialect: StandardSQL, schema, defaultSchema, upperCaseKeywords: true }),
    [schema, defaultSchema],
  );
  const completion = useMemo(() => autocompletion({ icons: false }), []);
  const labelled = useMemo(
    () => EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
    [label],
  );
  const colors = surfaceColors(colorMode);
  // Caught before CodeMirror's own keymap, which would insert a blank line.
  const handleKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      onRun();
    }
  };
  return (
    <div
      onKeyDownCapture={handleKeyDown}
      style={{
        border: `1px solid ${colors.border}`,
        borderRadius: 8,
        overflow: 'hidden',
        // 14 px, larger in presentation mode (set by the shell); CodeMirror inherits it.
        fontSize: 'var(--lakelab-code-font-size, 14px)',
      }}
    >
      <CodeMirror
        ref={editorRef}
        value={value}
        onChange={onChange}
        extensions={[language, completion, labelled, EditorView.lineWrapping]}
        theme={colorMode === 'dark' ? darkEditorTheme : 'light'}
        height="220px"
        indentWithTab={false}
        basicSetup={{ foldGutter: false, autocompletion: false }}
        placeholder="Enter a SQL query, then press Ctrl+Enter to run it"
      />
    </div>
  );
}
