import Box from '@cloudscape-design/components/box';
import Spinner from '@cloudscape-design/components/spinner';
import { useSampleClassification } from './useSampleClassification';

interface Props {
  location: string;
  classifiers: string[];
  winner: string | undefined;
}

/** Which classifiers were tried on the table's first file, in order, with each one's certainty and reason. */
export function ClassifierVerdicts({ location, classifiers, winner }: Props) {
  const { data, error, isLoading } = useSampleClassification(location, classifiers);
  if (isLoading) return <Spinner />;
  if (error)
    return <Box>The files could not be read again to show the classifiers ({error.name}).</Box>;
  if (!data)
    return <Box>The table's files are gone from S3, so the classifiers cannot be shown.</Box>;
  const { result, key } = data;
  const header = result.tried
    .map((v) => /first row[^;]*/.exec(v.why)?.[0])
    .find((text) => text !== undefined);
  return (
    <>
      <Box variant="p">
        Classifiers run in order — custom ones first, then the built-in ones — and the first that is
        certain (1.0) wins. Checked again now on <Box variant="code">{key}</Box>:
      </Box>
      <ol>
        {result.tried.map((v) => (
          <li key={v.name}>
            <b>{v.name}</b> — certainty {v.certainty.toFixed(1)}
            {v.name === (winner ?? result.classifierName) ? ' (won)' : ''}: {v.why}
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
