import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Frame } from '../../components/plot/Frame';
import { Raster } from '../../components/plot/marks/Raster';
import { continuous, useFrame } from '../../components/plot/context';
import { gridCsv, gridTable } from '../../components/plot/table';
import { svgTabStop } from '../../components/svgFocus';
import { ClassRegions, CLASS_COLORS, PointsBitmap } from './pointLayers';
import { MAX_CLASSES, MAX_POINTS, nearestPoint, round } from './pointsData';

interface Props {
  summary: string;
  /** Accessible name of the editing surface: what clicks and keys do. */
  editLabel: string;
  flat: readonly number[];
  extent: number;
  /** Binary nets: P(class 1) per cell; softmax nets: k probabilities per cell (cell-major). */
  decision: Float32Array | null;
  classGrid: Float32Array | null;
  gridSize: number;
  classes: number;
  brush: number;
  onChange: (flat: number[]) => void;
  onBrush: (k: number) => void;
}

const EMPTY = new Float32Array(0);

/** The click, drag, shift-click and keyboard surface over the map, in the frame's coordinates. */
function EditSurface({ label, flat, extent, brush, onChange, onBrush, onDraft }: {
  label: string;
  flat: readonly number[];
  extent: number;
  brush: number;
  onChange: (flat: number[]) => void;
  onBrush: (k: number) => void;
  onDraft: (flat: number[] | null) => void;
}) {
  const f = useFrame();
  const x = continuous(f.x, 'PointEditor');
  const y = continuous(f.y, 'PointEditor');
  const drag = useRef<{ i: number; draft: number[] } | null>(null);
  const [cursor, setCursor] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  // A point within ~9 px of the pointer is "hit": in data units, from the scale.
  const radius = (9 * 2 * extent) / Math.max(1, f.width);
  const clampC = (v: number) => round(Math.min(extent, Math.max(-extent, v)));
  function at(e: PointerEvent<SVGRectElement>): [number, number] {
    const r = e.currentTarget.getBoundingClientRect();
    return [clampC(x.invert(((e.clientX - r.left) / r.width) * f.width)), clampC(y.invert(((e.clientY - r.top) / r.height) * f.height))];
  }
  const without = (i: number) => [...flat.slice(0, 3 * i), ...flat.slice(3 * i + 3)];
  const add = (px: number, py: number) => {
    if (flat.length / 3 < MAX_POINTS) onChange([...flat, px, py, brush]);
  };
  function down(e: PointerEvent<SVGRectElement>) {
    const [px, py] = at(e);
    setCursor([px, py]);
    const i = nearestPoint(flat, px, py, radius);
    if (e.shiftKey) {
      if (i >= 0) onChange(without(i));
      return;
    }
    if (i < 0) {
      add(px, py);
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { i, draft: [...flat] };
  }
  function move(e: PointerEvent<SVGRectElement>) {
    const d = drag.current;
    if (!d) return;
    const [px, py] = at(e);
    d.draft[3 * d.i] = px;
    d.draft[3 * d.i + 1] = py;
    // Only the picture follows the pointer; the run restarts once, on release.
    onDraft([...d.draft]);
  }
  function up() {
    const d = drag.current;
    drag.current = null;
    onDraft(null);
    if (d) onChange(d.draft);
  }
  function key(e: KeyboardEvent<SVGRectElement>) {
    const s = (e.shiftKey ? 5 : 1) * (extent / 40);
    const moves: Record<string, [number, number]> = { ArrowLeft: [-s, 0], ArrowRight: [s, 0], ArrowUp: [0, s], ArrowDown: [0, -s] };
    if (e.key in moves) setCursor(([cx, cy]) => [clampC(cx + moves[e.key][0]), clampC(cy + moves[e.key][1])]);
    else if (e.key === 'Enter' || e.key === ' ') add(cursor[0], cursor[1]);
    else if (e.key === 'Delete' || e.key === 'Backspace') {
      const i = nearestPoint(flat, cursor[0], cursor[1], Math.max(radius, extent / 10));
      if (i >= 0) onChange(without(i));
    } else if (/^[1-5]$/.test(e.key) && Number(e.key) <= MAX_CLASSES) onBrush(Number(e.key) - 1);
    else return;
    e.preventDefault();
  }
  return (
    <>
      {focused && (
        <g pointerEvents="none" transform={`translate(${x(cursor[0])},${y(cursor[1])})`} data-testid="edit-cursor">
          <circle r={10} fill="none" stroke="var(--text)" strokeWidth={2} />
          <circle r={3} fill={CLASS_COLORS[brush]} />
        </g>
      )}
      <rect
        ref={svgTabStop}
        className="dr-edit-surface"
        data-testid="point-editor"
        role="application"
        aria-roledescription="point editor"
        aria-label={label}
        width={f.width}
        height={f.height}
        fill="transparent"
        style={{ cursor: 'crosshair', touchAction: 'none' }}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onKeyDown={key}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
    </>
  );
}

/** The lab's map for the reader's own points: the net's regions under the points, and the editing surface on top. */
export const PointEditor = memo(function PointEditor(p: Props) {
  const [draft, setDraft] = useState<number[] | null>(null);
  const shown = draft ?? p.flat;
  const box = useMemo(() => [-p.extent, p.extent, -p.extent, p.extent] as const, [p.extent]);
  const binary = p.classes === 2;
  const values = binary ? (p.decision ?? EMPTY) : (p.classGrid ?? EMPTY);
  const table = useMemo(() => (binary ? gridTable(values, p.gridSize, box) : { columns: ['x', 'y', 'label'], rows: [] as number[][] }), [binary, values, p.gridSize, box]);
  const ramp = useMemo(() => [CLASS_COLORS[0], 'var(--bg)', CLASS_COLORS[1]], []);
  return (
    <Frame
      summary={p.summary}
      className="dr-decision dr-editor"
      role="group"
      square={420}
      x={{ domain: [-p.extent, p.extent], axis: false }}
      y={{ domain: [-p.extent, p.extent], axis: false }}
      table={binary ? table : pointsTable(p.flat)}
      csv={() => (binary ? gridCsv(values, p.gridSize, box, 'p') : pointsCsv(p.flat))}
    >
      {binary ? (
        <Raster values={values} cols={p.gridSize} rows={p.gridSize} extent={box} colors={ramp} />
      ) : (
        <ClassRegions probs={values} grid={p.gridSize} k={p.classes} />
      )}
      <PointsBitmap flat={shown} />
      <EditSurface label={p.editLabel} flat={p.flat} extent={p.extent} brush={p.brush} onChange={p.onChange} onBrush={p.onBrush} onDraft={setDraft} />
    </Frame>
  );
});

/** The first 50 points as the text alternative of a multi-class map (its CSV has them all). */
function pointsTable(flat: readonly number[]) {
  const rows: number[][] = [];
  for (let i = 0; i < Math.min(50, flat.length / 3); i++) rows.push([flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]]);
  return { columns: ['x', 'y', 'label'], rows };
}

function pointsCsv(flat: readonly number[]): string {
  const rows = ['"x","y","label"'];
  for (let i = 0; 3 * i + 2 < flat.length; i++) rows.push(`${flat[3 * i]},${flat[3 * i + 1]},${flat[3 * i + 2]}`);
  return rows.join('\n') + '\n';
}
