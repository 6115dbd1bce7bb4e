// The page's keys: / searches, Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo; none of them while typing.
import { describe, expect, it } from 'vitest';
import { isTyping, shortcutFor, type KeyPress } from '../../src/lib/state/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  target: null,
  ...extra,
});
const field = { tagName: 'INPUT' } as unknown as EventTarget;

describe('shortcutFor', () => {
  it('maps the page keys', () => {
    expect(shortcutFor(press('/'))).toBe('search');
    expect(shortcutFor(press('z', { ctrlKey: true }))).toBe('undo');
    expect(shortcutFor(press('Z', { metaKey: true, shiftKey: true }))).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }))).toBe('redo');
    expect(shortcutFor(press('z'))).toBeUndefined();
    expect(shortcutFor(press('/', { ctrlKey: true }))).toBeUndefined();
  });

  it('leaves keys alone while the reader types', () => {
    expect(shortcutFor(press('/', { target: field }))).toBeUndefined();
    expect(shortcutFor(press('z', { ctrlKey: true, target: field }))).toBeUndefined();
  });
});

describe('isTyping', () => {
  it('is true in fields and editable text only', () => {
    expect(isTyping(field)).toBe(true);
    expect(isTyping({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTyping({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTyping(null)).toBe(false);
  });
});
