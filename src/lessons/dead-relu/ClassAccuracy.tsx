import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/number';
import { NS } from './strings';
import { CLASS_COLORS } from './pointLayers';

/** Accuracy per class from the worker's snapshot, each in its class's colour: a run can hit 67 % by losing one class of three entirely. */
export function ClassAccuracy({ shares }: { shares: readonly number[] }) {
  const { t } = useTranslation(NS);
  return (
    <p className="dr-class-acc" data-testid="class-accuracy" data-classes={shares.length}>
      {t('own.perClass')}{' '}
      {shares.map((a, k) => (
        <span key={k} className="dr-class-acc-item" data-class={k} data-acc={Number.isNaN(a) ? '' : a}>
          <span className="dr-swatch" style={{ background: CLASS_COLORS[k] }} aria-hidden="true" />
          {Number.isNaN(a) ? t('own.perClassNone', { k: k + 1 }) : t('own.perClassItem', { k: k + 1, acc: formatNumber(a * 100, 3) })}
        </span>
      ))}
    </p>
  );
}
