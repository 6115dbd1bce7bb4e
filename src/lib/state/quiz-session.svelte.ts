// One quiz being answered: predict (choose) or reveal the answer, see why, move on, and a score at the end.
import type { QuizQuestion } from '../graph/quiz';

/** A quiz being answered, as the panels read it. */
export interface QuizProgress {
  readonly seed: string;
  readonly tourId: string | undefined;
  readonly questions: readonly QuizQuestion[];
  readonly index: number;
  readonly chosen: readonly (number | undefined)[];
  readonly finished: boolean;
  readonly current: QuizQuestion | undefined;
  readonly answered: boolean;
  readonly score: number;
}

export class QuizSession implements QuizProgress {
  readonly seed: string;
  /** The tour the quiz is about, or undefined for the whole atlas. */
  readonly tourId: string | undefined;
  readonly questions: readonly QuizQuestion[];
  index = $state(0);
  /** The choice made for each question; once made it stays. */
  chosen = $state<(number | undefined)[]>([]);
  /** Questions whose answer was shown without a choice (a class discussing it first). */
  shown = $state<boolean[]>([]);
  finished = $state(false);

  readonly current: QuizQuestion | undefined;
  /** Whether the current question's answer is showing, chosen or revealed. */
  readonly answered: boolean = $derived(this.chosen[this.index] !== undefined || this.shown[this.index] === true);
  readonly score: number;

  constructor(seed: string, tourId: string | undefined, questions: readonly QuizQuestion[]) {
    this.seed = seed;
    this.tourId = tourId;
    this.questions = questions;
    this.current = $derived(this.questions[this.index]);
    this.score = $derived(this.questions.filter((question, index) => this.chosen[index] === question.answer).length);
  }

  /** Records the reader's prediction for the current question; the answer is then shown. */
  choose(choice: number): void {
    const question = this.current;
    if (!question || this.answered || choice < 0 || choice >= question.choices.length) return;
    const chosen = [...this.chosen];
    chosen[this.index] = choice;
    this.chosen = chosen;
  }

  /** Shows the current question's answer without a choice; it scores nothing. */
  reveal(): void {
    if (!this.current || this.answered) return;
    const shown = [...this.shown];
    shown[this.index] = true;
    this.shown = shown;
  }

  /** The next question, or the score once the last one is answered. */
  next(): void {
    if (!this.answered) return;
    if (this.index < this.questions.length - 1) this.index += 1;
    else this.finished = true;
  }

  restart(): void {
    this.index = 0;
    this.chosen = [];
    this.shown = [];
    this.finished = false;
  }
}
