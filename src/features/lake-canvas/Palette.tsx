import Button from '@cloudscape-design/components/button';
import Link from '@cloudscape-design/components/link';
import { href } from '../../store/router';
import type { PaletteKind } from './canvasUi';
import { PALETTE_MIME } from './CanvasView';
import { PALETTE } from './kinds';

interface Props {
  chosen: PaletteKind | undefined;
  onChoose(kind: PaletteKind): void;
  onAdd(kind: PaletteKind): void;
}

/** Sources by course group: drag one onto the canvas, or choose it and press "Add to canvas". */
export function Palette({ chosen, onChoose, onAdd }: Props) {
  return (
    <nav aria-label="Sources palette" className="lc-palette-bar">
      {PALETTE.map((group) => (
        <div key={group.group} className="lc-palette" role="group" aria-label={group.group}>
          <span className="lc-group-title">{group.group}</span>
          <div className="lc-palette-row">
            {group.entries.map((entry) => (
              <button
                key={entry.kind}
                type="button"
                className="lc-palette-item"
                draggable
                title={entry.description}
                aria-pressed={chosen === entry.kind}
                onClick={() => onChoose(entry.kind)}
                onDoubleClick={() => onAdd(entry.kind)}
                onDragStart={(e) => {
                  e.dataTransfer.setData(PALETTE_MIME, entry.kind);
                  e.dataTransfer.effectAllowed = 'copy';
                }}
              >
                {entry.label}
              </button>
            ))}
          </div>
        </div>
      ))}
      <div className="lc-palette">
        <span className="lc-group-title">Upload from your computer</span>
        <Link href={href('/s3')}>S3 console</Link>
      </div>
      <Button variant="primary" disabled={!chosen} onClick={() => chosen && onAdd(chosen)}>
        Add to canvas
      </Button>
    </nav>
  );
}
