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

/** A text box across the slide between the margins, `y` inches down and `h` high, in the deck's font. */
function textBox(y: number, h: number, fontSize: number, color = INK) {
  return { x: MARGIN, y, w: INNER, h, fontSize, color, fontFace: FONT };
}

/** Lines as the paragraphs of one text box: each but the last ends with a line break. */
function paragraphs(lines: readonly string[], options: { paraSpaceAfter?: number } = {}) {
  return lines.map((text, index) => ({ text, options: { breakLine: index < lines.length - 1, ...options } }));
}

function titleSlide(slide: Slide, plan: TitleSlide): void {
  slide.addText(plan.kicker, textBox(0.6, 0.5, 16, MUTED));
  slide.addText(plan.title, { ...textBox(1.2, 1.6, 40), bold: true, valign: 'top' });
  slide.addText(plan.summary, { ...textBox(2.9, 1.9, 22), valign: 'top' });
  slide.addText(
    [
      { text: plan.disclaimer.heading, options: { bold: true, color: EMERGENCY, breakLine: true } },
      ...paragraphs(plan.disclaimer.lines),
    ],
    {
      ...textBox(5.1, 1.8, 16),
      valign: 'top',
      fill: { color: 'FDF0F0' },
      line: { color: EMERGENCY, width: 1.5 },
      margin: 10,
    },
  );
}

function stepSlide(slide: Slide, plan: StepSlide, picture: string | undefined): void {
  slide.addText(plan.kicker, textBox(0.25, 0.4, 14, MUTED));
  slide.addText(plan.title, { ...textBox(0.6, 0.8, 30), bold: true, valign: 'top' });
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
    slide.addText(`Sources: ${plan.citations.join(' · ')}`, { ...textBox(6.75, 0.6, 13, MUTED), valign: 'top' });
  }
  slide.addNotes(plan.notes);
}

function sourcesSlide(slide: Slide, plan: SourcesSlide): void {
  slide.addText(plan.title, { ...textBox(0.35, 0.8, 30), bold: true });
  slide.addText(paragraphs(plan.references, { paraSpaceAfter: 6 }), { ...textBox(1.25, 5.3, 14), valign: 'top' });
  slide.addText(plan.disclaimer, textBox(6.7, 0.6, 12, EMERGENCY));
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
