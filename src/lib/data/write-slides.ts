// Writes a planned tour deck (tour-slides.ts) as a PowerPoint file with pptxgenjs; loaded only when a deck is made.
import PptxGenJS from 'pptxgenjs';
import type { PlannedSlide, SourcesSlide, StepSlide, TitleSlide } from './tour-slides';

/** 16:9 "widescreen", the size PowerPoint and Google Slides start with: 13.333 × 7.5 inches. */
const WIDTH = 13.333;
const MARGIN = 0.6;
const INNER = WIDTH - 2 * MARGIN;
/** The pictures are drawn at 1400 × 860 pixels. */
const PICTURE_RATIO = 1400 / 860;
const FONT = 'Calibri';
const INK = '1B1D22';
const MUTED = '4A4F59';
const EMERGENCY = '9B1C1C';

type Slide = ReturnType<PptxGenJS['addSlide']>;

function titleSlide(slide: Slide, plan: TitleSlide): void {
  slide.addText(plan.kicker, { x: MARGIN, y: 0.6, w: INNER, h: 0.5, fontSize: 16, color: MUTED, fontFace: FONT });
  slide.addText(plan.title, {
    x: MARGIN,
    y: 1.2,
    w: INNER,
    h: 1.6,
    fontSize: 40,
    bold: true,
    color: INK,
    fontFace: FONT,
    valign: 'top',
  });
  slide.addText(plan.summary, {
    x: MARGIN,
    y: 2.9,
    w: INNER,
    h: 1.9,
    fontSize: 22,
    color: INK,
    fontFace: FONT,
    valign: 'top',
  });
  slide.addText(
    [
      { text: plan.disclaimer.heading, options: { bold: true, color: EMERGENCY, breakLine: true } },
      ...plan.disclaimer.lines.map((line, index) => ({
        text: line,
        options: { breakLine: index < plan.disclaimer.lines.length - 1 },
      })),
    ],
    {
      x: MARGIN,
      y: 5.1,
      w: INNER,
      h: 1.8,
      fontSize: 16,
      color: INK,
      fontFace: FONT,
      valign: 'top',
      fill: { color: 'FDF0F0' },
      line: { color: EMERGENCY, width: 1.5 },
      margin: 10,
    },
  );
}

function stepSlide(slide: Slide, plan: StepSlide, picture: string | undefined): void {
  slide.addText(plan.kicker, { x: MARGIN, y: 0.25, w: INNER, h: 0.4, fontSize: 14, color: MUTED, fontFace: FONT });
  slide.addText(plan.title, {
    x: MARGIN,
    y: 0.6,
    w: INNER,
    h: 0.8,
    fontSize: 30,
    bold: true,
    color: INK,
    fontFace: FONT,
    valign: 'top',
  });
  const height = 5.2;
  const width = height * PICTURE_RATIO;
  if (picture) {
    slide.addImage({
      data: picture,
      x: (WIDTH - width) / 2,
      y: 1.45,
      w: width,
      h: height,
      altText: plan.pictureDescription,
    });
  }
  if (plan.citations.length > 0) {
    slide.addText(`Sources: ${plan.citations.join(' · ')}`, {
      x: MARGIN,
      y: 6.75,
      w: INNER,
      h: 0.6,
      fontSize: 13,
      color: MUTED,
      fontFace: FONT,
      valign: 'top',
    });
  }
  slide.addNotes(plan.notes);
}

function sourcesSlide(slide: Slide, plan: SourcesSlide): void {
  slide.addText(plan.title, {
    x: MARGIN,
    y: 0.35,
    w: INNER,
    h: 0.8,
    fontSize: 30,
    bold: true,
    color: INK,
    fontFace: FONT,
  });
  slide.addText(
    plan.references.map((line, index) => ({
      text: line,
      options: { breakLine: index < plan.references.length - 1, paraSpaceAfter: 6 },
    })),
    { x: MARGIN, y: 1.25, w: INNER, h: 5.3, fontSize: 14, color: INK, fontFace: FONT, valign: 'top' },
  );
  slide.addText(plan.disclaimer, {
    x: MARGIN,
    y: 6.7,
    w: INNER,
    h: 0.6,
    fontSize: 12,
    color: EMERGENCY,
    fontFace: FONT,
  });
}

export interface DeckDetails {
  title: string;
  /** Who made it, as PowerPoint shows it in the file's properties. */
  author: string;
}

/**
 * The deck as the bytes of a .pptx file. `pictures[n]` is the PNG data address of step n's picture; a step without one
 * is written without a picture.
 */
export async function writeTourSlides(
  slides: readonly PlannedSlide[],
  pictures: readonly string[],
  details: DeckDetails,
): Promise<ArrayBuffer> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = details.title;
  deck.author = details.author;
  deck.company = details.author;
  for (const plan of slides) {
    const slide = deck.addSlide();
    if (plan.kind === 'title') titleSlide(slide, plan);
    else if (plan.kind === 'step') stepSlide(slide, plan, pictures[plan.picture]);
    else sourcesSlide(slide, plan);
  }
  return (await deck.write({ outputType: 'arraybuffer', compression: true })) as ArrayBuffer;
}
