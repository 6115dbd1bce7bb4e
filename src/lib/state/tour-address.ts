// The teaching part of the page address: `tour` and `step` (a guided tour) and `quiz` (a shared quiz's seed).
import { LIVE_PARAMETERS } from '../data/sparql/live-target';
import { DATASET_PARAMETER, LEADING_PARAMETERS } from './address-parameters';

const MAX_ID_LENGTH = 80;
const MAX_SEED_LENGTH = 60;

export interface TeachingAddress {
  tour?: string | undefined;
  /** 1-based, as shown to people ("3 / 9"). */
  step?: number | undefined;
  quiz?: string | undefined;
}

/** Reads tour, step and quiz; values that cannot be right (an empty id, step "abc") are left out. */
export function parseTeachingAddress(search: string): TeachingAddress {
  const params = new URLSearchParams(search);
  const address: TeachingAddress = {};
  const tour = params.get('tour')?.trim();
  if (tour && tour.length <= MAX_ID_LENGTH) address.tour = tour;
  const step = Number(params.get('step'));
  if (address.tour && Number.isInteger(step) && step >= 1) address.step = step;
  const quiz = params.get('quiz')?.trim();
  if (quiz && quiz.length <= MAX_SEED_LENGTH) address.quiz = quiz;
  return address;
}

/** `search` with tour, step and quiz set from `address` (or removed), in the same order the view's address keeps. */
export function withTeachingAddress(search: string, address: TeachingAddress): string {
  const previous = new URLSearchParams(search);
  const next = new URLSearchParams();
  const dataset = previous.get(DATASET_PARAMETER);
  if (dataset !== null) next.set(DATASET_PARAMETER, dataset);
  for (const key of LIVE_PARAMETERS) {
    const value = previous.get(key);
    if (value !== null) next.set(key, value);
  }
  if (address.tour) next.set('tour', address.tour);
  if (address.tour && address.step !== undefined) next.set('step', String(address.step));
  if (address.quiz) next.set('quiz', address.quiz);
  for (const [key, value] of previous) {
    if (!LEADING_PARAMETERS.includes(key)) next.append(key, value);
  }
  const text = next.toString();
  return text ? `?${text}` : '';
}
