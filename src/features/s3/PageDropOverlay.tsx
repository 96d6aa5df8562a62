import Box from '@cloudscape-design/components/box';
import FileDropzone, { useFilesDragging } from '@cloudscape-design/components/file-dropzone';
import { useLake } from '../../store';
import { surfaceColors } from '../../ui/theme';

/** While files are dragged over the window, the whole page becomes a drop target for them. */
export function PageDropOverlay({
  target,
  onFiles,
}: {
  target: string;
  onFiles: (files: File[]) => void;
}) {
  const { areFilesDragging } = useFilesDragging();
  const colors = surfaceColors(useLake((s) => s.colorMode));
  if (!areFilesDragging) return null;
  return (
    <div
      role="region"
      aria-label="Drop files to upload"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 2000,
        padding: 48,
        background: `${colors.background}f2`,
      }}
    >
      <FileDropzone onChange={({ detail }) => onFiles(detail.value)}>
        <div
          style={{
            height: 'calc(100vh - 160px)',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          <Box variant="h2">Drop files to upload them to {target}</Box>
        </div>
      </FileDropzone>
    </div>
  );
}
