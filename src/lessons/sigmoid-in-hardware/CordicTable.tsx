import { useTranslation } from 'react-i18next';
import type { CordicTrace } from '../../engine';
import { formatNumber } from '../../format/number';
import { NS } from './strings';

const bitsText = (b: number) => (b === Infinity ? '∞' : formatNumber(b, 3));

/** One row per micro-rotation done so far; the current one highlighted, repeats marked. */
export function CordicTable({ trace, step }: { trace: CordicTrace; step: number }) {
  const { t } = useTranslation(NS);
  return (
    <>
      {/* The visible title sits outside the scroller so a phone shows all of it; the caption stays for screen readers. */}
      <p className="hw-table-note" aria-hidden="true">{t('cordic.table')}</p>
      <div className="hw-cordic-scroll" tabIndex={0} role="region" aria-label={t('cordic.table')}>
        <table className="num-table hw-cordic-table" data-testid="cordic-table">
          <caption className="sr-only">{t('cordic.table')}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('cordic.colShift')}</th>
              <th scope="col">{t('cordic.colAngle')}</th>
              <th scope="col">{t('cordic.colDir')}</th>
              <th scope="col">{t('cordic.colZ')}</th>
              <th scope="col">{t('cordic.colBits')}</th>
              <th scope="col">{t('cordic.colGained')}</th>
            </tr>
          </thead>
          <tbody>
            {trace.steps.slice(0, step).map((s) => (
              <tr key={s.index} className={s.index === step ? 'fires' : undefined} aria-current={s.index === step ? 'step' : undefined} data-repeated={s.repeated || undefined}>
                <th scope="row">{s.index}</th>
                <td>
                  {s.shift}
                  {s.repeated && (
                    <>
                      {' ↻'}
                      <span className="sr-only">{t('cordic.repeat')}</span>
                    </>
                  )}
                </td>
                <td>{formatNumber(s.angle, 6)}</td>
                <td>{s.direction > 0 ? '+1' : '−1'}</td>
                <td>{formatNumber(s.z, 4)}</td>
                <td>{bitsText(s.bits)}</td>
                <td>{s.gained === 0 ? '0' : formatNumber(s.gained, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
