/** A read-only code box for a CLI command, readable in light and dark mode. */
export function CliCommandBox({ command }: { command: string }) {
  return (
    <pre
      aria-label="CLI command"
      tabIndex={0}
      style={{
        margin: 0,
        padding: '12px 14px',
        borderRadius: 8,
        background: '#1b232d',
        color: '#f4f4f4',
        fontFamily: "Monaco, Menlo, Consolas, 'Courier Prime', Courier, 'Courier New', monospace",
        fontSize: 14,
        lineHeight: 1.5,
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-word',
        overflowX: 'auto',
      }}
    >
      <code>{command}</code>
    </pre>
  );
}
