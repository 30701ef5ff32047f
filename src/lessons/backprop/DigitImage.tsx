import { useEffect, useRef } from 'react';

/** One 28×28 grey image as a small canvas, inked in the text colour so both themes read it. */
export function DigitImage({ pixels, rows, cols, label }: { pixels: Uint8Array; rows: number; cols: number; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const c = ref.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx) return;
    const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(getComputedStyle(c).color);
    const [r, g, b] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const img = ctx.createImageData(cols, rows);
    for (let i = 0; i < rows * cols; i++) {
      img.data[4 * i] = r;
      img.data[4 * i + 1] = g;
      img.data[4 * i + 2] = b;
      img.data[4 * i + 3] = pixels[i]; // grey level as ink coverage
    }
    ctx.clearRect(0, 0, cols, rows);
    ctx.putImageData(img, 0, 0);
  }, [pixels, rows, cols]);
  return <canvas ref={ref} width={cols} height={rows} className="digit-image" role="img" aria-label={label} />;
}
