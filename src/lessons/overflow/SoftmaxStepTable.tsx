import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import type { SoftmaxSteps } from './softmaxSteps';
import { cell, isBad } from './format';
import { ScrollBox } from './ScrollBox';

function Num({ v, testId }: { v: number; testId?: string }) {
  return (
    <td className={isBad(v) ? 'bad' : undefined} data-testid={testId}>
      {cell(v)}
    </td>
  );
}

/** One softmax form as a table: a row per logit, then the sum; ∞ and NaN flagged. */
export function SoftmaxStepTable({ steps, kind, final }: { steps: SoftmaxSteps; kind: 'naive' | 'stable'; final: Float64Array }) {
  const { t } = useTranslation(NS);
  const stable = kind === 'stable';
  return (
    <ScrollBox label={t(`steps.${kind}Caption`)}>
      <table className="num-table step-table" data-testid={`${kind}-table`}>
        <caption>{t(`steps.${kind}Caption`)}</caption>
        <thead>
          <tr>
            <th scope="col">i</th>
            <th scope="col">
              z<sub>i</sub>
            </th>
            {stable && <th scope="col">{t('steps.shifted', { max: cell(steps.max ?? NaN) })}</th>}
            <th scope="col">{stable ? t('steps.expShifted') : t('steps.exp')}</th>
            <th scope="col">{t('steps.running')}</th>
            <th scope="col">{t('steps.prob')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.inputs.map((z, i) => (
            <tr key={i}>
              <th scope="row">{i + 1}</th>
              <Num v={z} />
              {stable && <Num v={steps.shifted?.[i] ?? NaN} />}
              <Num v={steps.exps[i]} />
              <Num v={steps.running[i]} />
              <Num v={final[i]} testId={`${kind}-p-${i}`} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
