// The keys of teaching: → or Space next, ← back, P present, T theme, Esc leave; 1–5, Enter and → in a quiz; Esc closes
// a handout. Works on whatever offers these intents (the teaching state).
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

function quizKey(teaching: TeachingControls, key: string, place: KeyPlace): boolean {
  const quiz = teaching.quiz;
  if (!quiz || quiz.finished) return false;
  const number = Number(key);
  if (!quiz.answered && Number.isInteger(number) && number >= 1 && number <= (quiz.current?.choices.length ?? 0)) {
    teaching.answer(number - 1);
    return true;
  }
  // Enter on a focused button already presses it; only a plain Enter or → moves on here.
  if (quiz.answered && (key === 'ArrowRight' || (key === 'Enter' && !place.onButton))) {
    teaching.nextQuestion();
    return true;
  }
  if (key === 'Escape') {
    teaching.closeQuiz();
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
