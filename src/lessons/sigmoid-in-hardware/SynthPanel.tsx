import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLabel, type HardwareCost } from '../../engine';
import { designKey, type HdlParams } from './hdl';
import { SHORT_LABEL } from './methods';
import { areaOf } from './pareto';
import { NS } from './strings';
import { requestSynth, useSynth, type SynthEntry } from './synthStore';
import { YOSYS_VERSION, yosysDownloadMb } from './synthDownload';

/** Seconds since `since`, refreshed every second while `on`. */
function useElapsed(since: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (since === null) return;
    const timer = window.setInterval(() => setNow(performance.now()), 1000);
    return () => window.clearInterval(timer);
  }, [since]);
  return since === null ? 0 : Math.max(0, Math.round((now - since) / 1000));
}

const dash = '–';

/** The rows: what Yosys counted (iCE40, generic gates) beside what the cost model says. */
function ResultTable({ entry, cost, width }: { entry: Extract<SynthEntry, { status: 'done' }>; cost: HardwareCost; width: number }) {
  const { t } = useTranslation(NS);
  const { ice40, generic, word } = entry.report;
  const n = (v: number | null) => (v === null ? dash : v.toLocaleString('en-US'));
  const rows: [string, string, string, string][] = [
    [t('synth.row.luts'), n(ice40.luts), dash, dash],
    [t('synth.row.carry'), n(ice40.carry), dash, dash],
    [t('synth.row.bram'), n(ice40.bram), dash, t('synth.tableBits', { n: n(cost.tableBits) })],
    [t('synth.row.mult'), t('synth.dsp', { n: n(ice40.dsp) }), t('synth.mul', { n: n(word.multipliers) }), n(cost.multipliers + (cost.dividers ?? 0))],
    [t('synth.row.ffs'), n(ice40.ffs), n(generic.ffs), dash],
    [t('synth.row.gates'), dash, n(generic.gates), t('synth.areaModel', { n: n(areaOf(cost, width)) })],
    [t('synth.row.depth'), n(ice40.depth), n(generic.depth), t('synth.cycles', { n: n(cost.latencyCycles) })],
  ];
  return (
    <table className="hw-synth-table" data-testid="synth-table">
      <caption>{t('synth.caption', { design: entry.report.top, version: YOSYS_VERSION, s: entry.seconds.toFixed(1) })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('synth.col.what')}</th>
          <th scope="col">{t('synth.col.ice40')}</th>
          <th scope="col">{t('synth.col.generic')}</th>
          <th scope="col">{t('synth.col.model')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, ...cells]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {cells.map((c, k) => (
              <td key={k}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Synthesize": the configured design through Yosys in a worker (downloaded on the first
 * press, never before), then its real cell counts next to the cost model's estimate.
 */
export function SynthPanel({ params, cost }: { params: HdlParams; cost: HardwareCost }) {
  const { t } = useTranslation(NS);
  const key = designKey(params.method, params.config, params.format);
  const entry = useSynth((s) => s.entries[key]);
  const loaded = useSynth((s) => s.loaded);
  const ahead = useSynth((s) => Object.values(s.entries).filter((e) => e.status === 'queued' || e.status === 'running').length);
  const elapsed = useElapsed(entry?.status === 'running' ? entry.startedAt : null);
  const busy = entry?.status === 'running' || entry?.status === 'queued';
  const what = `${SHORT_LABEL[params.method]}, ${formatLabel(params.format)}`;

  let status = '';
  if (entry?.status === 'queued') status = t('synth.queued', { n: ahead - 1 });
  else if (entry?.status === 'running')
    status = entry.stage === 'run' ? t('synth.running', { pass: entry.pass ?? '…', s: elapsed }) : t(`synth.stage.${entry.stage}`, { mb: yosysDownloadMb(), s: elapsed });

  return (
    <section className="hw-synth" aria-label={t('synth.title')}>
      <h4>{t('synth.title')}</h4>
      <p className="hw-synth-intro">{t('synth.intro')}</p>
      <button type="button" className="button primary hw-synth-button" disabled={busy || entry?.status === 'done'} onClick={() => requestSynth(params)} data-testid="synth-button">
        {entry?.status === 'done' ? t('synth.doneButton', { what }) : loaded ? t('synth.button', { what }) : t('synth.buttonDownload', { what, mb: yosysDownloadMb() })}
      </button>
      <p className="hw-synth-status" role="status" aria-live="polite" data-testid="synth-status">
        {status}
      </p>
      {entry?.status === 'error' && (
        <p className="hw-synth-error" role="alert" data-testid="synth-error">
          {t('synth.error', { message: entry.message })}
        </p>
      )}
      {entry?.status === 'done' && (
        // Scrolls sideways on a phone rather than squeezing four columns.
        <div className="hw-synth-scroll" tabIndex={0} role="region" aria-label={t('synth.results')}>
          <ResultTable entry={entry} cost={cost} width={params.format.width} />
        </div>
      )}
      {entry?.status === 'done' && <p className="hw-synth-note">{t('synth.note')}</p>}
    </section>
  );
}
