import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg, downloadText, exportStem } from './exportPlot';

type Format = 'svg' | 'png' | 'csv';

/** Download buttons: the plot as SVG or PNG, its data as CSV (built only when asked for). */
export function PlotExport({ svgRef, csv, name }: { svgRef: RefObject<SVGSVGElement | null>; csv: () => string; name?: string }) {
  const { t } = useTranslation();
  function save(format: Format) {
    const svg = svgRef.current;
    if (!svg) return;
    const stem = name ?? exportStem(svg);
    if (format === 'svg') downloadSvg(svg, stem);
    else if (format === 'png') void downloadPng(svg, stem);
    else downloadText(csv(), 'text/csv', `${stem}.csv`);
  }
  return (
    <div className="plot-export" role="group" aria-label={t('widget.export')}>
      {(['svg', 'png', 'csv'] as const).map((f) => (
        <button key={f} type="button" className="button small" onClick={() => save(f)}>
          {f.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
