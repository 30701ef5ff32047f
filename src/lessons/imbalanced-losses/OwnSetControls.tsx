import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { formatCount } from '../../format/number';
import { NS } from './strings';
import { ownSet } from './memo';
import { pairsRule, type OwnProblem, type OwnSet } from './ownSet';
import { OWN_MAX_PAIRS, imbalanceSchema } from './schema';

/** The same `own` parameter in both widgets' schemas (schema.ts). */
const OWN_SPEC = imbalanceSchema.own;
/** What the empty paste box shows: the shape a model's output takes. */
const EXAMPLE = 'z, y\n-3.2, 0\n1.7, 1\n-0.4, 0';

/**
 * The set a widget works on: the reader's pasted z, y pairs when there are any and they hold,
 * else none (the widget uses its built-in seeded set). `problem` is set when a link carried a
 * list that fails the label rule: the paste control never applies one.
 */
export function useOwnSet(flat: readonly number[]): { set: OwnSet | null; problem: OwnProblem | null } {
  return useMemo(() => {
    if (flat.length === 0) return { set: null, problem: null };
    const v = ownSet(flat);
    return v.ok ? { set: v.set, problem: null } : { set: null, problem: v.problem };
  }, [flat]);
}

interface Props {
  widgetId: string;
  value: readonly number[];
  onChange: (flat: number[]) => void;
  /** From useOwnSet: whether the pasted set is in use, and why a link's set is not. */
  inUse: boolean;
  problem: OwnProblem | null;
}

/** "Paste your own scores and labels", a way back to the built-in set, and a word on a bad link. */
export function OwnSetControls({ widgetId, value, onChange, inUse, problem }: Props) {
  const { t } = useTranslation(NS);
  const { t: tc } = useTranslation();
  return (
    <>
      {problem && (
        <p className="paste-note" role="status" data-testid={`${widgetId}-own-problem`}>
          {t('own.badLink', { why: tc(problem.key, problem.params) })}
        </p>
      )}
      {/* Next to the note that describes the pasted set, before the paste box. */}
      {(inUse || problem) && (
        <p className="il-own">
          <button type="button" className="button" data-param="own" onClick={() => onChange([])}>
            {t('own.back')}
          </button>
        </p>
      )}
      <PasteNumbers
        what="pairs"
        value={value}
        onChange={onChange}
        widgetId={widgetId}
        rule={pairsRule}
        hint={t('own.hint', { max: formatCount(OWN_MAX_PAIRS) })}
        placeholder={EXAMPLE}
        {...pasteLimits(OWN_SPEC)}
      />
    </>
  );
}
