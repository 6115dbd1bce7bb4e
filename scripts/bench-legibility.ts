// `npm run bench`, legibility: for the views a reader meets most, at desktop, laptop and tablet sizes, how many nodes
// at full strength carry a label drawn at 11 px or more, how many labels overlap, how much of the canvas a focused
// view fills, and how many landmarks the first screen names, all read from Cytoscape's rendered values.
import { serveBuiltApp } from './bench-browser.ts';
import { measureLegibility, type Legibility } from '../tests/e2e/legibility-probe.ts';

const PORT = 4176;
const SIZES = [
  { name: '1440×900', width: 1440, height: 900, touch: false },
  { name: '1024×768', width: 1024, height: 768, touch: false },
  { name: '768×1024', width: 768, height: 1024, touch: true },
];
const VIEWS = [
  { name: 'first screen', path: '/', focused: false, landmarks: true },
  { name: 'ketamine, 2 steps', path: '/?focus=drug:ketamine&depth=2&around=drug:ketamine', focused: true },
  { name: 'NMDA receptor, 1 step', path: '/?focus=receptor:nmda&depth=1&around=receptor:nmda', focused: true },
  { name: 'lanes', path: '/?layout=lanes', focused: false },
  { name: 'path', path: '/?from=drug:fluoxetine&to=mechanism:neurogenesis', focused: true },
  { name: 'tour step', path: '/?tour=ketamine-fast-acting&step=4', focused: true },
  { name: 'a group', path: '/?group=glutamate', focused: false },
  { name: 'whole map', path: '/?layout=force', focused: false },
];

interface Row {
  view: (typeof VIEWS)[number];
  size: (typeof SIZES)[number];
  measured: Legibility;
  openedMs: number;
}

function meetsTargets({ view, measured }: Row): boolean {
  return (
    measured.labelledShare >= 0.8 &&
    measured.overlaps <= 2 &&
    (!view.focused || measured.emphasisSpan >= 0.5) &&
    (!view.landmarks || measured.labelledLandmarks >= 12)
  );
}

export async function runLegibilityBench(options: { root: string; appDir: string }): Promise<string> {
  const served = await serveBuiltApp({ root: options.root, appDir: options.appDir, port: PORT });
  const { browser } = served;
  const rows: Row[] = [];
  try {
    for (const size of SIZES) {
      for (const view of VIEWS) {
        const page = await browser.newPage({
          viewport: { width: size.width, height: size.height },
          hasTouch: size.touch,
          serviceWorkers: 'block',
        });
        // tsx names functions with a helper the page does not have; the probe runs in the page.
        await page.addInitScript('window.__name = (target) => target');
        const started = Date.now();
        await page.goto(`http://127.0.0.1:${PORT}${view.path}`);
        await page.waitForSelector('[data-settled="true"]', { timeout: 60_000 });
        // A late resize may lay the view out once more: measure once it has stayed settled.
        await page.waitForTimeout(400);
        await page.waitForSelector('[data-settled="true"]', { timeout: 60_000 });
        const openedMs = Date.now() - started;
        rows.push({ view, size, measured: await measureLegibility(page), openedMs });
        await page.close();
      }
    }
  } finally {
    await served.close();
  }
  const lines = [
    '| view | size | full-strength nodes | labelled ≥ 11 px | label overlaps | emphasis span | landmarks named | median node | settled after | targets |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const { measured } = row;
      return `| ${row.view.name} | ${row.size.name} | ${measured.fullStrength} of ${measured.drawn} | ${Math.round(measured.labelledShare * 100)} % | ${measured.overlaps} | ${row.view.focused ? `${Math.round(measured.emphasisSpan * 100)} %` : '–'} | ${row.view.landmarks ? measured.labelledLandmarks : '–'} | ${Math.round(measured.medianNodePx)} px | ${(row.openedMs / 1000).toFixed(1)} s | ${meetsTargets(row) ? '✓' : '✗'} |`;
    }),
  ];
  return lines.join('\n');
}
