// Which side panels are open (the path finder and the comparison stay open while the view has a path or drugs to
// compare), where a new path starts, and where keyboard focus goes when the reader opens a panel or moves on.
import type { AtlasState } from './atlas.svelte';
import { ReadingFocus } from './reading-focus.svelte';
import type { TeachingState } from './teaching.svelte';

export class SidePanels {
  #pathWanted = $state(false);
  #compareWanted = $state(false);
  /** A start for the path finder chosen elsewhere ("Find a path from here", or the selection). */
  suggestedPathStart = $state<string | undefined>(undefined);
  /** On mid-sized screens the filters, legend and outline open over the graph on request. */
  toolsOpen = $state(false);
  /** Where keyboard focus goes next: the heading of the panel just opened or of the node just gone to. */
  readonly focus = new ReadingFocus();
  readonly pathOpen: boolean;
  readonly compareOpen: boolean;
  readonly #atlas: AtlasState;
  readonly #teaching: TeachingState;

  constructor(atlas: AtlasState, teaching: TeachingState) {
    this.#atlas = atlas;
    this.#teaching = teaching;
    this.pathOpen = $derived(this.#pathWanted || atlas.view.path !== undefined);
    this.compareOpen = $derived(this.#compareWanted || atlas.view.compare.length > 0);
  }

  toggleTools(): void {
    this.toolsOpen = !this.toolsOpen;
  }

  /** "Go to" a node from a panel: it is selected (or its neighbourhood opened) and its Details take focus. */
  goTo(id: string): void {
    this.#atlas.focus(id);
    this.focus.moveTo('details');
  }

  /** Opens the path finder from the selection, or closes it and clears the path. */
  togglePath(): void {
    if (this.pathOpen) this.closePath();
    else this.findPathFrom(this.#atlas.selectedNode ?? undefined);
  }

  findPathFrom(start: string | undefined): void {
    this.suggestedPathStart = start;
    this.#pathWanted = true;
    this.focus.moveTo('path');
  }

  closePath(): void {
    this.#pathWanted = false;
    this.#atlas.clearPath();
    this.focus.moveTo('details');
  }

  /** Opens the comparison, or closes it and clears the drugs compared. */
  toggleCompare(): void {
    if (this.compareOpen) this.closeCompare();
    else {
      this.#compareWanted = true;
      this.focus.moveTo('compare');
    }
  }

  /** Adds a drug to the comparison and opens it. */
  compareWith(id: string): void {
    this.#compareWanted = true;
    this.#atlas.compare([...this.#atlas.view.compare, id]);
    this.focus.moveTo('compare');
  }

  closeCompare(): void {
    this.#compareWanted = false;
    this.#atlas.compare([]);
    this.focus.moveTo('details');
  }

  /** Opens a relationship's evidence at the top of the side column; its heading takes focus unless `keepFocus`. */
  showEvidence(edge: string, keepFocus = false): void {
    this.#atlas.showEvidence(edge);
    if (keepFocus) this.focus.show('evidence');
    else this.focus.moveTo('evidence');
  }

  closeEvidence(): void {
    this.#atlas.closeEvidence();
    this.focus.moveTo('details');
  }

  /** Opens or closes the list of tours (shown at the top of the side column). */
  toggleTours(): void {
    this.#teaching.toggleList();
    if (this.#teaching.listOpen) this.focus.moveTo('tours');
  }

  closeTours(): void {
    this.#teaching.closeList();
    this.focus.moveTo('details');
  }

  leaveTour(): void {
    this.#teaching.close();
    this.focus.moveTo('details');
  }

  closeQuiz(): void {
    this.#teaching.closeQuiz();
    this.focus.moveTo('details');
  }

  /** Starts a tour (at `step`, counted from 1): its first step's heading takes focus. */
  startTour(id: string, step = 1): void {
    if (this.#teaching.start(id, step)) this.focus.moveTo('tour-step');
  }

  /** Starts a quiz (on one tour, or on the whole atlas): its heading takes focus. */
  startQuiz(seed: string, tourId?: string): void {
    this.#teaching.startQuiz(seed, tourId);
    this.focus.moveTo('quiz');
  }
}
