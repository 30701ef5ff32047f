import { memo } from 'react';
import { useCachedT } from './cachedT';
import { NS } from './strings';
import { useTranslation } from 'react-i18next';
import { FAILURES, FIXES, PRESETS, type LabState, type PresetName } from './schema';

const same = (a: LabState, b: LabState) => (Object.keys(b) as (keyof LabState)[]).every((k) => a[k] === b[k]);

/** Two rows of buttons: the failures, and the fixes (each changes one thing of a failure). */
// Memoised: the lab re-renders on every training snapshot, these only when the settings change.
export const PresetBar = memo(function PresetBar({ state, set }: { state: LabState; set: (p: Partial<LabState>) => void }) {
  // Re-rendered per settings change (aria-pressed); its labels are per language: cached.
  const { t: rawT } = useTranslation(NS);
  const t = useCachedT(rawT);
  const row = (names: readonly PresetName[], kind: 'failures' | 'fixes') => (
    <div className="dr-presets" role="group" aria-label={t(`presets.${kind}`)}>
      <span className="dr-presets-label" aria-hidden="true">
        {t(`presets.${kind}`)}
      </span>
      {names.map((n) => (
        <button key={n} type="button" className={`button dr-preset ${kind}`} aria-pressed={same(state, PRESETS[n])} onClick={() => set(PRESETS[n])}>
          {t(`presets.${n}`)}
        </button>
      ))}
    </div>
  );
  return (
    <>
      {row(FAILURES, 'failures')}
      {row(FIXES, 'fixes')}
    </>
  );
});
