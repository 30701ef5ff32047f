import type { WidgetPatch } from '../widgets/widget';

/**
 * An exercise: a question, an answer form, and an answer that is *computed* (a function
 * calling the engine), never typed in — so if the engine's value changes, so does the key.
 */
export interface ChoiceOption {
  id: string;
  label: string;
}

export type AnswerSpec =
  | { kind: 'choice'; options: readonly ChoiceOption[]; correct: () => string }
  | { kind: 'number'; correct: () => number; /** accepted |guess − answer| ≤ tol·max(1, |answer|) */ relTol: number; unit?: string }
  | { kind: 'slider'; min: number; max: number; step: number; correct: () => number; absTol: number; unit?: string };

export interface ExerciseDef {
  /** Unique within its lesson; progress is stored under lesson + id. */
  id: string;
  question: string;
  answer: AnswerSpec;
  /** Shown after the first wrong answer. */
  hint: string;
  /**
   * Shown once answered correctly or revealed. A function when it costs engine work, so the
   * work waits for the answer instead of the page's load (saturation's depth explanation ran
   * two 30-layer passes, 49 ms of a 4× slowed phone's hydration).
   */
  explanation: string | (() => string);
  /** Moves a widget to the state that shows the answer: `someWidget.patch({ … })`, type-checked. */
  reveal?: WidgetPatch;
}
