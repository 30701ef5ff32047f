import { memo, type RefObject } from 'react';
import { downloadPng, downloadSvg, downloadText, exportStem } from './exportPlot';

type Format = 'svg' | 'png' | 'csv';

/**
 * Download buttons: the plot as SVG or PNG, its data as CSV (built only when asked for).
 * Memoised on its label and name: `csv` is a ref to the frame's latest builder, read on click,
 * so a slider step does not re-render three unchanged buttons.
 */
export const PlotExport = memo(function PlotExport({ svgRef, csv, name, label }: { svgRef: RefObject<SVGSVGElement | null>; csv: RefObject<() => string>; name?: string; label: string }) {
  function save(format: Format) {
    const svg = svgRef.current;
    if (!svg) return;
    const stem = name ?? exportStem(svg);
    if (format === 'svg') downloadSvg(svg, stem);
    else if (format === 'png') void downloadPng(svg, stem);
    else downloadText(csv.current(), 'text/csv', `${stem}.csv`);
  }
  return (
    <div className="plot-export" role="group" aria-label={label}>
      {(['svg', 'png', 'csv'] as const).map((f) => (
        <button key={f} type="button" className="button small" onClick={() => save(f)}>
          {f.toUpperCase()}
        </button>
      ))}
    </div>
  );
});
