import type { Word } from './planTrace';

/**
 * One register: its bits split at the binary point (I integer bits, sign bit first for
 * signed words), then its value. The split is what makes shifts visible.
 */
export function BitsView({ word, intBits, label }: { word: Word; intBits: number; label: string }) {
  const int = word.bits.slice(0, intBits);
  const frac = word.bits.slice(intBits);
  return (
    <div className="hw-word">
      <span className="hw-word-label">{label}</span>
      <code className="hw-bits" aria-label={`${label}: ${int}.${frac}`}>
        <span className="hw-bits-int">{int}</span>
        <span className="hw-bits-point">.</span>
        <span className="hw-bits-frac">{frac}</span>
      </code>
      <span className="hw-word-value mono">= {String(word.value)}</span>
    </div>
  );
}
