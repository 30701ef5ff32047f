import { Trans, useTranslation } from 'react-i18next';
import { NS } from './strings';
import { pct } from './format';

/** The example sentence with the most probable word filled in, as greedy decoding would. */
export function NextWord({ word, p }: { word: string; p: number }) {
  useTranslation(NS);
  return (
    <p className="st-sentence" aria-live="polite">
      <Trans ns={NS} i18nKey="sentence" values={{ word, p: pct(p) }} components={{ w: <strong className="st-blank" /> }} />
    </p>
  );
}
