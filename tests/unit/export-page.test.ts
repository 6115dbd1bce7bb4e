// The export page: footnote numbering, the legend of what is shown, text wrapping, the page layout and the SVG.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { kindStyle } from '../../src/lib/data/kind-style';
import { lightenForDark } from '../../src/lib/render/colour';
import { composeSvg, nestGraphSvg } from '../../src/lib/render/export/compose-svg';
import { numberFootnotes } from '../../src/lib/render/export/footnotes';
import { legendEntries } from '../../src/lib/render/export/legend-entries';
import { PRESETS } from '../../src/lib/render/export/options';
import { EMERGENCY_NOTICE_TEXT as EMERGENCY_DISCLAIMER } from '../../src/lib/util/emergency-notice';
import { layOutPage, type PageContent } from '../../src/lib/render/export/page-layout';
import { qrPath } from '../../src/lib/render/export/qr';
import { estimateWidth, wrapText } from '../../src/lib/render/export/text-wrap';
import { formatCitation } from '../../src/lib/data/format-citation';
import { loadCuratedBundle } from '../component/load-curated-bundle';

const { bundle, sources } = loadCuratedBundle();
const vocab = bundle.vocab;

describe('footnotes', () => {
  const cite = (id: string) => (id === 'unknown' ? undefined : `Reference ${id}.`);

  it('numbers sources in first-use order and marks each edge with its numbers', () => {
    const { notes, marks } = numberFootnotes(
      [
        { id: 'e1', sources: ['b', 'a'] },
        { id: 'e2', sources: ['a'] },
        { id: 'e3', sources: [] },
        { id: 'e4', sources: ['c', 'b', 'unknown'] },
      ],
      cite,
    );
    expect(notes.map((note) => [note.number, note.sourceId])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [3, 'c'],
    ]);
    expect(Object.fromEntries(marks)).toEqual({ e1: '1, 2', e2: '2', e4: '1, 3' });
  });

  it('uses the app’s citation format', () => {
    const edge = bundle.edges.find((candidate) => candidate.sources.length > 0);
    if (!edge) throw new Error('the curated graph has no cited edge');
    const { notes } = numberFootnotes([{ id: edge.id, sources: edge.sources }], (id) => {
      const source = sources.get(id);
      return source ? formatCitation(source) : undefined;
    });
    const first = sources.get(edge.sources[0] ?? '');
    expect(notes[0]?.text).toBe(first ? formatCitation(first) : undefined);
  });
});

describe('legend', () => {
  it('lists only the kinds, evidence levels and arrow heads shown, in the vocabulary’s order and colours', () => {
    const entries = legendEntries(vocab, {
      kinds: ['receptor', 'drug', 'Gene'],
      edges: [
        { relation: 'inhibits', evidence: 'clinical' },
        { relation: 'agonist-of', evidence: 'preclinical' },
      ],
    });
    expect(entries.kinds).toEqual([
      {
        label: kindStyle(vocab, 'receptor').label,
        colour: kindStyle(vocab, 'receptor').colour,
        shape: kindStyle(vocab, 'receptor').shape,
      },
      {
        label: kindStyle(vocab, 'drug').label,
        colour: kindStyle(vocab, 'drug').colour,
        shape: kindStyle(vocab, 'drug').shape,
      },
    ]);
    expect(entries.evidence.map((level) => level.label)).toEqual([
      vocab.evidence.clinical.label,
      vocab.evidence.preclinical.label,
    ]);
    expect(entries.arrows).toEqual([
      {
        label: vocab.signs['+'].label,
        arrow: vocab.signs['+'].arrow,
        relations: [vocab.relations['agonist-of'].label],
      },
      { label: vocab.signs['-'].label, arrow: vocab.signs['-'].arrow, relations: [vocab.relations.inhibits.label] },
    ]);
  });
});

describe('text wrapping', () => {
  it('breaks between words, and inside a word longer than a line', () => {
    const lines = wrapText('one two three https://example.org/a/very/long/address', 60, 10, estimateWidth);
    expect(lines.every((line) => estimateWidth(line, 10) <= 60)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('onetwothreehttps://example.org/a/very/long/address');
  });
});

const legend = legendEntries(vocab, {
  kinds: Object.keys(vocab.kinds),
  edges: [{ relation: 'inhibits', evidence: 'clinical' }],
});

function content(extra: Partial<PageContent>): PageContent {
  return { page: { kind: 'natural' }, graph: { width: 800, height: 600 }, measure: estimateWidth, ...extra };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const blockBox = (block: { x: number; y: number; size: number; lineHeight: number; lines: string[] }) => ({
  x: block.x,
  y: block.y - block.size,
  width: Math.max(...block.lines.map((line) => estimateWidth(line, block.size))),
  height: block.lines.length * block.lineHeight,
});

describe('page layout', () => {
  it('a slide keeps its exact size; the graph, legend and footnotes do not overlap', () => {
    const slide = PRESETS.find((preset) => preset.id === 'slide')?.options.page;
    if (!slide) throw new Error('no slide preset');
    const layout = layOutPage(
      content({
        page: slide,
        title: 'Ketamine: relationships and evidence',
        legend,
        footnotes: Array.from({ length: 40 }, (_, index) => `${index + 1}. A reference line that is fairly long.`),
      }),
    );
    expect([layout.width, layout.height]).toEqual([1920, 1080]);
    expect(layout.omittedFootnotes).toBeGreaterThan(0);
    expect(layout.footnotes?.lines.at(-1)).toMatch(/more sources, listed in the app/);
    const footnotes = blockBox(layout.footnotes ?? { x: 0, y: 0, size: 0, lineHeight: 0, lines: [] });
    expect(overlaps(layout.graph, footnotes)).toBe(false);
    const legendRight = Math.min(...(layout.legend?.rows.map((row) => row.x) ?? []));
    expect(legendRight).toBeGreaterThanOrEqual(footnotes.x + footnotes.width);
    expect(footnotes.y + footnotes.height).toBeLessThanOrEqual(1080);
    expect(layout.graph.height).toBeGreaterThan((1080 - 2 * layout.base * 2) * 0.4);
  });

  it('the graph’s own size keeps the drawing at zoom 1 and grows the page around it', () => {
    const layout = layOutPage(
      content({ title: 'T', disclaimer: EMERGENCY_DISCLAIMER, link: 'https://x.test/?focus=a' }),
    );
    expect(layout.graph.zoom).toBe(1);
    expect(layout.graph.width).toBe(800);
    expect(layout.height).toBeGreaterThan(600);
    expect(layout.disclaimer?.lines.join(' ')).toBe(EMERGENCY_DISCLAIMER);
    const qr = layout.link?.qr;
    expect(qr && qr.size).toBeGreaterThan(0);
    expect(overlaps({ ...(qr ?? { x: 0, y: 0 }), width: qr?.size ?? 0, height: qr?.size ?? 0 }, layout.graph)).toBe(
      false,
    );
  });

  it('A4 portrait puts the legend under the graph', () => {
    const a4 = PRESETS.find((preset) => preset.id === 'handout')?.options.page;
    if (!a4) throw new Error('no handout preset');
    const layout = layOutPage(content({ page: a4, legend }));
    const top = Math.min(...(layout.legend?.rows.map((row) => row.y) ?? []));
    expect(top).toBeGreaterThanOrEqual(layout.graph.y + layout.graph.height);
  });
});

describe('composed SVG', () => {
  const graphSvg =
    '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text>Node</text></svg>';

  it('nests the graph drawing with its own view box', () => {
    const nested = nestGraphSvg(graphSvg, { x: 10, y: 20, width: 400, height: 300 }, { width: 800, height: 600 });
    expect(nested).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="graph" x="10" y="20" width="400"/);
    expect(nested).toContain('viewBox="0 0 800 600"');
  });

  it('is well-formed, keeps every word as text, and escapes markup', () => {
    const layout = layOutPage(
      content({
        title: 'Fish & <chips>',
        legend,
        footnotes: ['1. Smith J. "Quoted" title.'],
        disclaimer: EMERGENCY_DISCLAIMER,
        link: 'https://x.test/?focus=a&b=c',
      }),
    );
    const svg = composeSvg({
      layout,
      graph: { kind: 'svg', data: graphSvg, width: 800, height: 600 },
      background: 'white',
      qr: qrPath('https://x.test/?focus=a&b=c'),
      title: 'Fish & <chips>',
    });
    const errors: string[] = [];
    const document = new DOMParser({
      onError: (level: string, message: unknown) => void errors.push(String(message)),
    }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    const text = (id: string) =>
      Array.from(document.getElementById(id)?.getElementsByTagName('text') ?? [])
        .map((line) => line.textContent)
        .join(' ');
    expect(text('title')).toBe('Fish & <chips>');
    expect(text('legend')).toContain(kindStyle(vocab, 'drug').label);
    expect(text('footnotes')).toContain('"Quoted"');
    expect(text('disclaimer')).toBe(EMERGENCY_DISCLAIMER);
    expect(document.getElementById('qr-code')).not.toBeNull();
    expect(document.getElementById('graph')?.getElementsByTagName('text')[0]?.textContent).toBe('Node');
  });
});

describe('QR code', () => {
  it('has a quiet zone and dark modules', () => {
    const qr = qrPath('https://example.org/?focus=drug%3Aketamine');
    expect(qr.modules).toBeGreaterThanOrEqual(21 + 8);
    expect(qr.d).toMatch(/^M\d+ \d+h1v1h-1z/);
  });
});

describe('dark backgrounds', () => {
  it('turn grey lines light and lift colours towards white', () => {
    expect(lightenForDark('#444444')).toBe('#dadada');
    expect(lightenForDark('#000000')).toBe('#ffffff');
    const red = lightenForDark('#C0392B');
    expect(Number.parseInt(red.slice(1, 3), 16)).toBeGreaterThan(0xc0);
  });
});

describe('very large drawings', () => {
  it('are placed as one image when drawn as pixels', () => {
    const layout = layOutPage(content({}));
    const svg = composeSvg({
      layout,
      graph: { kind: 'png', data: 'data:image/png;base64,AAAA', width: 800, height: 600 },
      background: 'transparent',
      title: 'Big',
    });
    expect(svg).toMatch(
      /<image id="graph" x="[\d.]+" y="[\d.]+" width="800" height="600" [^>]*href="data:image\/png;base64,AAAA"\/>/,
    );
    expect(svg).not.toContain('id="background"');
  });
});
