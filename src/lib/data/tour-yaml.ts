// Writes a tour as the YAML file the tour validator reads back: the same shape as graph-data/tours/*.yaml.
import { stringify } from 'yaml';
import type { Tour } from './tour-schema.ts';

/** "drug:ketamine|antagonist-of|receptor:nmda" → "drug:ketamine antagonist-of receptor:nmda", as tour files write it. */
function relationshipText(edgeId: string): string {
  const parts = edgeId.split('|');
  return parts.length === 3 ? parts.join(' ') : edgeId;
}

/** The tour as plain data in the file's shape: relationships as sentences of ids, the answer as its text. */
function tourFileData(tour: Tour): Record<string, unknown> {
  return {
    id: tour.id,
    title: tour.title,
    summary: tour.summary,
    ...(tour.minutes === undefined ? {} : { minutes: tour.minutes }),
    steps: tour.steps.map((step) => ({
      title: step.title,
      narration: step.narration,
      focus: step.focus,
      highlight: step.highlight.map(relationshipText),
      ...(step.layout === undefined ? {} : { layout: step.layout }),
      sources: step.sources,
      ...(step.question
        ? {
            question: {
              prompt: step.question.prompt,
              choices: step.question.choices,
              answer: step.question.choices[step.question.answer] ?? '',
              explanation: step.question.explanation,
            },
          }
        : {}),
    })),
  };
}

/** The tour file's text: a comment saying what it is, then the tour in YAML. */
export function serialiseTour(tour: Tour): string {
  const header =
    '# A guided tour for Synapse Atlas. Open it with "Load a tour file" in the Tours panel;\n' +
    '# graph-data/README.md explains every field.\n';
  return header + stringify(tourFileData(tour), { lineWidth: 100, minContentWidth: 40 });
}
