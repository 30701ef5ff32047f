import { create } from 'zustand';

/** Per lesson, per exercise: answered correctly or not. Kept in localStorage, no server. */
export interface ExerciseRecord {
  attempts: number;
  correct: boolean;
  revealed: boolean;
}
type Progress = Record<string, Record<string, ExerciseRecord>>;

const KEY = 'logitlab.progress.v1';

function load(): Progress {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Progress) : {};
  } catch {
    return {};
  }
}

function save(p: Progress): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // storage full or blocked: progress lives for this visit only
  }
}

interface ProgressState {
  progress: Progress;
  record: (lesson: string, id: string, outcome: 'correct' | 'wrong' | 'revealed') => void;
  reset: () => void;
}

export const useProgressStore = create<ProgressState>((set, get) => ({
  progress: typeof window === 'undefined' ? {} : load(),
  record: (lesson, id, outcome) => {
    const prev = get().progress[lesson]?.[id] ?? { attempts: 0, correct: false, revealed: false };
    const next: ExerciseRecord = {
      attempts: prev.attempts + (outcome === 'revealed' ? 0 : 1),
      correct: prev.correct || outcome === 'correct',
      revealed: prev.revealed || outcome === 'revealed',
    };
    const progress = { ...get().progress, [lesson]: { ...get().progress[lesson], [id]: next } };
    save(progress);
    set({ progress });
  },
  reset: () => {
    save({});
    set({ progress: {} });
  },
}));

/** Done = answered (right or revealed); correct = answered right. */
export function lessonSummary(progress: Progress, lesson: string): { done: number; correct: number } {
  const recs = Object.values(progress[lesson] ?? {});
  return { done: recs.filter((r) => r.correct || r.revealed).length, correct: recs.filter((r) => r.correct).length };
}
