import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TORCH_BCE_LOG_CLAMP } from '../../engine';
import { lossMapRows, MAP_LOGITS, MAP_MULTI, MAP_TARGET } from './lossMap';
import { ANIMALS } from './schema';
import { fmt } from './format';
import { NS } from './strings';
import './lossmap.css';

/**
 * Which PyTorch loss takes logits, probabilities or log-probabilities, each evaluated by the
 * engine on one example; the "same as" column is found by comparing the computed values.
 * On phones each row becomes a card (lossmap.css), column names from data-label.
 */
export function LossMapTable() {
  const { t } = useTranslation(NS);
  const rows = useMemo(() => lossMapRows(), []);
  const names = ANIMALS.map((a) => t(`animal.${a}`));
  const example = t('lm.map.example', {
    z: MAP_LOGITS.map((v) => fmt(v, 3)).join(', '),
    animal: names[MAP_TARGET],
    multi: names.filter((_, i) => MAP_MULTI[i] === 1).join(', '),
  });
  const col = (k: string) => t(`lm.map.col.${k}`);
  return (
    <div className="table-scroll">
      <table className="props-table lm-table" data-testid="loss-map">
        <caption>{t('lm.map.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{col('call')}</th>
            <th scope="col">{col('feeds')}</th>
            <th scope="col">{col('inside')}</th>
            <th scope="col">{col('value')}</th>
            <th scope="col">{col('same')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.bug ? 'lm-bug' : undefined} data-row={r.id}>
              <th scope="row">
                <code>{t(`lm.map.rows.${r.id}.call`)}</code>
                {r.bug && <span className="lm-tag">{t('lm.map.bug')}</span>}
              </th>
              <td data-label={col('feeds')}>{t(`lm.map.feeds.${r.feeds}`)}</td>
              <td data-label={col('inside')}>{t(`lm.map.rows.${r.id}.inside`, { clamp: fmt(TORCH_BCE_LOG_CLAMP, 4) })}</td>
              <td data-label={col('value')} className="lm-value" data-value={String(r.value)}>{fmt(r.value, 5)}</td>
              <td data-label={col('same')}>{r.sameAs ? t('lm.map.sameAs', { call: t(`lm.map.rows.${r.sameAs}.call`) }) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="ce-note">{example}</p>
    </div>
  );
}
