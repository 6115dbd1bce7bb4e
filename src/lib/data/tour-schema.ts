// The zod schema for a guided tour (graph-data/tours/*.yaml, or a file a teacher loads in the browser).
import { z } from 'zod';
import { seededOrder } from '../util/shuffle.ts';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The layouts a step may ask for; the same names as the app's layout menu. */
export const TOUR_LAYOUTS = ['auto', 'force', 'concentric', 'lanes'] as const;

/** "drug:fluoxetine inhibits transporter:sert": a relationship written as source, relation, target. */
const RELATIONSHIP_PATTERN = /^(\S+) (\S+) (\S+)$/;

const relationship = z
  .string()
  .trim()
  .regex(
    RELATIONSHIP_PATTERN,
    'a relationship written as "source relation target", like "drug:fluoxetine inhibits transporter:sert"',
  );

/** The edge id (`source|relation|target`) of a relationship written as "source relation target". */
export function relationshipEdgeId(text: string): string {
  const match = RELATIONSHIP_PATTERN.exec(text.trim());
  return match ? `${match[1]}|${match[2]}|${match[3]}` : text;
}

const questionSchema = z
  .strictObject({
    prompt: nonEmpty.max(200, 'at most 200 characters: one short question'),
    choices: z
      .array(nonEmpty.max(160))
      .min(2, 'at least two choices')
      .max(5, 'at most five choices')
      .refine((choices) => new Set(choices).size === choices.length, 'each choice must be different'),
    /** The right choice, written exactly as in `choices`. */
    answer: nonEmpty,
    explanation: nonEmpty.max(600, 'at most 600 characters'),
  })
  .refine((question) => question.choices.includes(question.answer), {
    message: 'the answer must be written exactly as one of the choices',
    path: ['answer'],
  });

const stepSchema = z.strictObject({
  title: nonEmpty.max(90, 'at most 90 characters'),
  /** A short narration in plain language, in our own words. */
  narration: nonEmpty.max(700, 'at most 700 characters: a short paragraph read aloud in under a minute'),
  /** The nodes this step is about: highlighted, and the camera frames them. */
  focus: z.array(nonEmpty).min(1, 'at least one node to focus on'),
  /** Relationships to highlight, each written as "source relation target". */
  highlight: z.array(relationship).default([]),
  layout: z.enum(TOUR_LAYOUTS).optional(),
  question: questionSchema.optional(),
  /** Ids from sources.yaml that the narration relies on. */
  sources: z.array(nonEmpty).default([]),
});

export const tourFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug like "ketamine-fast-acting"'),
  title: nonEmpty.max(100, 'at most 100 characters'),
  /** One or two sentences shown in the list of tours. */
  summary: nonEmpty.max(400, 'at most 400 characters'),
  /** About how long the lesson takes, in minutes. */
  minutes: z.number().int().min(1).max(120).optional(),
  steps: z.array(stepSchema).min(1, 'at least one step').max(40, 'at most 40 steps'),
});

type TourFile = z.infer<typeof tourFileSchema>;
type TourFileStep = TourFile['steps'][number];

interface TourQuestion {
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  explanation: string;
}

export interface TourStep extends Omit<TourFileStep, 'highlight' | 'question'> {
  /** Edge ids (`source|relation|target`) of the highlighted relationships. */
  highlight: string[];
  question?: TourQuestion | undefined;
}

export interface Tour extends Omit<TourFile, 'steps'> {
  steps: TourStep[];
}

/**
 * The tour as the app uses it: relationships as edge ids, the answer as an index. A question's choices are put in an
 * order decided by the question and its choices alone, so the right answer is not always the first one written; the
 * screen, presenter mode and the printed handout all show the same order, and it stays when a teacher moves the step,
 * copies the tour or writes it back to a file.
 */
export function tourFromFile(file: TourFile): Tour {
  return {
    ...file,
    steps: file.steps.map(({ highlight, question, ...step }) => {
      const choices = question && seededOrder(question.choices, question.prompt);
      return {
        ...step,
        highlight: highlight.map(relationshipEdgeId),
        question: question &&
          choices && {
            prompt: question.prompt,
            choices,
            answer: choices.indexOf(question.answer),
            explanation: question.explanation,
          },
      };
    }),
  };
}
