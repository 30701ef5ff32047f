import { NS } from './strings';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields';

const STEP_SIZES = ['1', '10', '100'] as const;

interface Props {
  running: boolean;
  ready: boolean;
  onPlay: () => void;
  onPause: () => void;
  onStep: (n: number) => void;
  onRestart: () => void;
}

/** Play/pause (one toggle, so focus stays put), step by 1/10/100, and restart from step 0. */
// Memoised (its callbacks are stable): a settings change or a snapshot need not re-render it.
export const RunControls = memo(function RunControls({ running, ready, onPlay, onPause, onStep, onRestart }: Props) {
  const { t } = useTranslation(NS);
  const [size, setSize] = useState<(typeof STEP_SIZES)[number]>('10');
  return (
    <div className="dr-run-controls" role="group" aria-label={t('run.group')}>
      <button type="button" className="button primary" disabled={!ready} onClick={running ? onPause : onPlay}>
        {running ? t('run.pause') : t('run.play')}
      </button>
      <button type="button" className="button" disabled={!ready || running} onClick={() => onStep(Number(size))}>
        {t('run.step', { n: size })}
      </button>
      <SelectField label={t('run.stepSize')} value={size} options={STEP_SIZES.map((s) => ({ value: s, label: s }))} onChange={setSize} />
      <button type="button" className="button" onClick={onRestart}>
        {t('run.restart')}
      </button>
    </div>
  );
});
