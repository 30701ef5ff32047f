import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../../components/fields';
import { useOffThread, type OffThreadJob } from '../../components/useOffThread';
import { formatLabel, type FixedFormat } from '../../engine';
import { CodeTabs } from './CodeTabs';
import type { HdlBundle, HdlFileKind, HdlParams } from './hdl';
import { configOf, costOf, SHORT_LABEL, type MethodSettings } from './methods';
import { HDL_METHODS } from './schema';
import { NS } from './strings';
import { SynthPanel } from './SynthPanel';

type HdlMethodKey = (typeof HDL_METHODS)[number];

// Always in the worker: the generators stay out of the page's code, and a 16-bit testbench
// (65 536 golden words) takes longer than a frame. compute is never called inline.
const hdlJob: OffThreadJob<HdlParams, HdlBundle> = {
  compute: () => {
    throw new Error('the hardware files are generated in hdl.worker.ts');
  },
  heavy: () => true,
  worker: () => new Worker(new URL('./hdl.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-hdl' }),
};

interface Props {
  method: HdlMethodKey;
  file: HdlFileKind;
  settings: MethodSettings;
  /** The workbench's format; undefined (float64) has no hardware. */
  format: FixedFormat | undefined;
  set: (patch: { hdl?: HdlMethodKey; file?: HdlFileKind; fixed?: boolean }) => void;
}

/**
 * The workbench's hardware: for one method at the workbench's format and settings, the
 * generated Verilog module, its self-checking testbench and the HLS C++, and Yosys's count.
 */
export function HardwarePanel({ method, file, settings, format, set }: Props) {
  const { t } = useTranslation(NS);
  const picker = (
    <Segmented
      label={t('hdl.method')}
      value={method}
      options={HDL_METHODS.map((m) => ({ value: m, label: SHORT_LABEL[m] }))}
      onChange={(v) => set({ hdl: v })}
    />
  );
  if (!format) {
    return (
      <section className="hw-hdl" aria-labelledby="hw-hdl-title">
        <h3 id="hw-hdl-title">{t('hdl.title')}</h3>
        <p className="hw-hdl-float">{t('hdl.needsFixed')}</p>
        <button type="button" className="button primary" onClick={() => set({ fixed: true })} data-testid="hdl-use-fixed">
          {t('hdl.useFixed')}
        </button>
      </section>
    );
  }
  return <FixedHardware method={method} file={file} settings={settings} format={format} set={set} picker={picker} />;
}

function FixedHardware({ method, file, settings, format, set, picker }: Props & { format: FixedFormat; picker: React.ReactNode }) {
  const { t } = useTranslation(NS);
  const config = configOf(method, settings);
  const configKey = JSON.stringify(config);
  // One params object per design, so the worker is asked again only when the design changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- configKey stands for config
  const params = useMemo<HdlParams>(() => ({ method, config, format }), [method, configKey, format]);
  const { outcome, stale } = useOffThread(hdlJob, params);
  const cost = costOf(method, settings, format);
  return (
    <section className="hw-hdl" aria-labelledby="hw-hdl-title">
      <h3 id="hw-hdl-title">{t('hdl.title')}</h3>
      {picker}
      {outcome === null && <p className="readout">{t('hdl.generating', { format: formatLabel(format) })}</p>}
      {outcome && !outcome.ok && (
        <p className="hw-synth-error" role="alert">
          {t('hdl.error', { message: outcome.message })}
        </p>
      )}
      {outcome?.ok && (
        <div className={stale ? 'hw-hdl-body stale' : 'hw-hdl-body'}>
          <p className="readout" aria-live="polite" data-testid="hdl-words">
            {t('hdl.words', { n: outcome.value.words.toLocaleString('en-US'), name: outcome.value.name, format: formatLabel(format) })}
          </p>
          <CodeTabs files={outcome.value.files} selected={file} onSelect={(f) => set({ file: f })} />
        </div>
      )}
      <SynthPanel params={params} cost={cost} />
    </section>
  );
}
