import type { Step } from './softmaxSteps';
import { cell, isBad } from './format';
import { ScrollBox } from './ScrollBox';

/** A short chain of steps as a two-column table; the last row is the result. */
export function StepList({ caption, steps, exact, exactLabel, testId }: { caption: string; steps: Step[]; exact: number; exactLabel: string; testId: string }) {
  const result = steps[steps.length - 1].value;
  const lost = result === 0 && exact !== 0;
  return (
    <ScrollBox label={caption}>
      <table className="num-table step-list" data-testid={testId}>
        <caption>{caption}</caption>
        <tbody>
          {steps.map((s, i) => (
            <tr key={i} className={i === steps.length - 1 ? 'result-row' : undefined}>
              <th scope="row">{s.label}</th>
              <td className={isBad(s.value) || (i === steps.length - 1 && lost) ? 'bad' : undefined} data-testid={i === steps.length - 1 ? `${testId}-result` : undefined}>
                {cell(s.value)}
              </td>
            </tr>
          ))}
          <tr className="exact-row">
            <th scope="row">{exactLabel}</th>
            <td>{cell(exact)}</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>
  );
}
