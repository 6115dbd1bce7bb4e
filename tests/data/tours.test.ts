// The shipped tours: enough of them, the right length, every step cited, in our own words, and ending safely.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/lib/data/read-graph-data-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const bundle = readGraphData(join(ROOT, 'graph-data'), ROOT);
const tours = bundle.tours ?? [];
const SEED_ARTICLE = join(ROOT, '..', 'shared', 'content', 'seed-article.txt');
const EMERGENCY = 'If you are experiencing serious medical symptoms, seek emergency treatment immediately.';

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/** Every run of `size` words in the text, to find sentences copied from elsewhere. */
function runs(text: string, size: number): Set<string> {
  const list = words(text);
  const found = new Set<string>();
  for (let index = 0; index + size <= list.length; index++) found.add(list.slice(index, index + size).join(' '));
  return found;
}

describe('shipped tours', () => {
  it('cover the nine lessons the atlas promises', () => {
    expect(tours.map((tour) => tour.id)).toEqual([
      'synapse-signal',
      'ssri-snri',
      'glutamate-hypothesis',
      'ketamine-fast-acting',
      'mglu-evidence',
      'depression-basics',
      'treatment-steps',
      'antidepressant-safety',
      'stress-and-inflammation',
    ]);
  });

  it.each(tours.map((tour) => [tour.id, tour] as const))('%s has 6 to 12 steps and a question', (_id, tour) => {
    expect(tour.steps.length).toBeGreaterThanOrEqual(6);
    expect(tour.steps.length).toBeLessThanOrEqual(12);
    expect(tour.steps.some((step) => step.question)).toBe(true);
  });

  it('cite at least one source in every step', () => {
    const uncited = tours.flatMap((tour) =>
      tour.steps.flatMap((step, index) => (step.sources.length === 0 ? [`${tour.id} step ${index + 1}`] : [])),
    );
    expect(uncited).toEqual([]);
  });

  it('keep narration short enough to read aloud in under a minute', () => {
    for (const tour of tours) for (const step of tour.steps) expect(words(step.narration).length).toBeLessThan(95);
  });

  it('are written in our own words: no eight-word run copied from the seed article', () => {
    const seed = runs(readFileSync(SEED_ARTICLE, 'utf8'), 8);
    const copied = tours.flatMap((tour) =>
      // The emergency message is the one sentence that must be quoted word for word.
      tour.steps.flatMap((step) => [...runs(step.narration.replace(EMERGENCY, ''), 8)].filter((run) => seed.has(run))),
    );
    expect(copied).toEqual([]);
  });

  it('end the lesson on depression with the emergency message', () => {
    const last = tours.find((tour) => tour.id === 'depression-basics')?.steps.at(-1);
    expect(last?.narration).toContain(EMERGENCY);
    expect(last?.focus).toContain('treatment:emergency-care');
  });

  it('give each question one right answer among different choices', () => {
    for (const tour of tours) {
      for (const step of tour.steps) {
        if (!step.question) continue;
        expect(step.question.choices[step.question.answer]).toBeDefined();
        expect(new Set(step.question.choices).size).toBe(step.question.choices.length);
      }
    }
  });
});
