// Teaching: which guided tour and step are shown, presenter mode, handouts, tours loaded from files, the quiz, and
// what the keys do meanwhile.
import type { DataProblem } from '../data/errors';
import type { Tour, TourStep } from '../data/tour-schema';
import { validateTour, type TourContext } from '../data/validate-tour';
import { parseYamlDocument } from '../data/yaml-document';
import { generateQuiz, type AuthoredQuestion } from '../graph/quiz';
import type { AtlasState } from './atlas.svelte';
import { QuizSession } from './quiz-session.svelte';
import { pressTeachingKey, type KeyPlace } from './teaching-keys';
import { parseTeachingAddress, withTeachingAddress } from './tour-address';

export type PresenterTheme = 'light' | 'dark';

/** "Line 12, step 3 (focus): no node …": a located problem in plain words for someone who wrote a tour. */
export function describeTourProblem(problem: DataProblem): string {
  const step = /^steps\[(\d+)\](?:\.(\w+))?/.exec(problem.field ?? '');
  const where = [
    problem.line !== undefined ? `Line ${problem.line}` : undefined,
    step ? `step ${Number(step[1]) + 1}${step[2] ? ` (${step[2]})` : ''}` : problem.field,
  ].filter(Boolean);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

/** The questions written in tour steps, as the quiz generator takes them. */
export function authoredQuestions(tours: readonly Tour[]): AuthoredQuestion[] {
  return tours.flatMap((tour) =>
    tour.steps.flatMap((step, index) =>
      step.question
        ? [{ id: `tour:${tour.id}:${index + 1}`, ...step.question, sources: step.sources, nodes: step.focus }]
        : [],
    ),
  );
}

/** A short random seed for a new quiz link ("k7f3qa"). */
export function newQuizSeed(random: () => number = Math.random): string {
  return Array.from({ length: 6 }, () => '0123456789abcdefghijkmnpqrstuvwxyz'[Math.floor(random() * 34)]).join('');
}

/** A tour being played, as the panels read it. */
export interface TourProgress {
  readonly tour: Tour | null;
  readonly step: TourStep | null;
  /** 0-based. */
  readonly stepIndex: number;
  /** Whether the step's question has been answered. */
  readonly revealed: boolean;
  readonly chosen: number | undefined;
  readonly isFirst: boolean;
  readonly isLast: boolean;
}

export class TeachingState implements TourProgress {
  readonly #atlas: AtlasState;
  readonly #shipped: readonly Tour[];
  /** Tours a teacher loaded from a file in this browser session. */
  loaded = $state.raw<Tour[]>([]);
  tour = $state.raw<Tour | null>(null);
  stepIndex = $state(0);
  /** Whether the current step's question has been answered (predict, then reveal). */
  revealed = $state(false);
  /** The choice made for the current step's question, if one was clicked rather than skipped. */
  chosen = $state<number | undefined>(undefined);
  listOpen = $state(false);
  presenting = $state(false);
  theme = $state<PresenterTheme>('light');
  handoutOpen = $state(false);
  quiz = $state.raw<QuizSession | null>(null);
  /** A tour played without being in the list: a draft previewed, or one opened from a shared link. */
  unlisted = $state.raw<Tour | null>(null);
  /** Problems found in the last tour file loaded, in plain words. */
  loadProblems = $state.raw<{ file: string; messages: string[] } | null>(null);

  readonly tours: Tour[];
  readonly step: TourStep | null = $derived(this.tour?.steps[this.stepIndex] ?? null);
  readonly isFirst: boolean = $derived(this.stepIndex === 0);
  readonly isLast: boolean = $derived(this.tour !== null && this.stepIndex === this.tour.steps.length - 1);

  constructor(atlas: AtlasState) {
    this.#atlas = atlas;
    this.#shipped = atlas.data.bundle.tours ?? [];
    this.tours = $derived([...this.#shipped, ...this.loaded]);
  }

  /** Opens or closes the list of tours. */
  toggleList(): void {
    this.listOpen = !this.listOpen;
  }

  closeList(): void {
    this.listOpen = false;
  }

  /** Whether every node and relationship the tour names is in the graph being explored. */
  available(tour: Tour): boolean {
    const graph = this.#atlas.graph;
    return tour.steps.every(
      (step) => step.focus.every((id) => graph.hasNode(id)) && step.highlight.every((id) => graph.hasEdge(id)),
    );
  }

  // ---- playing a tour ----------------------------------------------------------------------------

  /** Starts a tour at a 1-based step; returns false (with a notice) when it cannot be shown. */
  start(id: string, step = 1): boolean {
    const tour =
      (this.unlisted?.id === id ? this.unlisted : undefined) ?? this.tours.find((candidate) => candidate.id === id);
    if (!tour) {
      this.#atlas.notices.show(
        `There is no tour "${id}" here. If it was loaded from a file, load the file again to follow the link.`,
        'warning',
      );
      return false;
    }
    if (!this.available(tour)) {
      this.#atlas.notices.show(`The tour "${tour.title}" needs the curated graph: switch back to it first.`, 'warning');
      return false;
    }
    this.quiz = null;
    this.tour = tour;
    this.listOpen = false;
    this.#goTo(Math.min(Math.max(step, 1), tour.steps.length) - 1);
    return true;
  }

  /** Plays a tour that is not in the list (a draft being previewed, a shared tour); the address can name it meanwhile. */
  play(tour: Tour, step = 1): boolean {
    this.unlisted = tour;
    return this.start(tour.id, step);
  }

  /** Reveals the step's answer if it has a question not answered yet; otherwise moves on. */
  next(): void {
    if (!this.tour) return;
    if (this.step?.question && !this.revealed) this.revealed = true;
    else if (!this.isLast) this.#goTo(this.stepIndex + 1);
  }

  previous(): void {
    if (this.tour && !this.isFirst) this.#goTo(this.stepIndex - 1);
  }

  /** Answers the step's question with a choice: the answer and its explanation are then shown. */
  choose(choice: number): void {
    if (!this.step?.question || this.revealed) return;
    this.chosen = choice;
    this.revealed = true;
  }

  goTo(index: number): void {
    if (this.tour && index >= 0 && index < this.tour.steps.length) this.#goTo(index);
  }

  close(): void {
    if (!this.tour) return;
    this.tour = null;
    this.unlisted = null;
    this.presenting = false;
    this.handoutOpen = false;
    this.#atlas.endTour();
  }

  /** The step's sources followed by those of its highlighted relationships, each once. */
  references(step: TourStep): string[] {
    const graph = this.#atlas.graph;
    const fromEdges = step.highlight.flatMap((id) => (graph.hasEdge(id) ? graph.getEdgeAttribute(id, 'sources') : []));
    return [...step.sources, ...fromEdges].filter(
      (id, index, all) => all.indexOf(id) === index && this.#atlas.data.sources.has(id),
    );
  }

  #goTo(index: number): void {
    this.stepIndex = index;
    this.revealed = false;
    this.chosen = undefined;
    const step = this.tour?.steps[index];
    if (step) this.#atlas.showTourStep(step);
  }

  // ---- presenter mode and handouts -----------------------------------------------------------------

  /** Presents the tour, or the quiz, in large type beside the graph. */
  present(): void {
    if (this.tour || this.quiz) this.presenting = true;
  }

  stopPresenting(): void {
    this.presenting = false;
  }

  toggleTheme(): void {
    this.theme = this.theme === 'light' ? 'dark' : 'light';
  }

  openHandout(): void {
    if (this.tour) this.handoutOpen = true;
  }

  closeHandout(): void {
    this.handoutOpen = false;
  }

  // ---- tours from files ----------------------------------------------------------------------------

  /** Validates a tour file against the graph being explored; starts it, or lists its problems. */
  loadFile(name: string, text: string): boolean {
    const tour = this.readTourFile(name, text);
    if (!tour) return false;
    this.loaded = [...this.loaded.filter((other) => other.id !== tour.id), tour];
    return this.start(tour.id);
  }

  /** The tour in a file's text, checked against the graph being explored; null, with its problems listed, if unusable. */
  readTourFile(name: string, text: string): Tour | null {
    const document = parseYamlDocument(name, text);
    const result = validateTour(document, this.#context());
    const problems: DataProblem[] = result.ok ? [] : result.problems;
    if (result.ok && this.#shipped.some((shipped) => shipped.id === result.tour.id)) {
      problems.push({
        file: name,
        line: document.lineOf(['id']),
        field: 'id',
        message: `a tour that comes with the atlas already has the id "${result.tour.id}": give yours another id`,
      });
    }
    if (!result.ok || problems.length > 0) {
      this.showProblems(name, problems.map(describeTourProblem));
      return null;
    }
    this.loadProblems = null;
    return result.tour;
  }

  /** Lists what is wrong with a tour file or link, in the open list of tours. */
  showProblems(file: string, messages: string[]): void {
    this.loadProblems = { file, messages };
    this.listOpen = true;
  }

  /** The teacher's own tours (kept in this browser or loaded from files), listed after the shipped ones. */
  useOwnTours(tours: Tour[]): void {
    this.loaded = tours;
  }

  clearLoadProblems(): void {
    this.loadProblems = null;
  }

  #context(): TourContext {
    const graph = this.#atlas.graph;
    return {
      hasNode: (id) => graph.hasNode(id),
      hasEdge: (id) => graph.hasEdge(id),
      hasSource: (id) => this.#atlas.data.sources.has(id),
      relationsBetween: (source, target) =>
        graph.hasNode(source) && graph.hasNode(target)
          ? graph.outEdges(source, target).map((edge) => graph.getEdgeAttribute(edge, 'relation'))
          : [],
    };
  }

  // ---- quizzes -------------------------------------------------------------------------------------

  /** Opens the quiz for `seed`: on one tour (its relationships and questions) or on the whole atlas. */
  startQuiz(seed: string, tourId?: string): void {
    const tour = tourId ? this.tours.find((candidate) => candidate.id === tourId) : undefined;
    if (tourId && !tour) this.#atlas.notices.show(`There is no tour "${tourId}": the quiz covers the whole atlas.`);
    const usable = tour ? [tour] : this.tours.filter((candidate) => this.available(candidate));
    const questions = generateQuiz(this.#atlas.graph, this.#atlas.data.vocab, {
      seed,
      edges: tour ? tour.steps.flatMap((step) => step.highlight) : undefined,
      authored: authoredQuestions(usable),
    });
    if (questions.length === 0) {
      this.#atlas.notices.show('This graph has no relationships a quiz can ask about without doubt.', 'warning');
      return;
    }
    this.tour = null;
    this.presenting = false;
    this.handoutOpen = false;
    this.listOpen = false;
    this.quiz = new QuizSession(seed, tour?.id, questions);
    this.#showQuestion();
  }

  answer(choice: number): void {
    this.quiz?.choose(choice);
    this.#showQuestion();
  }

  /** Shows the current question's answer without a choice, for a class that discussed it. */
  revealAnswer(): void {
    this.quiz?.reveal();
    this.#showQuestion();
  }

  nextQuestion(): void {
    this.quiz?.next();
    this.#showQuestion();
  }

  restartQuiz(): void {
    this.quiz?.restart();
    this.#showQuestion();
  }

  closeQuiz(): void {
    if (!this.quiz) return;
    this.quiz = null;
    this.presenting = false;
    this.#atlas.endTour();
  }

  /**
   * Shows the question's nodes (for a question about a relationship, its choices, so the graph does not give the answer
   * away); once answered, the node it named and the relationship too.
   */
  #showQuestion(): void {
    const quiz = this.quiz;
    const question = quiz?.current;
    if (!quiz || !question || quiz.finished) return;
    this.#atlas.showTourStep({
      focus: quiz.answered && question.named ? [question.named, ...question.nodes] : question.nodes,
      highlight: quiz.answered && question.edge ? [question.edge] : [],
    });
  }

  // ---- keys ----------------------------------------------------------------------------------------

  /**
   * Handles a key pressed outside a text field while teaching; returns whether it was used, so it goes no further
   * (Space then does not also press the focused button). Arrows stay with widgets that use them.
   */
  pressKey(key: string, place: KeyPlace): boolean {
    return pressTeachingKey(this, key, place);
  }

  // ---- the address ---------------------------------------------------------------------------------

  /** Follows `tour`, `step` and `quiz` in an address query (on load and on back/forward). */
  openFromAddress(query: string): void {
    const address = parseTeachingAddress(query);
    if (address.quiz) {
      if (this.quiz?.seed !== address.quiz || this.quiz.tourId !== address.tour)
        this.startQuiz(address.quiz, address.tour);
      return;
    }
    this.closeQuiz();
    if (!address.tour) {
      this.close();
      return;
    }
    const step = address.step ?? 1;
    if (this.tour?.id === address.tour && this.stepIndex === step - 1) return;
    if (!this.start(address.tour, step)) this.close();
  }

  /** `query` with this tour's step, or this quiz's seed, written in. */
  addressQuery(query: string): string {
    if (this.quiz) return withTeachingAddress(query, { quiz: this.quiz.seed, tour: this.quiz.tourId });
    return withTeachingAddress(query, { tour: this.tour?.id, step: this.tour ? this.stepIndex + 1 : undefined });
  }

  /** The address query that opens this quiz for anyone (the same questions), or '' without a quiz. */
  get quizQuery(): string {
    return this.quiz ? withTeachingAddress('', { quiz: this.quiz.seed, tour: this.quiz.tourId }) : '';
  }
}
