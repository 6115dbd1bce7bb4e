// Writing a tour in the app: steps recorded from the view, a title, narration and cited sources for each, reordering,
// preview and presenter test; saved through the teacher's own tours (checked by the one tour validator).
import type { Tour, TourStep } from '../data/tour-schema';
import { serialiseTour } from '../data/tour-yaml';
import type { AtlasState } from './atlas.svelte';
import { STORAGE_MESSAGES, type OwnTours, type TourFile } from './own-tours.svelte';
import { citedSources, recordView } from './record-step';
import type { TeachingState } from './teaching.svelte';
import type { LayoutName } from './view';

export interface DraftStep {
  /** Tells steps apart while they move (not written to the file). */
  key: number;
  title: string;
  narration: string;
  focus: string[];
  /** Edge ids (`source|relation|target`). */
  highlight: string[];
  layout?: LayoutName | undefined;
  sources: string[];
  /** A question written in a file is kept as it is (the editor does not change it). */
  question?: TourStep['question'];
}

export interface TourDraft {
  /** Set once the tour has been saved or when a kept tour is edited; kept on every later save. */
  id: string | undefined;
  title: string;
  summary: string;
  minutes?: number | undefined;
  steps: DraftStep[];
}

export interface TourDraftsDependencies {
  atlas: AtlasState;
  teaching: TeachingState;
  own: OwnTours;
}

const move = <T>(items: readonly T[], from: number, to: number): T[] => {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
};

export class TourDrafts {
  /** The tour being written, or null when the editor is closed. */
  draft = $state.raw<TourDraft | null>(null);
  /** What is wrong with the draft (from the tour validator), in plain words. */
  problems = $state.raw<string[]>([]);
  /** The last thing the editor did, in a sentence ("Step 2 added: …"). */
  status = $state('');
  readonly #deps: TourDraftsDependencies;
  #nextKey = 1;

  constructor(dependencies: TourDraftsDependencies) {
    this.#deps = dependencies;
  }

  get #atlas(): AtlasState {
    return this.#deps.atlas;
  }

  /** Opens the editor on a new, empty tour. */
  startNew(): void {
    this.#open({ id: undefined, title: '', summary: '', steps: [] });
    this.status = 'Show something in the graph (a node, a path, a neighbourhood), then add it as a step.';
  }

  /** Opens the editor on a kept tour. */
  edit(id: string): void {
    const kept = this.#deps.own.kept.find((entry) => entry.tour.id === id);
    if (!kept) return;
    const { tour } = kept;
    this.#open({
      id: tour.id,
      title: tour.title,
      summary: tour.summary,
      minutes: tour.minutes,
      steps: tour.steps.map((step) => ({
        ...step,
        key: this.#nextKey++,
        highlight: [...step.highlight],
        sources: [...step.sources],
      })),
    });
  }

  closeEditor(): void {
    this.draft = null;
    this.problems = [];
    this.status = '';
  }

  rename(title: string): void {
    this.#change({ title });
  }

  summarise(summary: string): void {
    this.#change({ summary });
  }

  /** Records what the graph shows now as the last step. */
  addCurrentView(): void {
    const draft = this.draft;
    if (!draft) return;
    const atlas = this.#atlas;
    const recorded = recordView({
      graph: atlas.graph,
      view: atlas.view,
      path: atlas.activePath,
      tourHighlight: atlas.tourHighlight,
      visibleEdges: atlas.visible.edges,
      label: (id) => atlas.data.label(id),
    });
    if (!recorded) {
      this.status =
        'Nothing is highlighted yet: select a node, find a path or show a neighbourhood, then add the view.';
      return;
    }
    const { what, ...step } = recorded;
    const title = what.charAt(0).toUpperCase() + what.slice(1);
    this.#change({ steps: [...draft.steps, { ...step, key: this.#nextKey++, title, narration: '', sources: [] }] });
    this.status = `Step ${draft.steps.length + 1} added: ${what}. Write its narration below.`;
  }

  /** Changes a step's title or narration. */
  editStep(index: number, change: Partial<Pick<DraftStep, 'title' | 'narration'>>): void {
    this.#changeStep(index, (step) => ({ ...step, ...change }));
  }

  /** Cites a source in a step, or stops citing it. */
  toggleSource(index: number, source: string): void {
    this.#changeStep(index, (step) => ({
      ...step,
      sources: step.sources.includes(source) ? step.sources.filter((id) => id !== source) : [...step.sources, source],
    }));
  }

  /** The sources a step may cite: those of the relationships it shows, and any it already cites. */
  sourceChoices(index: number): string[] {
    const step = this.draft?.steps[index];
    if (!step) return [];
    const choices = [...citedSources(this.#atlas.graph, step.highlight), ...step.sources];
    return choices.filter((id, at) => choices.indexOf(id) === at && this.#atlas.data.sources.has(id));
  }

  moveStepUp(index: number): void {
    const draft = this.draft;
    if (!draft || index <= 0 || index >= draft.steps.length) return;
    this.#change({ steps: move(draft.steps, index, index - 1) });
    this.status = `Step ${index + 1} is now step ${index}.`;
  }

  moveStepDown(index: number): void {
    const draft = this.draft;
    if (!draft || index < 0 || index >= draft.steps.length - 1) return;
    this.#change({ steps: move(draft.steps, index, index + 1) });
    this.status = `Step ${index + 1} is now step ${index + 2}.`;
  }

  removeStep(index: number): void {
    const draft = this.draft;
    if (!draft || !draft.steps[index]) return;
    this.#change({ steps: draft.steps.filter((_, at) => at !== index) });
    this.status = `Step ${index + 1} removed.`;
  }

  /** The draft as a tour, as it stands (for preview: nothing is checked). */
  draftTour(): Tour | null {
    const draft = this.draft;
    if (!draft) return null;
    const titles = draft.steps.map((step) => step.title.trim()).filter(Boolean);
    const summary = draft.summary.trim() || `A tour in ${draft.steps.length} steps: ${titles.join('; ')}`.slice(0, 400);
    return {
      id: draft.id ?? this.#deps.own.newId(draft.title),
      title: draft.title.trim(),
      summary,
      ...(draft.minutes === undefined ? {} : { minutes: draft.minutes }),
      steps: draft.steps.map((step) => ({
        title: step.title.trim(),
        narration: step.narration.trim(),
        focus: step.focus,
        highlight: step.highlight,
        ...(step.layout === undefined ? {} : { layout: step.layout }),
        sources: step.sources,
        ...(step.question ? { question: step.question } : {}),
      })),
    };
  }

  /** Plays the draft in the tour player, as it stands. */
  preview(): boolean {
    const tour = this.draftTour();
    if (!tour || tour.steps.length === 0) {
      this.status = 'Add a step first: there is nothing to play yet.';
      return false;
    }
    return this.#deps.teaching.play({ ...tour, title: tour.title || 'Untitled tour' });
  }

  /** Plays the draft in presenter mode, as the class will see it. */
  present(): void {
    if (this.preview()) this.#deps.teaching.present();
  }

  /** Checks the draft and keeps it in this browser; problems are listed instead. Returns whether it was kept. */
  async save(): Promise<boolean> {
    const file = this.#checkedDraft();
    if (!file) return false;
    this.draft = this.draft && { ...this.draft, id: file.tour.id };
    const outcome = await this.#deps.own.keep(file.tour, file.text);
    this.status =
      outcome === 'ok'
        ? `Saved “${file.tour.title}” in this browser: it is listed under Your tours.`
        : STORAGE_MESSAGES[outcome];
    return outcome === 'ok';
  }

  /** The draft's file, once the validator accepts it; its problems are listed otherwise. */
  draftFile(): TourFile | null {
    const file = this.#checkedDraft();
    if (!file) return null;
    this.status = `Downloaded ${file.name}. Open it with "Load a tour file" to play it anywhere.`;
    return { name: file.name, text: file.text };
  }

  #checkedDraft(): (TourFile & { tour: Tour }) | null {
    const tour = this.draftTour();
    if (!tour) return null;
    const text = serialiseTour(tour);
    const result = this.#deps.own.check(`${tour.id}.yaml`, text);
    if (!result.ok) {
      // Line numbers point into the file the editor writes, not at anything the teacher sees: the step and field do.
      this.problems = result.problems.map((problem) => problem.replace(/^Line \d+, /, ''));
      this.status = '';
      return null;
    }
    this.problems = [];
    return { name: `${tour.id}.yaml`, text, tour: result.tour };
  }

  #open(draft: TourDraft): void {
    this.draft = draft;
    this.problems = [];
    this.status = '';
    this.#deps.teaching.closeList();
  }

  #change(change: Partial<TourDraft>): void {
    if (this.draft) this.draft = { ...this.draft, ...change };
  }

  #changeStep(index: number, change: (step: DraftStep) => DraftStep): void {
    const draft = this.draft;
    if (!draft || !draft.steps[index]) return;
    this.#change({ steps: draft.steps.map((step, at) => (at === index ? change(step) : step)) });
  }
}
