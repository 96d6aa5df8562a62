import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import type { Extension } from '@codemirror/state';

/**
 * Dark mode for the editor on the console's dark surface, with token colours that keep a
 * 4.5:1 contrast ratio there (the stock dark theme's purples and greys do not).
 */
export const darkEditorTheme: Extension = [
  EditorView.theme(
    {
      '&': { backgroundColor: '#161d26', color: '#e9ebed' },
      '.cm-gutters': { backgroundColor: '#161d26', color: '#b6bec9', border: 'none' },
      '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: '#1f2833' },
      '.cm-cursor': { borderLeftColor: '#e9ebed' },
      '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
        backgroundColor: '#2f4a6b',
      },
      '.cm-placeholder': { color: '#b6bec9' },
    },
    { dark: true },
  ),
  syntaxHighlighting(
    HighlightStyle.define([
      { tag: tags.keyword, color: '#d0a8ff' },
      { tag: [tags.string, tags.special(tags.string)], color: '#9ee09e' },
      { tag: [tags.number, tags.bool, tags.null], color: '#ffc58a' },
      { tag: [tags.comment, tags.lineComment, tags.blockComment], color: '#b6bec9' },
      { tag: [tags.typeName, tags.standard(tags.name)], color: '#7fd4ff' },
      { tag: [tags.operator, tags.punctuation, tags.bracket], color: '#e9ebed' },
      { tag: [tags.name, tags.variableName, tags.propertyName], color: '#e9ebed' },
    ]),
  ),
];
