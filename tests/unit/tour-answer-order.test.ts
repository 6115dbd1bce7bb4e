// The right answers of tour questions are spread over A–D, in an order fixed by the question itself, so a printed
// handout, the tour on screen and presenter mode all agree, and a tour written back to a file keeps it.
import { describe, expect, it } from 'vitest';
import { tourFromFile, tourFileSchema } from '../../src/lib/data/tour-schema';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle } = loadCuratedBundle();
const tours = bundle.tours ?? [];

describe('the order of a tour question’s choices', () => {
  it('spreads the right answers of the shipped tours over A, B, C and D, none more than half the time', () => {
    const letters = tours.flatMap((tour) =>
      tour.steps.flatMap((step) => (step.question ? [String.fromCharCode(65 + step.question.answer)] : [])),
    );
    expect(letters.length).toBeGreaterThan(10);
    const counts = new Map<string, number>();
    for (const letter of letters) counts.set(letter, (counts.get(letter) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
    for (const [letter, count] of counts) expect(count / letters.length, letter).toBeLessThanOrEqual(0.5);
  });

  it('keeps the answer the one written as the answer, and gives the same order every time', () => {
    const file = tourFileSchema.parse({
      id: 'order-check',
      title: 'Order',
      summary: 'A check.',
      steps: [1, 2, 3].map((number) => ({
        title: `Step ${number}`,
        narration: 'Words.',
        focus: ['drug:ketamine'],
        question: {
          prompt: 'Which?',
          choices: ['Right', 'Wrong 1', 'Wrong 2', 'Wrong 3'],
          answer: 'Right',
          explanation: 'So.',
        },
      })),
    });
    const once = tourFromFile(file);
    expect(tourFromFile(file)).toEqual(once);
    for (const step of once.steps) {
      expect(step.question?.choices[step.question.answer]).toBe('Right');
      expect([...(step.question?.choices ?? [])].sort()).toEqual(['Right', 'Wrong 1', 'Wrong 2', 'Wrong 3']);
    }
  });

  it('gives the same order whatever order the choices were written in, so writing a tour back keeps it', () => {
    const question = (choices: string[]) =>
      tourFromFile(
        tourFileSchema.parse({
          id: 'any-id',
          title: 'Order',
          summary: 'A check.',
          steps: [
            {
              title: 'Step',
              narration: 'Words.',
              focus: ['drug:ketamine'],
              question: { prompt: 'Which?', choices, answer: 'Right', explanation: 'So.' },
            },
          ],
        }),
      ).steps[0]?.question;
    const written = question(['Right', 'Wrong 1', 'Wrong 2', 'Wrong 3']);
    expect(question([...(written?.choices ?? [])].reverse())).toEqual(written);
  });
});
