// @vitest-environment jsdom
// One quiz: a prediction per question that stays once made, the next question only after an answer, and the score.
import { describe, expect, it } from 'vitest';
import type { QuizQuestion } from '../../src/lib/graph/quiz';
import { QuizSession } from '../../src/lib/state/quiz-session.svelte';

const question = (id: string, answer: number): QuizQuestion =>
  ({ id, prompt: `${id}?`, choices: ['a', 'b', 'c'], answer, explanation: '', sources: [], nodes: [] }) as QuizQuestion;

describe('QuizSession', () => {
  it('keeps the first answer to each question, moves on only once answered, and scores at the end', () => {
    const quiz = new QuizSession('seed', undefined, [question('q1', 0), question('q2', 2)]);
    quiz.next();
    expect(quiz.index).toBe(0);
    quiz.choose(0);
    quiz.choose(1);
    expect(quiz.chosen).toEqual([0]);
    expect(quiz.answered).toBe(true);
    quiz.next();
    quiz.choose(5);
    expect(quiz.answered).toBe(false);
    quiz.choose(1);
    quiz.next();
    expect({ finished: quiz.finished, score: quiz.score }).toEqual({ finished: true, score: 1 });
    quiz.restart();
    expect({ index: quiz.index, finished: quiz.finished, score: quiz.score }).toEqual({
      index: 0,
      finished: false,
      score: 0,
    });
  });

  it('reveals an answer without a choice, which scores nothing and can no longer be changed', () => {
    const quiz = new QuizSession('seed', undefined, [question('q1', 0), question('q2', 1)]);
    quiz.reveal();
    expect(quiz.answered).toBe(true);
    quiz.choose(0);
    expect(quiz.chosen).toEqual([]);
    quiz.next();
    quiz.choose(1);
    quiz.reveal();
    expect(quiz.chosen[1]).toBe(1);
    quiz.next();
    expect({ finished: quiz.finished, score: quiz.score }).toEqual({ finished: true, score: 1 });
    quiz.restart();
    expect(quiz.answered).toBe(false);
  });
});
