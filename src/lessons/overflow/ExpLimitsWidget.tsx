import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { precisions, roundTo } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { NumberField } from '../../components/fields';
import { useWidget } from '../../components/state/useWidget';
import { expLimitsWidget } from './widgets';
import { formatNumber } from '../../components/plot/scales';

import { expLimits } from './limits';
import { fixed, isBad } from './format';
import { ScrollBox } from './ScrollBox';
import { expLimitsCode } from './code';
import './overflow.css';

/** Where exp overflows and underflows in each format, and what exp(x) gives for a typed x. */
export function ExpLimitsWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(expLimitsWidget);
  const x = state.x;
  return (
    <WidgetFrame widget={expLimitsWidget} title={t('limits.title')} code={expLimitsCode(x)}>
      <div className="controls">
        <NumberField label={t('limits.input')} value={x} onChange={(v) => set({ x: v })} min={-1000} max={1000} />
      </div>
      <ScrollBox label={t('limits.title')}>
        <table className="num-table limits-table">
          <caption className="sr-only">{t('limits.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('limits.format')}</th>
              <th scope="col">{t('limits.max')}</th>
              <th scope="col">{t('limits.overflow')}</th>
              <th scope="col">{t('limits.subnormal')}</th>
              <th scope="col">{t('limits.zero')}</th>
              <th scope="col">{t('limits.expX', { x: formatNumber(x) })}</th>
            </tr>
          </thead>
          <tbody>
            {precisions.map((p) => {
              const l = expLimits(p);
              const e = roundTo(Math.exp(roundTo(x, p)), p);
              const flag = isBad(e) ? 'bad' : e === 0 ? 'warn' : '';
              return (
                <tr key={p}>
                  <th scope="row">{p}</th>
                  <td>{formatNumber(l.max, 5)}</td>
                  <td data-testid={`overflow-${p}`}>{fixed(l.overflowAt, 4)}</td>
                  <td>{fixed(l.subnormalBelow, 2)}</td>
                  <td>{fixed(l.zeroAtOrBelow, 2)}</td>
                  <td className={flag} data-testid={`exp-${p}`}>
                    {formatNumber(e, 5)}
                    {flag === 'bad' ? ` (${t('overflowed')})` : flag === 'warn' ? ` (${t('underflowed')})` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className="hint">{t('limits.note')}</p>
    </WidgetFrame>
  );
}
