import { useTranslation } from 'react-i18next';
import { formatLabel, type FixedFormat } from '../../engine';
import type { HdlParams } from './hdl';
import { NS } from './strings';
import { cancelQueued, requestSynth, useSynth } from './synthStore';
import { yosysDownloadMb } from './synthDownload';

/**
 * The Pareto plot's synthesized-area status: how many sweep designs Yosys has counted at this
 * format, and a button that queues the rest (one at a time in the Yosys worker; a large
 * CORDIC can take a minute) with a way to stop the queue.
 */
export function ParetoSynthBar({ fmt, drawn, missing, unsupported, ready }: { fmt: FixedFormat | undefined; drawn: number; missing: HdlParams[]; unsupported: number; ready: boolean }) {
  const { t } = useTranslation(NS);
  const loaded = useSynth((s) => s.loaded);
  const pending = useSynth((s) => Object.values(s.entries).filter((e) => e.status === 'queued' || e.status === 'running').length);
  if (!fmt) return <p className="readout" data-testid="pareto-synth">{t('pareto.synthFloat')}</p>;
  return (
    <div className="hw-pareto-synth">
      <p className="readout" aria-live="polite" data-testid="pareto-synth">
        {t('pareto.synthCount', { k: drawn, n: drawn + missing.length, format: formatLabel(fmt), u: unsupported })}
        {pending > 0 ? ` ${t('pareto.synthPending', { n: pending })}` : ''}
      </p>
      {ready && missing.length > 0 && pending === 0 && (
        <button type="button" className="button" onClick={() => missing.forEach((p) => requestSynth(p))} data-testid="pareto-synth-all">
          {loaded ? t('pareto.synthAll', { n: missing.length }) : t('pareto.synthAllDownload', { n: missing.length, mb: yosysDownloadMb() })}
        </button>
      )}
      {pending > 1 && (
        <button type="button" className="button" onClick={cancelQueued}>
          {t('pareto.synthStop')}
        </button>
      )}
    </div>
  );
}
