// Writing a tour in the app: steps recorded from the view, the file written and read back by the same validator,
// reordering and sources, and the draft previewed in the normal player.
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { serialiseTour } from '../../src/lib/data/tour-yaml';
import { bundleTourContext, validateTour } from '../../src/lib/data/validate-tour';
import { parseYamlDocument } from '../../src/lib/data/yaml-document';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { OwnTours } from '../../src/lib/state/own-tours.svelte';
import { TeachingState } from '../../src/lib/state/teaching.svelte';
import { TourDrafts } from '../../src/lib/state/tour-drafts.svelte';
import { TourStore } from '../../src/lib/state/tour-store';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';

const { bundle } = loadCuratedBundle();
const context = bundleTourContext(bundle);

function setUp(store = memoryStore()) {
  const atlas = new AtlasState(new OpenDataset(curatedDataset(bundle), bundle));
  const teaching = new TeachingState(atlas);
  const own = new OwnTours({
    teaching,
    notices: atlas.notices,
    store: new TourStore(store),
    address: { link: () => 'https://atlas.test/', takeFragment: () => '' },
    context,
    shippedIds: (bundle.tours ?? []).map((tour) => tour.id),
    now: () => 1000,
  });
  const drafts = new TourDrafts({ atlas, teaching, own });
  return { atlas, teaching, own, drafts, store };
}

/** The lesson of the end-to-end test: ketamine, a path to synaptogenesis, and the NMDA receptor's neighbourhood. */
function recordThreeSteps({ atlas, drafts }: ReturnType<typeof setUp>) {
  drafts.startNew();
  drafts.rename('Why ketamine is fast');
  atlas.focus('drug:ketamine');
  drafts.addCurrentView();
  atlas.findPath('drug:ketamine', 'mechanism:synaptogenesis');
  drafts.addCurrentView();
  atlas.clearPath();
  atlas.showNeighbourhood('receptor:nmda', 1);
  drafts.addCurrentView();
  drafts.draft?.steps.forEach((_, index) => drafts.editStep(index, { narration: `What step ${index + 1} shows.` }));
}

describe('recording steps from the view', { timeout: 30_000 }, () => {
  it('records a selected node with its relationships, a path, and a neighbourhood', () => {
    const page = setUp();
    recordThreeSteps(page);
    const [node, path, neighbourhood] = page.drafts.draft?.steps ?? [];
    expect(node?.focus).toEqual(['drug:ketamine']);
    expect(node?.highlight).toContain('drug:ketamine|antagonist-of|receptor:nmda');
    expect(node?.title).toBe('Ketamine');
    expect([path?.focus[0], path?.focus.at(-1)]).toEqual(['drug:ketamine', 'mechanism:synaptogenesis']);
    expect(path?.highlight.length).toBe((path?.focus.length ?? 0) - 1);
    expect(path?.title).toMatch(/^The path from Ketamine to /);
    expect(neighbourhood?.focus[0]).toBe('receptor:nmda');
    expect(neighbourhood?.highlight.every((edge) => edge.includes('receptor:nmda'))).toBe(true);
    expect(page.drafts.status).toMatch(/^Step 3 added: the neighbourhood of /);
  });

  it('plays a recorded step back as it was shown: the inverse of playing', () => {
    const page = setUp();
    page.atlas.findPath('drug:ketamine', 'mechanism:synaptogenesis');
    const shown = page.atlas.activePath;
    page.drafts.startNew();
    page.drafts.addCurrentView();
    expect(page.drafts.preview()).toBe(true);
    expect(page.atlas.tourHighlight).toEqual({ nodes: shown?.nodes, edges: shown?.edges });
    expect(page.teaching.tour?.id).toBe('my-tour');
  });

  it('presents the draft as the class will see it', () => {
    const page = setUp();
    recordThreeSteps(page);
    page.drafts.present();
    expect(page.teaching.presenting).toBe(true);
    expect(page.teaching.step?.narration).toBe('What step 1 shows.');
    page.teaching.close();
    expect(page.drafts.draft?.steps).toHaveLength(3);
  });

  it('says what to do when the view highlights nothing', () => {
    const page = setUp();
    page.drafts.startNew();
    page.drafts.addCurrentView();
    expect(page.drafts.draft?.steps).toEqual([]);
    expect(page.drafts.status).toMatch(/select a node, find a path or show a neighbourhood/);
  });
});

describe('the file a draft becomes', { timeout: 30_000 }, () => {
  it('is accepted by the same validator and reads back as the same tour', () => {
    const page = setUp();
    recordThreeSteps(page);
    const source = page.drafts.sourceChoices(0)[0];
    expect(source).toBeDefined();
    page.drafts.toggleSource(0, source ?? '');
    const tour = page.drafts.draftTour();
    const file = page.drafts.draftFile();
    expect(file?.name).toBe('why-ketamine-is-fast.yaml');
    const result = validateTour(parseYamlDocument(file?.name ?? '', file?.text ?? ''), context);
    expect(result).toEqual({ ok: true, tour });
    expect(tour?.steps[0]?.sources).toEqual([source]);
  });

  it('keeps a question written in a file when the tour is written again', () => {
    const shipped = bundle.tours?.find((tour) => tour.steps.some((step) => step.question));
    if (!shipped) throw new Error('a shipped tour with a question');
    const copy = { ...shipped, id: 'my-copy' };
    const result = validateTour(parseYamlDocument('copy.yaml', serialiseTour(copy)), context);
    expect(result).toEqual({ ok: true, tour: copy });
  });

  it('lists what is missing by step and field, without line numbers of a file the teacher never saw', async () => {
    const page = setUp();
    page.drafts.startNew();
    page.atlas.focus('drug:ketamine');
    page.drafts.addCurrentView();
    expect(await page.drafts.save()).toBe(false);
    expect(page.drafts.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^title: must not be empty/)]));
    expect(page.drafts.problems).toContain('step 1 (narration): must not be empty');
  });

  it('moves and removes steps, and cites only sources of the relationships shown', () => {
    const page = setUp();
    recordThreeSteps(page);
    const titles = () => page.drafts.draft?.steps.map((step) => step.title.split(' ')[1] ?? step.title);
    page.drafts.moveStepDown(0);
    page.drafts.moveStepUp(2);
    expect(titles()).toEqual(['path', 'neighbourhood', 'Ketamine']);
    page.drafts.moveStepUp(0);
    page.drafts.removeStep(1);
    expect(titles()).toEqual(['path', 'Ketamine']);
    const edgeSources = new Set(
      page.drafts.draft?.steps[1]?.highlight.flatMap((edge) => page.atlas.graph.getEdgeAttribute(edge, 'sources')),
    );
    expect(page.drafts.sourceChoices(1).every((id) => edgeSources.has(id))).toBe(true);
  });
});

describe("the teacher's own tours", { timeout: 30_000 }, () => {
  it('are kept in the browser and listed beside the shipped tours after a reload', async () => {
    const store = memoryStore();
    const first = setUp(store);
    recordThreeSteps(first);
    expect(await first.drafts.save()).toBe(true);
    expect(first.drafts.status).toMatch(/Saved “Why ketamine is fast”/);

    const later = setUp(store);
    await later.own.restore();
    expect(later.teaching.loaded.map((tour) => tour.id)).toEqual(['why-ketamine-is-fast']);
    expect(later.teaching.tours.at(-1)?.title).toBe('Why ketamine is fast');
    expect(later.teaching.start('why-ketamine-is-fast')).toBe(true);
    expect(later.teaching.step?.narration).toBe('What step 1 shows.');
  });

  it('saving an edited tour replaces it under the same id', async () => {
    const page = setUp();
    recordThreeSteps(page);
    await page.drafts.save();
    page.drafts.closeEditor();
    page.drafts.edit('why-ketamine-is-fast');
    page.drafts.rename('Ketamine in hours');
    page.drafts.removeStep(2);
    await page.drafts.save();
    expect(page.own.kept.map(({ tour }) => [tour.id, tour.title, tour.steps.length])).toEqual([
      ['why-ketamine-is-fast', 'Ketamine in hours', 2],
    ]);
  });

  it('delete can be undone', async () => {
    const store = memoryStore();
    const page = setUp(store);
    recordThreeSteps(page);
    await page.drafts.save();
    await page.own.deleteTour('why-ketamine-is-fast');
    expect(page.teaching.loaded).toEqual([]);
    expect(page.own.deleted?.tour.title).toBe('Why ketamine is fast');
    await page.own.undoDelete();
    expect(page.teaching.loaded.map((tour) => tour.id)).toEqual(['why-ketamine-is-fast']);
    const again = setUp(store);
    await again.own.restore();
    expect(again.own.kept).toHaveLength(1);
  });

  it('a loaded file joins them and is started; a broken one is located and plain', async () => {
    const page = setUp();
    recordThreeSteps(page);
    const file = page.drafts.draftFile();
    await page.own.loadFile(
      'lesson.yaml',
      (file?.text ?? '').replace('focus:\n      - drug:ketamine', 'focus:\n      - drug:ketamin'),
    );
    expect(page.teaching.loadProblems?.messages).toEqual([
      expect.stringMatching(/^Line \d+, step 1 \(focus\): no node with id "drug:ketamin"/),
    ]);
    expect(page.own.kept).toEqual([]);
    await page.own.loadFile('lesson.yaml', file?.text ?? '');
    expect(page.own.kept.map(({ tour }) => tour.id)).toEqual(['why-ketamine-is-fast']);
    expect(page.teaching.tour?.id).toBe('why-ketamine-is-fast');
  });

  it('when the browser keeps nothing, say so plainly; the draft and its file still work', async () => {
    const page = setUp();
    const unavailable = new OwnTours({
      teaching: page.teaching,
      notices: page.atlas.notices,
      store: new TourStore(null),
      address: { link: () => '', takeFragment: () => '' },
      context,
      shippedIds: [],
    });
    await unavailable.restore();
    expect(unavailable.storageProblem).toMatch(/not keeping data for this page/);
    const drafts = new TourDrafts({ atlas: page.atlas, teaching: page.teaching, own: unavailable });
    recordThreeSteps({ ...page, drafts });
    expect(await drafts.save()).toBe(false);
    expect(drafts.status).toMatch(/Download each tour as a file/);
    expect(drafts.draftFile()?.text).toContain('title: Why ketamine is fast');
    expect(page.teaching.loaded).toHaveLength(1);
  });

  it('a stored list that cannot be read is reported, and the next save replaces it', async () => {
    const store = memoryStore();
    store.data.set('teacher-tours', { version: 99, data: 'garbage' });
    const page = setUp(store);
    await page.own.restore();
    expect(page.atlas.notices.items.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/could not be read back/),
    ]);
    recordThreeSteps(page);
    expect(await page.drafts.save()).toBe(true);
    expect(store.data.get('teacher-tours')).toMatchObject({ version: 1, data: [{ savedAt: 1000 }] });
  });

  it('a full disk keeps what was saved before and says so', async () => {
    const store = memoryStore();
    const page = setUp(store);
    recordThreeSteps(page);
    store.full = true;
    expect(await page.drafts.save()).toBe(false);
    expect(page.drafts.status).toMatch(/storage is full/);
  });

  it('a kept tour the graph no longer accepts is named, and the others still load', async () => {
    const store = memoryStore();
    const page = setUp(store);
    recordThreeSteps(page);
    const text = page.drafts.draftFile()?.text ?? '';
    store.data.set('teacher-tours', {
      version: 1,
      data: [
        { text: text.replace('drug:ketamine', 'drug:gone'), savedAt: 1 },
        { text, savedAt: 2 },
      ],
    });
    await page.own.restore();
    expect(page.own.kept).toHaveLength(1);
    expect(page.atlas.notices.items.map((notice) => notice.message)).toEqual([
      expect.stringMatching(/One of your saved tours no longer fits the graph: Line \d+, step 1 \(focus\)/),
    ]);
  });
});
