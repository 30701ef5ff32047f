/** Shared steps of the exercise journeys (not a spec). */
import { expect, type Locator, type Page } from '@playwright/test';

/** An answer as a student gives it: pick a choice by its label, or type into the box. */
export type Answer = { choose: string } | { type: string };

async function give(form: Locator, answer: Answer): Promise<void> {
  if ('choose' in answer) await form.getByRole('radio', { name: answer.choose }).check();
  else await form.getByRole('textbox').fill(answer.type);
  await form.getByRole('button', { name: 'Check' }).click();
}

/**
 * The "predict, then see" loop: a wrong answer must bring the hint, the right one the
 * "Correct" verdict (announced in the form's live region). `hintSays`: text the hint must
 * contain. Returns the exercise's form.
 */
export async function answerWrongThenRight(page: Page, id: string, wrong: Answer, right: Answer, hintSays?: string): Promise<Locator> {
  const form = page.locator(`form[data-exercise="${id}"]`);
  await give(form, wrong);
  await expect(form.locator('.exercise-hint')).toBeVisible();
  if (hintSays !== undefined) await expect(form.locator('.exercise-hint')).toContainText(hintSays);
  await give(form, right);
  await expect(form.getByRole('status')).toContainText('Correct');
  return form;
}
