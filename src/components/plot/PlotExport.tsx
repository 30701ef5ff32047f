import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv, downloadPng, downloadSvg } from './exportPlot';
import type { Series } from './types';

/** Download buttons: the plot as SVG or PNG, its data as CSV. */
export function PlotExport({ svgRef, series, name }: { svgRef: RefObject<SVGSVGElement | null>; series: readonly Series[]; name: string }) {
  const { t } = useTranslation();
  const svg = () => svgRef.current;
  return (
    <div className="plot-export" role="group" aria-label={t('widget.export')}>
      <button type="button" className="button small" onClick={() => { const s = svg(); if (s) downloadSvg(s, name); }}>
        SVG
      </button>
      <button type="button" className="button small" onClick={() => { const s = svg(); if (s) void downloadPng(s, name); }}>
        PNG
      </button>
      <button type="button" className="button small" onClick={() => downloadCsv(series, name)}>
        CSV
      </button>
    </div>
  );
}
