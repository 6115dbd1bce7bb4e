// Which side panels are open (the path finder and the comparison stay open while the view has a path or drugs to
// compare), where a new path starts, and when the side column should scroll back to its top.
import type { AtlasState } from './atlas.svelte';
import type { TeachingState } from './teaching.svelte';

export class SidePanels {
  #pathWanted = $state(false);
  #compareWanted = $state(false);
  /** A start for the path finder chosen elsewhere ("Find a path from here", or the selection). */
  suggestedPathStart = $state<string | undefined>(undefined);
  /** On mid-sized screens the filters, legend and outline open over the graph on request. */
  toolsOpen = $state(false);
  /** Counts requests to bring the top of the side column into view (where a panel just opened). */
  revealCount = $state(0);
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

  /** Opens the path finder from the selection, or closes it and clears the path. */
  togglePath(): void {
    if (this.pathOpen) this.closePath();
    else this.findPathFrom(this.#atlas.selectedNode ?? undefined);
  }

  findPathFrom(start: string | undefined): void {
    this.suggestedPathStart = start;
    this.#pathWanted = true;
    this.#reveal();
  }

  closePath(): void {
    this.#pathWanted = false;
    this.#atlas.clearPath();
  }

  /** Opens the comparison, or closes it and clears the drugs compared. */
  toggleCompare(): void {
    if (this.compareOpen) this.closeCompare();
    else {
      this.#compareWanted = true;
      this.#reveal();
    }
  }

  /** Adds a drug to the comparison and opens it. */
  compareWith(id: string): void {
    this.#compareWanted = true;
    this.#atlas.compare([...this.#atlas.view.compare, id]);
    this.#reveal();
  }

  closeCompare(): void {
    this.#compareWanted = false;
    this.#atlas.compare([]);
  }

  /** Opens a relationship's evidence at the top of the side column. */
  showEvidence(edge: string): void {
    this.#atlas.showEvidence(edge);
    this.#reveal();
  }

  /** Starts a tour at a 1-based step (from "In tours" in Details), shown at the top of the side column. */
  startTour(id: string, step: number): void {
    if (this.#teaching.start(id, step)) this.#reveal();
  }

  /** Opens or closes the list of tours (shown at the top of the side column). */
  toggleTours(): void {
    this.#teaching.toggleList();
    if (this.#teaching.listOpen) this.#reveal();
  }

  #reveal(): void {
    this.revealCount += 1;
  }
}
