// A tour as slides: the plan (title, a slide per step with its citations and notes, the sources) and the .pptx read back.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Tour, TourStep } from '../../src/lib/data/tour-schema';
import { REFERENCES_PER_SLIDE, planTourSlides, slidesFileName, type StepSlide } from '../../src/lib/data/tour-slides';
import { writeTourSlides } from '../../src/lib/data/write-slides';
import { EMERGENCY_NOTICE } from '../../src/lib/util/emergency-notice';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle, graph, sources } = loadCuratedBundle();
const tours = bundle.tours ?? [];
/** What the page gives: the step's sources, then those of its highlighted relationships (as teaching does). */
const references = (step: TourStep) =>
  [...step.sources, ...step.highlight.flatMap((id) => (graph.hasEdge(id) ? graph.getEdgeAttribute(id, 'sources') : []))]
    .filter((id, index, all) => all.indexOf(id) === index)
    .filter((id) => sources.has(id));
const plan = (tour: Tour) => planTourSlides({ tour, graph, sources, references });

/** A one-pixel PNG, enough for the file to hold a picture per step. */
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

async function readDeck(bytes: ArrayBuffer) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const numbered = (pattern: RegExp) =>
    names
      .map((name) => pattern.exec(name))
      .flatMap((match) => (match ? [Number(match[1])] : []))
      .sort((a, b) => a - b);
  const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return { names, slides: numbered(/^ppt\/slides\/slide(\d+)\.xml$/), text };
}

/** The text runs of a slide's XML, joined. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join(' ');
const unescape = (text: string) =>
  text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');

describe('a tour planned as slides', () => {
  it('has the shipped tours to plan', () => {
    expect(tours.length).toBeGreaterThan(3);
  });

  it('opens with the title, summary and emergency notice, has a slide per step and ends with the sources', () => {
    for (const tour of tours) {
      const slides = plan(tour);
      const [first] = slides;
      expect(first).toMatchObject({ kind: 'title', title: tour.title, summary: tour.summary });
      expect(first?.kind === 'title' && first.disclaimer.heading).toBe(EMERGENCY_NOTICE.heading);
      const steps = slides.filter((slide): slide is StepSlide => slide.kind === 'step');
      expect(steps.map((slide) => slide.title)).toEqual(tour.steps.map((step) => step.title));
      expect(steps.map((slide) => slide.picture)).toEqual(tour.steps.map((_, index) => index));
      expect(slides.at(-1)?.kind).toBe('sources');
      expect(slides.slice(1, 1 + tour.steps.length).every((slide) => slide.kind === 'step')).toBe(true);
    }
  });

  it('puts the narration in the notes and cites every step with numbers that match the Sources slides', () => {
    for (const tour of tours) {
      const slides = plan(tour);
      const listed = slides.flatMap((slide) => (slide.kind === 'sources' ? slide.references : []));
      slides.forEach((slide) => {
        if (slide.kind !== 'step') return;
        const step = tour.steps[slide.picture];
        expect(slide.notes.startsWith(step?.narration ?? '?')).toBe(true);
        expect(slide.citations.length).toBeGreaterThan(0);
        for (const citation of slide.citations) {
          const number = /^\[(\d+)\] /.exec(citation)?.[1];
          expect(listed[Number(number) - 1]?.startsWith(`[${number}] `)).toBe(true);
        }
      });
      expect(listed.length).toBeGreaterThan(0);
    }
  });

  it('gives the question and its answer to the speaker, not the class', () => {
    const tour = tours.find((each) => each.steps.some((step) => step.question));
    const index = tour?.steps.findIndex((step) => step.question) ?? -1;
    const question = tour?.steps[index]?.question;
    if (!tour || !question) throw new Error('a shipped tour has a question');
    const slide = plan(tour)[index + 1] as StepSlide;
    expect(slide.notes).toContain(`Question: ${question.prompt}`);
    expect(slide.notes).toContain(`Answer: ${String.fromCharCode(65 + question.answer)}.`);
    expect(slide.citations.join(' ')).not.toContain(question.prompt);
  });

  it('spreads long reference lists over several Sources slides', () => {
    const many = Array.from({ length: REFERENCES_PER_SLIDE + 3 }, (_, index) => [...sources.keys()][index] ?? '');
    const base = tours[0] as Tour;
    const tour: Tour = { ...base, steps: [{ ...(base.steps[0] as TourStep), sources: many, highlight: [] }] };
    const sourceSlides = planTourSlides({ tour, graph, sources, references: (step) => step.sources }).filter(
      (slide) => slide.kind === 'sources',
    );
    expect(sourceSlides.map((slide) => slide.title)).toEqual(['Sources (1 of 2)', 'Sources (2 of 2)']);
    expect(sourceSlides.flatMap((slide) => (slide.kind === 'sources' ? slide.references : []))).toHaveLength(
      many.length,
    );
  });

  it('names the file after the tour', () => {
    expect(slidesFileName({ id: 'ketamine-fast-acting' })).toBe('ketamine-fast-acting.pptx');
    expect(slidesFileName({ id: '../x y' })).toBe('x-y.pptx');
  });
});

describe('the PowerPoint file', () => {
  it('holds the planned slides, a picture on each step, the narration as notes and the sources', async () => {
    const tour = tours.find((each) => each.id.includes('ketamine')) ?? (tours[0] as Tour);
    const slides = plan(tour);
    const bytes = await writeTourSlides(
      slides,
      tour.steps.map(() => PIXEL),
      { title: tour.title, author: 'Synapse Atlas' },
    );
    const deck = await readDeck(bytes);
    expect(deck.slides).toEqual(slides.map((_, index) => index + 1));

    const first = unescape(runs(await deck.text('ppt/slides/slide1.xml')));
    expect(first).toContain(tour.title);
    expect(first).toContain(EMERGENCY_NOTICE.heading);

    for (const [index, step] of tour.steps.entries()) {
      const number = index + 2;
      const xml = await deck.text(`ppt/slides/slide${number}.xml`);
      expect(unescape(runs(xml))).toContain(step.title);
      expect(xml).toContain('<p:pic>');
      const rels = await deck.text(`ppt/slides/_rels/slide${number}.xml.rels`);
      expect(rels).toMatch(/relationships\/image"? Target="\.\.\/media\//);
      const notesFile = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      const notes = unescape(runs(await deck.text(`ppt/notesSlides/${notesFile ?? '?'}`)));
      expect(notes).toContain(step.narration.slice(0, 60));
    }
    const last = unescape(runs(await deck.text(`ppt/slides/slide${slides.length}.xml`)));
    expect(last).toContain('Sources');
  });
});
