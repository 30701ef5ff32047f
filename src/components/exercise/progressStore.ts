import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { rawFieldStorage } from '../state/rawStorage';

/** Per lesson, per exercise: answered correctly or not. Kept in localStorage, no server. */
export interface ExerciseRecord {
  attempts: number;
  correct: boolean;
  revealed: boolean;
}
type Progress = Record<string, Record<string, ExerciseRecord>>;

interface ProgressState {
  progress: Progress;
  record: (lesson: string, id: string, outcome: 'correct' | 'wrong' | 'revealed') => void;
  reset: () => void;
}

function parseProgress(raw: string): Progress | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Progress) : undefined;
  } catch {
    return undefined;
  }
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set, get) => ({
      progress: {},
      record: (lesson, id, outcome) => {
        const prev = get().progress[lesson]?.[id] ?? { attempts: 0, correct: false, revealed: false };
        const next: ExerciseRecord = {
          attempts: prev.attempts + (outcome === 'revealed' ? 0 : 1),
          correct: prev.correct || outcome === 'correct',
          revealed: prev.revealed || outcome === 'revealed',
        };
        set({ progress: { ...get().progress, [lesson]: { ...get().progress[lesson], [id]: next } } });
      },
      reset: () => set({ progress: {} }),
    }),
    {
      name: 'logitlab.progress.v1',
      // The key's format predates persist: the progress object itself.
      storage: rawFieldStorage<ProgressState, 'progress'>('logitlab.progress.v1', 'progress', parseProgress, (p) => JSON.stringify(p)),
      partialize: (s) => ({ progress: s.progress }),
    },
  ),
);

/** Done = answered (right or revealed); correct = answered right. */
export function lessonSummary(progress: Progress, lesson: string): { done: number; correct: number } {
  const recs = Object.values(progress[lesson] ?? {});
  return { done: recs.filter((r) => r.correct || r.revealed).length, correct: recs.filter((r) => r.correct).length };
}
