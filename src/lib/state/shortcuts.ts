// The page's own keys: / to search, Ctrl+Z to undo, Ctrl+Shift+Z or Ctrl+Y to redo; none of them while typing.

export type Shortcut = 'search' | 'undo' | 'redo';

/** The parts of a keyboard event the shortcuts read. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** Whether keys pressed on `target` are text being typed (a field, a list box, editable text). */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  if (!element || typeof element.tagName !== 'string') return false;
  return element.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/** The shortcut a key press asks for, if any. */
export function shortcutFor(press: KeyPress): Shortcut | undefined {
  if (isTyping(press.target)) return undefined;
  const modifier = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (press.key === '/' && !modifier) return 'search';
  if (modifier && key === 'z') return press.shiftKey ? 'redo' : 'undo';
  if (modifier && key === 'y') return 'redo';
  return undefined;
}
