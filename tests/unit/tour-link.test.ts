// The share-link codec: a tour file's text packed into #tour-data=… and back, and links that were cut or forged.
import { describe, expect, it } from 'vitest';
import { curatedDataset } from '../../src/lib/data/datasets/atlas-dataset';
import { decodeTourLink, encodeTourLink, MAX_TOUR_LINK_CHARS } from '../../src/lib/data/tour-link';
import { serialiseTour } from '../../src/lib/data/tour-yaml';
import { bundleTourContext } from '../../src/lib/data/validate-tour';
import { AtlasState } from '../../src/lib/state/atlas.svelte';
import { OpenDataset } from '../../src/lib/state/open-dataset';
import { OwnTours } from '../../src/lib/state/own-tours.svelte';
import { TeachingState } from '../../src/lib/state/teaching.svelte';
import { TourStore } from '../../src/lib/state/tour-store';
import { loadCuratedBundle } from '../component/load-curated-bundle';
import { memoryStore } from '../fixtures/memory-store';

const { bundle } = loadCuratedBundle();
const shipped = bundle.tours?.[0];
if (!shipped) throw new Error('the atlas ships tours');
const mine = { ...shipped, id: 'my-lesson', title: 'My lesson' };

describe('the tour link codec', () => {
  it('round-trips any text, Unicode included, in URL-safe characters', async () => {
    const text = `${serialiseTour(mine)}# Glutamat – ケタミン – 🧠\n`;
    const fragment = await encodeTourLink(text);
    expect(fragment).toMatch(/^tour-data=[A-Za-z0-9_-]+$/);
    expect(await decodeTourLink(`#${fragment}`)).toEqual({ ok: true, text });
  });

  it('compresses a whole shipped tour into a link short enough to share', async () => {
    const fragment = await encodeTourLink(serialiseTour(mine));
    expect(fragment.length).toBeLessThan(MAX_TOUR_LINK_CHARS);
    expect(fragment.length).toBeLessThan(serialiseTour(mine).length);
  });

  it('ignores fragments without a tour, and reports cut, changed or oversized links without throwing', async () => {
    expect(await decodeTourLink('#focus')).toBeNull();
    const fragment = await encodeTourLink(serialiseTour(mine));
    const cut = await decodeTourLink(`#${fragment.slice(0, fragment.length / 2)}`);
    expect(cut).toEqual({ ok: false, message: expect.stringMatching(/cut short or changed/) });
    expect(await decodeTourLink('#tour-data=<script>')).toEqual({ ok: false, message: expect.any(String) });
    expect(await decodeTourLink('#tour-data=')).toEqual({ ok: false, message: expect.any(String) });
    const bomb = await encodeTourLink('a'.repeat(1_000_000));
    expect(await decodeTourLink(`#${bomb}`)).toEqual({ ok: false, message: expect.stringMatching(/far larger/) });
  });
});

describe('sharing a tour as a link', { timeout: 30_000 }, () => {
  function setUp(fragment = '') {
    const atlas = new AtlasState(new OpenDataset(curatedDataset(bundle), bundle));
    const teaching = new TeachingState(atlas);
    let hash = fragment;
    const copied: string[] = [];
    const own = new OwnTours({
      teaching,
      notices: atlas.notices,
      store: new TourStore(memoryStore()),
      address: {
        link: (query) => `https://atlas.test/${query}`,
        takeFragment: () => {
          const taken = hash;
          hash = '';
          return taken;
        },
      },
      context: bundleTourContext(bundle),
      shippedIds: (bundle.tours ?? []).map((tour) => tour.id),
      clipboard: { writeText: (text) => Promise.resolve(void copied.push(text)) },
    });
    return { atlas, teaching, own, copied };
  }

  it('makes a link that opens the tour for the recipient, who can keep it', async () => {
    const sender = setUp();
    await sender.own.keep(mine);
    await sender.own.shareLink('my-lesson');
    const link = sender.own.share?.link ?? '';
    expect(link).toMatch(/^https:\/\/atlas\.test\/#tour-data=/);
    expect(sender.copied).toEqual([link]);

    const recipient = setUp(link.slice(link.indexOf('#')));
    await recipient.own.openSharedLink();
    expect(recipient.teaching.tour?.title).toBe('My lesson');
    expect(recipient.own.shared?.tour.id).toBe('my-lesson');
    expect(recipient.teaching.loaded).toEqual([]);
    await recipient.own.keepShared();
    expect(recipient.teaching.loaded.map((tour) => tour.id)).toEqual(['my-lesson']);
  });

  it('refuses politely when the tour is too long for a link, and offers the file', async () => {
    const sender = setUp();
    const long = {
      ...mine,
      steps: Array.from({ length: 40 }, (_, index) => ({
        ...shipped.steps[index % shipped.steps.length]!,
        narration: Array.from({ length: 90 }, (_, word) => ((word * 7919 + index * 104729) % 99991).toString(36)).join(
          ' ',
        ),
      })),
    };
    await sender.own.keep(long);
    await sender.own.shareLink('my-lesson');
    expect(sender.own.share).toEqual({
      tourId: 'my-lesson',
      link: null,
      message: expect.stringMatching(/too long for a link .* Download the file/),
    });
    expect(sender.copied).toEqual([]);
  });

  it('a malformed link never breaks the page: its problems are located and plain', async () => {
    const broken = setUp('#tour-data=not-really-a-tour');
    await broken.own.openSharedLink();
    expect(broken.teaching.loadProblems).toEqual({
      file: 'The shared link',
      messages: [expect.stringMatching(/cut short or changed/)],
    });
    expect(broken.teaching.listOpen).toBe(true);

    const wrong = await encodeTourLink(serialiseTour(mine).replace('title: My lesson', 'title: ""'));
    const located = setUp(`#${wrong}`);
    await located.own.openSharedLink();
    expect(located.teaching.loadProblems?.messages).toEqual([
      expect.stringMatching(/^Line \d+, title: must not be empty/),
    ]);
    expect(located.teaching.tour).toBeNull();
  });
});
