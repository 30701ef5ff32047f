import { NS } from './strings';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { formatNumber } from '../../components/plot/scales';
import type { Series } from '../../components/plot/types';
import type { RunHistory } from './useTrainingRun';

const LAYER_STYLE = [
  { color: 'var(--c1)' },
  { color: 'var(--c2)', dash: '8 4' },
  { color: 'var(--c3)', dash: '2 4' },
  { color: 'var(--c4)', dash: '10 3 2 3' },
];

/** Loss and accuracy over steps, and each layer's dead fraction over steps. */
export const RunCurves = memo(function RunCurves({ history }: { history: RunHistory }) {
  const { t } = useTranslation(NS);
  const n = history.step.length;
  const lastStep = n ? history.step[n - 1] : 0;
  const xDomain: [number, number] = [0, Math.max(1, lastStep)];
  const perf = useMemo<Series[]>(
    () => [
      { id: 'loss', label: t('curves.loss'), color: 'var(--c1)', x: history.step, y: history.loss },
      { id: 'acc', label: t('curves.accuracy'), color: 'var(--c3)', dash: '7 4', x: history.step, y: history.accuracy },
    ],
    [history, t],
  );
  const dead = useMemo<Series[]>(
    () => history.dead.map((d, l) => ({ id: `dead-${l}`, label: t('curves.layer', { l: l + 1 }), ...LAYER_STYLE[l % 4], x: history.step, y: d })),
    [history, t],
  );
  const maxLoss = history.loss.reduce((m, v) => (Number.isFinite(v) ? Math.max(m, v) : m), 1);
  const last = (a: number[]) => (a.length ? a[a.length - 1] : NaN);
  // The shared data table cannot take empty series yet: draw the charts from the first snapshot on.
  if (n === 0) return null;
  return (
    <div className="dr-curves">
      <Plot
        summary={t('curves.perfSummary', { step: lastStep, loss: formatNumber(last(history.loss), 3), acc: formatNumber(last(history.accuracy) * 100, 3) })}
        series={perf}
        xDomain={xDomain}
        yDomain={[0, Math.min(5, maxLoss)]}
        xLabel={t('curves.step')}
        yLabel={t('curves.perfY')}
        height={220}
      />
      <Plot
        summary={t('curves.deadSummary', { step: lastStep, fractions: history.dead.map((d) => `${formatNumber(last(d) * 100, 3)}%`).join(', ') })}
        series={dead}
        xDomain={xDomain}
        yDomain={[0, 1]}
        xLabel={t('curves.step')}
        yLabel={t('curves.deadY')}
        height={220}
      />
    </div>
  );
});
