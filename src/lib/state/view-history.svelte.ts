// Undo and redo for view changes: each change is a snapshot; undo steps back, redo steps forward again.
import { emptyView, normaliseView, sameView, type View } from './view';

const LIMIT = 100;

export class ViewHistory {
  current = $state.raw<View>(emptyView());
  #past = $state.raw<View[]>([]);
  #future = $state.raw<View[]>([]);

  readonly canUndo = $derived(this.#past.length > 0);
  /** The view one undo away, if any. */
  readonly previous: View | undefined = $derived(this.#past.at(-1));
  readonly canRedo = $derived(this.#future.length > 0);

  /** Records a new view; returns false when nothing changed. */
  commit(view: View): boolean {
    const next = normaliseView(view);
    if (sameView(next, this.current)) return false;
    this.#past = [...this.#past, this.current].slice(-LIMIT);
    this.#future = [];
    this.current = next;
    return true;
  }

  /** Replaces the current view without an undo step (for example when the address changes by back/forward). */
  replace(view: View): void {
    this.current = normaliseView(view);
  }

  undo(): boolean {
    const previous = this.#past.at(-1);
    if (!previous) return false;
    this.#past = this.#past.slice(0, -1);
    this.#future = [this.current, ...this.#future];
    this.current = previous;
    return true;
  }

  redo(): boolean {
    const next = this.#future[0];
    if (!next) return false;
    this.#future = this.#future.slice(1);
    this.#past = [...this.#past, this.current];
    this.current = next;
    return true;
  }
}
