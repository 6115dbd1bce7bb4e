// A guided tour planned as a slide deck, as plain data: a title slide, one slide per step, then the sources.
// write-slides.ts turns the plan into a PowerPoint file; the pictures are drawn elsewhere, one per step.
import type { AtlasGraph } from '../graph/build-graph';
import { EMERGENCY_NOTICE } from '../util/emergency-notice';
import { briefCitation, formatCitation } from './format-citation';
import type { Source } from './schema';
import type { Tour, TourStep } from './tour-schema';
import { numberedSources, stepNodes } from './tour-handout';

export interface TitleSlide {
  kind: 'title';
  title: string;
  summary: string;
  /** "Synapse Atlas · guided tour · 9 steps · about 20 minutes" */
  kicker: string;
  disclaimer: { heading: string; lines: string[] };
}

export interface StepSlide {
  kind: 'step';
  /** "Step 3 of 9" */
  kicker: string;
  title: string;
  /** Index into the pictures drawn for the tour, one per step. */
  picture: number;
  /** Alternative text for the picture. */
  pictureDescription: string;
  /** Short citations with their numbers on the Sources slide: "[1] Zarate et al., 2004". */
  citations: string[];
  /** The speaker notes: the narration, then the step's question and its answer, if it has one. */
  notes: string;
}

export interface SourcesSlide {
  kind: 'sources';
  title: string;
  /** Numbered reference lines: "[1] Zarate CA Jr, … doi:…". */
  references: string[];
  disclaimer: string;
}

export type PlannedSlide = TitleSlide | StepSlide | SourcesSlide;

export interface SlidePlanInput {
  tour: Tour;
  graph: AtlasGraph;
  sources: ReadonlyMap<string, Source>;
  /** The sources a step relies on, in order. */
  references: (step: TourStep) => readonly string[];
}

/** More reference lines than this would need a font too small to read from the back of a room. */
export const REFERENCES_PER_SLIDE = 8;

const label = (graph: AtlasGraph, id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : undefined);

function stepNotes(step: TourStep): string {
  const question = step.question;
  if (!question) return step.narration;
  const letter = (index: number) => String.fromCharCode(65 + index);
  const lines = [
    step.narration,
    '',
    `Question: ${question.prompt}`,
    ...question.choices.map((choice, index) => `${letter(index)}. ${choice}`),
    `Answer: ${letter(question.answer)}. ${question.choices[question.answer] ?? ''}`,
  ];
  if (question.explanation) lines.push(question.explanation);
  return lines.join('\n');
}

/** The deck for `tour`: what each slide says, in order. Sources are numbered at first use, as in the handout. */
export function planTourSlides({ tour, graph, sources, references }: SlidePlanInput): PlannedSlide[] {
  const numbered = numberedSources(tour, references).filter((id) => sources.has(id));
  const minutes = tour.minutes ? ` · about ${tour.minutes} minutes` : '';
  const slides: PlannedSlide[] = [
    {
      kind: 'title',
      title: tour.title,
      summary: tour.summary,
      kicker: `Synapse Atlas · guided tour · ${tour.steps.length} steps${minutes}`,
      disclaimer: {
        heading: EMERGENCY_NOTICE.heading,
        lines: [EMERGENCY_NOTICE.action, EMERGENCY_NOTICE.crisisLine, EMERGENCY_NOTICE.purpose],
      },
    },
  ];
  tour.steps.forEach((step, index) => {
    const names = stepNodes(graph, step).flatMap((id) => label(graph, id) ?? []);
    slides.push({
      kind: 'step',
      kicker: `Step ${index + 1} of ${tour.steps.length}`,
      title: step.title,
      picture: index,
      pictureDescription:
        names.length > 0 ? `The graph at this step, with ${names.join(', ')} highlighted.` : 'The graph at this step.',
      citations: references(step).flatMap((id) => {
        const source = sources.get(id);
        return source ? [`[${numbered.indexOf(id) + 1}] ${briefCitation(source)}`] : [];
      }),
      notes: stepNotes(step),
    });
  });
  const lines = numbered.flatMap((id, index) => {
    const source = sources.get(id);
    return source ? [`[${index + 1}] ${formatCitation(source)}`] : [];
  });
  const parts = Math.max(1, Math.ceil(lines.length / REFERENCES_PER_SLIDE));
  for (let part = 0; part < parts; part += 1) {
    slides.push({
      kind: 'sources',
      title: parts === 1 ? 'Sources' : `Sources (${part + 1} of ${parts})`,
      references: lines.slice(part * REFERENCES_PER_SLIDE, (part + 1) * REFERENCES_PER_SLIDE),
      disclaimer: `${EMERGENCY_NOTICE.heading} ${EMERGENCY_NOTICE.action} ${EMERGENCY_NOTICE.crisisLine}`,
    });
  }
  return slides;
}

/** A file name for the deck: the tour's id, safe on every system. */
export function slidesFileName(tour: Pick<Tour, 'id'>): string {
  const stem = tour.id.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '') || 'tour';
  return `${stem}.pptx`;
}
