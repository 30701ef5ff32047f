import { describe, expect, it, vi } from 'vitest';
import { onWidgetCommand, sendWidgetCommand } from './widgetCommands';

describe('widget commands', () => {
  it('delivers to mounted widgets at once', () => {
    const got = vi.fn();
    const off = onWidgetCommand('w1', got);
    expect(sendWidgetCommand('w1', { a: 1 })).toBe(true);
    expect(got).toHaveBeenCalledWith({ a: 1 });
    off();
  });
  it('keeps a command for a widget that mounts a moment later', () => {
    expect(sendWidgetCommand('w2', { b: 2 })).toBe(false);
    const got = vi.fn();
    onWidgetCommand('w2', got);
    expect(got).toHaveBeenCalledWith({ b: 2 });
  });
  it('drops a queued command that is too old', () => {
    vi.useFakeTimers();
    sendWidgetCommand('w3', { c: 3 });
    vi.advanceTimersByTime(6000);
    const got = vi.fn();
    onWidgetCommand('w3', got);
    expect(got).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
