// Undo and redo of view changes: steps back and forward in order, skips changes that change nothing, keeps 100 steps.
import { describe, expect, it } from 'vitest';
import { ViewHistory } from '../../src/lib/state/view-history.svelte';
import { emptyView, type View } from '../../src/lib/state/view';

const view = (patch: Partial<View>): View => ({ ...emptyView(), ...patch });
const focused = (id: string) => view({ focus: id });

describe('ViewHistory', () => {
  it('starts on the empty view with nothing to undo or redo', () => {
    const history = new ViewHistory();
    expect(history.current).toEqual(emptyView());
    expect(history.canUndo).toBe(false);
    expect(history.canRedo).toBe(false);
    expect(history.undo()).toBe(false);
    expect(history.redo()).toBe(false);
  });

  it('undoes changes newest first and redoes them in the order they were made', () => {
    const history = new ViewHistory();
    history.commit(focused('drug:fluoxetine'));
    history.commit(focused('transporter:sert'));
    history.commit(focused('condition:depression'));

    expect(history.undo()).toBe(true);
    expect(history.current.focus).toBe('transporter:sert');
    history.undo();
    expect(history.current.focus).toBe('drug:fluoxetine');
    history.undo();
    expect(history.current).toEqual(emptyView());
    expect(history.canUndo).toBe(false);

    expect(history.redo()).toBe(true);
    expect(history.current.focus).toBe('drug:fluoxetine');
    history.redo();
    history.redo();
    expect(history.current.focus).toBe('condition:depression');
    expect(history.canRedo).toBe(false);
  });

  it('says whether there is something to undo or redo', () => {
    const history = new ViewHistory();
    history.commit(focused('drug:fluoxetine'));
    expect([history.canUndo, history.canRedo]).toEqual([true, false]);
    history.undo();
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
    history.redo();
    expect([history.canUndo, history.canRedo]).toEqual([true, false]);
  });

  it('records nothing when the new view equals the current one', () => {
    const history = new ViewHistory();
    expect(history.commit(focused('drug:fluoxetine'))).toBe(true);
    // Equal once absent fields are ignored, even with an explicit undefined.
    expect(history.commit({ ...focused('drug:fluoxetine'), depth: undefined })).toBe(false);
    history.undo();
    expect(history.canUndo).toBe(false);
  });

  it('forgets the views to redo when a new change is made after undoing', () => {
    const history = new ViewHistory();
    history.commit(focused('drug:fluoxetine'));
    history.commit(focused('transporter:sert'));
    history.undo();
    history.commit(focused('drug:ketamine'));
    expect(history.canRedo).toBe(false);
    expect(history.redo()).toBe(false);
    history.undo();
    expect(history.current.focus).toBe('drug:fluoxetine');
  });

  it('replaces the current view without adding a step to undo', () => {
    const history = new ViewHistory();
    history.replace(focused('drug:fluoxetine'));
    expect(history.current.focus).toBe('drug:fluoxetine');
    expect(history.canUndo).toBe(false);

    history.commit(focused('transporter:sert'));
    history.replace(focused('condition:depression'));
    history.undo();
    expect(history.current.focus).toBe('drug:fluoxetine');
  });

  it('keeps the last 100 steps and drops the oldest', () => {
    const history = new ViewHistory();
    for (let step = 1; step <= 150; step++) history.commit(view({ depth: step }));
    let undone = 0;
    while (history.undo()) undone++;
    expect(undone).toBe(100);
    expect(history.current.depth).toBe(50);
  });
});
