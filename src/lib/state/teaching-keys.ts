// The keys of teaching: → or Space next, ← back, P present, T theme, Esc leave; in a quiz 1–5 or A–E answer, Enter or
// Space reveal, then → / N / Enter / Space next; Esc closes a handout. Works on whatever offers these intents.
import type { QuizProgress } from './quiz-session.svelte';

/** What a key does while a tour is shown; undefined for keys the tour leaves alone. */
export type TourCommand = 'next' | 'previous' | 'leave' | 'theme' | 'present';

const TOUR_KEYS: Record<string, TourCommand> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Escape: 'leave',
  t: 'theme',
  T: 'theme',
  p: 'present',
  P: 'present',
};

export function tourCommand(key: string): TourCommand | undefined {
  return TOUR_KEYS[key];
}

/** Where a key was pressed, as far as the teaching keys care. */
export interface KeyPlace {
  /** On a button or link, where Enter already presses it. */
  onButton: boolean;
  /** In a widget that moves with the arrow keys itself (the outline tree, search suggestions). */
  inArrowWidget: boolean;
}

/** The intents and facts of teaching the keys drive. */
export interface TeachingControls {
  readonly tour: unknown;
  readonly quiz: QuizProgress | null;
  readonly presenting: boolean;
  readonly handoutOpen: boolean;
  next(): void;
  previous(): void;
  close(): void;
  present(): void;
  stopPresenting(): void;
  toggleTheme(): void;
  closeHandout(): void;
  answer(choice: number): void;
  revealAnswer(): void;
  nextQuestion(): void;
  closeQuiz(): void;
}

/** Does what `key` asks of `teaching`; returns whether the key was used. */
export function pressTeachingKey(teaching: TeachingControls, key: string, place: KeyPlace): boolean {
  if (teaching.handoutOpen) {
    if (key !== 'Escape') return false;
    teaching.closeHandout();
    return true;
  }
  return quizKey(teaching, key, place) || tourKey(teaching, key, place);
}

/** The choice a key names: 1–5 or A–E (either case); undefined for other keys. */
function choiceKey(key: string): number | undefined {
  if (key.length !== 1) return undefined;
  const index = Math.max('12345'.indexOf(key), 'abcde'.indexOf(key.toLowerCase()));
  return index >= 0 ? index : undefined;
}

function quizKey(teaching: TeachingControls, key: string, place: KeyPlace): boolean {
  const quiz = teaching.quiz;
  if (!quiz) return false;
  const command = tourCommand(key);
  if (command === 'leave' || command === 'present') {
    if (teaching.presenting) teaching.stopPresenting();
    else if (command === 'leave') teaching.closeQuiz();
    else teaching.present();
    return true;
  }
  if (command === 'theme' && teaching.presenting) {
    teaching.toggleTheme();
    return true;
  }
  if (quiz.finished) return false;
  // Letters typed in the outline tree or a list box find an entry there (type-ahead), so they answer nothing.
  const choice = /^[a-e]$/i.test(key) && place.inArrowWidget ? undefined : choiceKey(key);
  if (!quiz.answered && choice !== undefined && choice < (quiz.current?.choices.length ?? 0)) {
    teaching.answer(choice);
    return true;
  }
  // Enter or Space on a focused button already presses it; only a plain one reveals or moves on here.
  const plainPress = (key === 'Enter' || key === ' ') && !place.onButton;
  if (!quiz.answered && plainPress) {
    teaching.revealAnswer();
    return true;
  }
  if (quiz.answered && (plainPress || key === 'ArrowRight' || key === 'n' || key === 'N')) {
    teaching.nextQuestion();
    return true;
  }
  return false;
}

function tourKey(teaching: TeachingControls, key: string, place: KeyPlace): boolean {
  const command = teaching.tour ? tourCommand(key) : undefined;
  if (!command || (key.startsWith('Arrow') && place.inArrowWidget)) return false;
  if (command === 'next') teaching.next();
  else if (command === 'previous') teaching.previous();
  else if (command === 'leave') {
    if (teaching.presenting) teaching.stopPresenting();
    else teaching.close();
  } else if (command === 'theme') {
    if (!teaching.presenting) return false;
    teaching.toggleTheme();
  } else if (teaching.presenting) teaching.stopPresenting();
  else teaching.present();
  return true;
}
