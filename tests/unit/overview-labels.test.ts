// The overview's labels: of the labels sigma asks for in a frame, none drawn over another, the selected and the best
// connected first.
import { describe, expect, it } from 'vitest';
import { OverviewLabels } from '../../src/lib/render/overview/overview-labels';

/** A canvas context that measures every character as 8 px wide and records the text drawn. */
function recordingContext() {
  const filled: { text: string; x: number; y: number }[] = [];
  const context = {
    font: '',
    textBaseline: '',
    textAlign: '',
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 8 }),
    strokeText: () => undefined,
    fillText: (text: string, x: number, y: number) => filled.push({ text, x, y }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, filled };
}

function node(key: string, x: number, y: number, size: number, forceLabel = false) {
  return {
    key,
    label: key,
    x,
    y,
    size,
    forceLabel,
    color: '#888',
    hidden: false,
    highlighted: false,
    type: 'circle',
    zIndex: 0,
  };
}

describe('OverviewLabels', () => {
  it('keeps the largest label beside its node, moves the next to the other side and leaves out those with no room', () => {
    const { context, filled } = recordingContext();
    const labels = new OverviewLabels(false);
    labels.begin();
    for (const [key, size] of [
      ['one', 9],
      ['two', 8],
      ['three', 7],
      ['four', 6],
      ['five', 5],
    ] as const)
      labels.ask(context, node(key, 300, 300, size));
    labels.ask(context, node('apart', 600, 500, 4));
    expect(labels.draw(800, 600).sort()).toEqual(['apart', 'one', 'two']);
    expect(filled.find((label) => label.text === 'one')?.x).toBeGreaterThan(300);
    expect(filled.find((label) => label.text === 'two')?.x).toBeLessThan(300);
  });

  it('moves a label to another side of its node when its own side is taken', () => {
    const { context, filled } = recordingContext();
    const labels = new OverviewLabels(false);
    labels.begin();
    labels.ask(context, node('big', 200, 100, 10));
    labels.ask(context, node('small', 190, 118, 3));
    expect(labels.draw(800, 600).sort()).toEqual(['big', 'small']);
    const small = filled.find((label) => label.text === 'small');
    expect(small && small.x < 190).toBe(true);
  });

  it('places the selected node first, however small', () => {
    const { context } = recordingContext();
    const labels = new OverviewLabels(false);
    labels.begin();
    labels.ask(context, node('hub', 100, 100, 14));
    labels.ask(context, node('chosen', 100, 104, 2, true));
    expect(labels.draw(800, 600)).toContain('chosen');
  });

  it('begins each frame empty', () => {
    const { context, filled } = recordingContext();
    const labels = new OverviewLabels(false);
    labels.begin();
    labels.ask(context, node('old', 100, 100, 5));
    labels.begin();
    expect(labels.draw(800, 600)).toEqual([]);
    expect(filled).toEqual([]);
  });
});
