import { describe, expect, it } from 'vitest';
import { historyKey } from './textFieldFocus.ts';

const key = (
  k: string,
  modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>,
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('historyKey', () => {
  it('reads undo and redo on every platform', () => {
    expect(historyKey(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyKey(key('z', { metaKey: true }))).toBe('undo');
    expect(historyKey(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyKey(key('y', { ctrlKey: true }))).toBe('redo');
  });

  it('ignores other keys and Alt combinations', () => {
    expect(historyKey(key('z', {}))).toBeNull();
    expect(historyKey(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(historyKey(key('k', { ctrlKey: true }))).toBeNull();
  });
});
