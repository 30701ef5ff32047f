import { useTranslation } from 'react-i18next';
import { sigmoid, softmax } from '../../engine';
import { BarChart } from '../../components/BarChart';
import { Segmented } from '../../components/fields';
import { formatNumber } from '../../format/number';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { task } from './widgets';
import { NS } from './strings';
import { HEADS, TASKS } from './schema';
import { TASK_EXAMPLES as EXAMPLES, YES } from './tasks';
import './lesson.css';

const COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)', 'var(--c4)'];

/** Multi-label (independent sigmoids) versus multi-class (one softmax): pick a task, try a head. */
export function TaskWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(task);
  const ex = EXAMPLES[state.task];
  const out = state.head === 'sigmoid' ? ex.logits.map((z) => sigmoid(z)) : Array.from(softmax(ex.logits));
  const sum = out.reduce((a, b) => a + b, 0);
  const name = (l: string) => (state.task === 'xray' ? t(`task.finding.${l}`) : l);
  const above = ex.labels.filter((_, i) => out[i] > YES).map(name);
  const right = state.head === ex.needs;
  const digits = state.task === 'digit';
  const bars = ex.labels.map((l, i) => ({
    id: l,
    label: digits ? l : name(l),
    value: out[i],
    color: COLORS[i % COLORS.length],
    // Ten bars at phone width leave room for whole percents only; the readout has the rest.
    valueText: digits ? `${Math.round(out[i] * 100)}` : formatNumber(out[i], 3),
  }));
  return (
    <WidgetFrame widget={task} title={t('task.title')}>
      <div className="controls">
        <Segmented label={t('task.task')} value={state.task} options={TASKS.map((v) => ({ value: v, label: t(`task.${v}`) }))} onChange={(v) => set({ task: v })} />
        <Segmented label={t('task.head')} value={state.head} options={HEADS.map((v) => ({ value: v, label: t(`task.head_${v}`) }))} onChange={(v) => set({ head: v })} />
      </div>
      <p className="svs-needs" data-testid="task-needs">
        {t(`task.needs_${state.task}`)}
      </p>
      <BarChart
        summary={t('task.summary', { head: t(`task.head_${state.head}`), list: ex.labels.map((l, i) => `${name(l)} ${formatNumber(out[i], 3)}`).join(', ') })}
        bars={bars}
        domain={[0, 1]}
        height={230}
      />
      {digits && <p className="svs-hint">{t('task.percentHint')}</p>}
      <p className="readout" aria-live="polite" data-testid="task-readout">
        {t('task.sum', { sum: formatNumber(sum, 4) })} {t('task.above', { list: above.join(', ') || '—', threshold: formatNumber(YES) })}
      </p>
      <p className={right ? 'svs-verdict good' : 'svs-verdict bad'} data-testid="task-verdict" data-match={right}>
        {right ? '✓ ' : '✗ '}
        {t(`task.verdict_${state.task}_${state.head}`)}
      </p>
    </WidgetFrame>
  );
}
