import Box from '@cloudscape-design/components/box';
import type { TableExplanation } from '../../engine/glue';

interface Props {
  explanation: TableExplanation;
  winner: string | undefined;
}

/** Which classifiers the crawl tried on the table's first file, in order, with each one's certainty and reason. */
export function ClassifierVerdicts({ explanation, winner }: Props) {
  const { sampleKey, tried, header, otherFiles } = explanation;
  return (
    <>
      <Box variant="p">
        Classifiers run in order — custom ones first, then the built-in ones — and the first that is
        certain (1.0) wins. What the crawl decided for <Box variant="code">{sampleKey}</Box>
        {otherFiles > 0
          ? ` (the table's first file; ${otherFiles} more file${otherFiles === 1 ? '' : 's'} were classified too, their details not kept)`
          : ''}
        :
      </Box>
      <ol>
        {tried.map((v) => (
          <li key={v.name}>
            <b>{v.name}</b> — certainty {v.certainty.toFixed(1)}
            {v.name === winner ? ' (won)' : ''}: {v.why}
          </li>
        ))}
      </ol>
      {header && (
        <Box variant="p">
          <b>Header row:</b> {header}.
        </Box>
      )}
    </>
  );
}
