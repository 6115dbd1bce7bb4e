// The stylesheet applied to a headless Cytoscape in Node: kind, evidence and sign drive the look, emphasis changes it,
// and large graphs draw plainer edges and fewer labels.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { STYLE_FIELDS } from '../../src/lib/render/elements';
import { CLASS } from '../../src/lib/render/names';
import { buildStylesheet, type StyleVocabulary } from '../../src/lib/render/stylesheet';

const vocabulary: StyleVocabulary = {
  kinds: {
    drug: { colour: '#E69F00', shape: 'round-rectangle' },
    receptor: { colour: '#56B4E9', shape: 'diamond' },
  },
  relations: { inhibits: { sign: '-', label: 'inhibits' }, binds: { sign: 'none', label: 'binds' } },
  evidence: {
    established: { line: 'solid', colour: '#333333' },
    preclinical: { line: 'dashed', colour: '#666666' },
    hypothesis: { line: 'dotted', colour: '#999999' },
  },
  signs: { '-': { arrow: 'tee' }, none: { arrow: 'vee' } },
};

const elements: ElementDefinition[] = [
  { data: { id: 'drug', kind: 'drug', label: 'Drug', degree: 45 }, position: { x: 0, y: 0 } },
  { data: { id: 'receptor', kind: 'receptor', label: 'Receptor', degree: 2 }, position: { x: 100, y: 0 } },
  {
    data: {
      id: 'inhibits',
      source: 'drug',
      target: 'receptor',
      evidence: 'preclinical',
      sign: '-',
      relationLabel: 'inhibits',
    },
  },
  {
    data: { id: 'binds', source: 'drug', target: 'receptor', evidence: 'hypothesis', sign: 'none', parallel: true },
  },
];

let cy: Core;
function draw(large = false): Core {
  cy = cytoscape({ headless: true, styleEnabled: true, elements, style: buildStylesheet(vocabulary, { large }) });
  return cy;
}

afterEach(() => cy.destroy());

describe('buildStylesheet', () => {
  it('gives each kind its colour and shape', () => {
    draw();
    expect(cy.$id('drug').style('shape')).toBe('round-rectangle');
    expect(cy.$id('receptor').style('shape')).toBe('diamond');
    expect(cy.$id('receptor').style('background-color')).toBe('rgb(86,180,233)');
  });

  it('draws the evidence as line style and colour, and the sign as the arrow head', () => {
    draw();
    const inhibits = cy.$id('inhibits');
    expect(inhibits.style('line-style')).toBe('dashed');
    expect(inhibits.style('line-color')).toBe('rgb(102,102,102)');
    expect(inhibits.style('target-arrow-shape')).toBe('tee');
    expect(cy.$id('binds').style('line-style')).toBe('dotted');
    expect(cy.$id('binds').style('target-arrow-shape')).toBe('vee');
  });

  it('keeps edges straight unless two share a pair of nodes', () => {
    draw();
    expect(cy.$id('inhibits').style('curve-style')).toBe('straight');
    expect(cy.$id('binds').style('curve-style')).toBe('bezier');
  });

  it('draws a label only where the label layer placed one, at the size and on the side it chose', () => {
    draw();
    expect(cy.$id('drug').style('label')).toBe('');
    expect(cy.$id('inhibits').style('label')).toBe('');
    cy.$id('drug').data({ display: 'Drug', labelSize: 14, labelLine: 120, labelGap: 4, labelOutline: 2 });
    cy.$id('drug').addClass(`${CLASS.labelled} ${CLASS.labelRight}`);
    expect(cy.$id('drug').style('label')).toBe('Drug');
    expect(cy.$id('drug').numericStyle('font-size')).toBe(14);
    expect(cy.$id('drug').style('text-halign')).toBe('right');
    cy.$id('inhibits').data({ labelSize: 12, labelGap: 2 }).addClass(CLASS.labelled);
    expect(cy.$id('inhibits').style('label')).toBe('inhibits');
  });

  it('draws a node that could carry a label but has none at this zoom as background', () => {
    draw();
    cy.$id('receptor').addClass(CLASS.quiet);
    expect(Number(cy.$id('receptor').style('opacity'))).toBeCloseTo(0.42);
  });

  it('draws colour, shape, size and width chosen by attribute over the kind, and undirected edges without arrows', () => {
    draw();
    cy.$id('receptor').data({
      [STYLE_FIELDS.colour]: '#009e73',
      [STYLE_FIELDS.shape]: 'hexagon',
      [STYLE_FIELDS.size]: 50,
    });
    cy.$id('binds').data({ [STYLE_FIELDS.width]: 6, undirected: true });
    expect(cy.$id('receptor').style('background-color')).toBe('rgb(0,158,115)');
    expect(cy.$id('receptor').style('shape')).toBe('hexagon');
    expect(cy.$id('receptor').style('width')).toBe('50px');
    expect(cy.$id('binds').style('width')).toBe('6px');
    expect(cy.$id('binds').style('target-arrow-shape')).toBe('none');
    expect(cy.$id('inhibits').style('target-arrow-shape')).toBe('tee');
  });

  it('fades what is outside the emphasis and thickens the selection', () => {
    draw();
    cy.$id('receptor').addClass(CLASS.faded);
    cy.$id('drug').addClass(CLASS.selected);
    expect(Number(cy.$id('receptor').style('opacity'))).toBeCloseTo(0.16);
    expect(cy.$id('drug').numericStyle('border-width')).toBe(4);
  });

  it('marks shared targets with a double border', () => {
    draw();
    cy.$id('receptor').addClass(CLASS.sharedTarget);
    expect(cy.$id('receptor').style('border-style')).toBe('double');
  });

  describe('for large graphs', () => {
    it('draws plain edges without arrow heads, except around what is emphasised', () => {
      draw(true);
      expect(cy.$id('inhibits').style('curve-style')).toBe('haystack');
      cy.$id('inhibits').addClass(CLASS.neighbour);
      expect(cy.$id('inhibits').style('curve-style')).toBe('straight');
      cy.$id('binds').addClass(CLASS.onPath);
      expect(cy.$id('binds').style('curve-style')).toBe('bezier');
    });

    it('still draws the labels the label layer places (it keeps them few on a large graph)', () => {
      draw(true);
      expect(cy.$id('receptor').style('label')).toBe('');
      cy.$id('receptor').data({ display: 'Receptor', labelSize: 13 }).addClass(CLASS.labelled);
      expect(cy.$id('receptor').style('label')).toBe('Receptor');
    });
  });
});
