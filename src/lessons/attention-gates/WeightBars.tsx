import { BarChart, type Bar } from '../../components/BarChart';
import { formatNumber } from '../../components/plot/scales';

/**
 * Bar labels have ~30 px on a phone: two digits, and "≈0" for weights below 0.005 (the exact
 * value is in the table and the summary), so eight "1.7e−4" labels don't run into each other.
 */
const barText = (v: number) => (v < 0.005 ? '≈0' : formatNumber(v, 2));

interface Props {
  heading: string;
  /** What the bars show, for screen readers (the chart's accessible name). */
  summary: string;
  bars: readonly Bar[];
  /** One line under the chart, e.g. "Σ = 1". */
  total: string;
  testId: string;
}

/** One panel of output weights in [0, 1], with its heading and total; panels sit side by side. */
export function WeightBars({ heading, summary, bars, total, testId }: Props) {
  return (
    <div className="ag-panel" data-testid={testId}>
      <h3>{heading}</h3>
      <BarChart summary={summary} bars={bars} domain={[0, 1]} height={200} format={barText} />
      <p className="ag-total" data-testid={`${testId}-total`}>
        {total}
      </p>
    </div>
  );
}
