import { Fragment } from 'react';

/** After a dot, slash, colon, comma or dash, and inside camelCase words: where a long AWS name may wrap. */
const BREAK_AFTER = /(?<=[./:,_-])|(?<=[a-z])(?=[A-Z])/;

/**
 * Text that may wrap inside long AWS names (`BufferingHints.IntervalInSeconds`,
 * `PermissionsWithGrantOption`, ARNs) only where a reader expects it, so narrow panels stay legible.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(BREAK_AFTER);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
