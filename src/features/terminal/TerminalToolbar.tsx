import { useRef, type ChangeEvent } from 'react';
import Button from '@cloudscape-design/components/button';
import type { TerminalColors } from './terminalColors';

interface Props {
  colors: TerminalColors;
  stagedCount: number;
  onStage: (files: { name: string; bytes: Uint8Array }[]) => void;
  onClose: () => void;
}

/** The terminal's header: its name, "Upload file" (stages local files for aws s3 cp), and close. */
export function TerminalToolbar({ colors, stagedCount, onStage, onClose }: Props) {
  const inputRef = useRef<HTMLInputElement>(null);
  const handleFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    event.target.value = '';
    onStage(
      await Promise.all(
        chosen.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      ),
    );
  };
  return (
    <div
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 8,
        padding: '4px 8px',
        borderBottom: `1px solid ${colors.border}`,
      }}
    >
      <h2 style={{ margin: 0, fontSize: 14, fontWeight: 700, flex: 1 }}>
        CloudShell{' '}
        <span style={{ color: colors.muted, fontWeight: 400 }}>
          · LakeLab simulated AWS CLI
          {stagedCount > 0
            ? ` · ${stagedCount} local file${stagedCount === 1 ? '' : 's'} (ls)`
            : ''}
        </span>
      </h2>
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        onChange={(event) => void handleFiles(event)}
        aria-label="Choose files to upload to the terminal"
      />
      <Button iconName="upload" onClick={() => inputRef.current?.click()}>
        Upload file
      </Button>
      <Button variant="icon" iconName="close" ariaLabel="Close terminal" onClick={onClose} />
    </div>
  );
}
