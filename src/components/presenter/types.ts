import type { WidgetPatch } from '../widgets/widget';

/**
 * A lesson's presenter steps: a sequence of widget states, each with a one-line caption
 * (and optional speaker notes), or an "ask the class" exercise whose answer stays hidden
 * until the instructor reveals it. Captions and notes are i18n keys in the lesson's namespace.
 */
export type PresenterStep = (
  | { kind: 'state'; caption: string; notes?: string; /** `someWidget.patch({ … })`: a type-checked widget state. */ set: WidgetPatch }
  | { kind: 'ask'; caption: string; notes?: string; exerciseId: string }
) & {
  /** Values for the caption's and notes' {{placeholders}}: figures computed by the engine (a lesson's figures.ts). */
  values?: Readonly<Record<string, string | number>>;
};

export interface StepMessage {
  type: 'logit-lab:step';
  slug: string;
  index: number;
  /** 'main' when the presenting window moved; 'speaker' when the speaker view asks it to. */
  from: 'main' | 'speaker';
}
