// A teacher's own tours: kept in this browser beside the shipped ones, loaded from and downloaded as files, shared
// as a link that carries the tour (#tour-data=…); every tour text passes the one tour validator first.
import type { Tour } from '../data/tour-schema';
import { decodeTourLink, encodeTourLink, MAX_TOUR_LINK_CHARS, TOUR_LINK_KEY } from '../data/tour-link';
import { serialiseTour } from '../data/tour-yaml';
import { validateTour, type TourContext } from '../data/validate-tour';
import { parseYamlDocument } from '../data/yaml-document';
import { copyText } from '../util/copy-text';
import { slugify } from '../util/slug';
import type { NoticeState } from './notices.svelte';
import type { PageAddress } from './page-address.svelte';
import { describeTourProblem, type TeachingState } from './teaching.svelte';
import type { KeptTourText, StoreOutcome, TourStore } from './tour-store';

/** A teacher's tour kept in this browser, with the text of its file. */
export interface KeptTour {
  tour: Tour;
  text: string;
  savedAt: number;
}

/** A file to hand to the browser as a download. */
export interface TourFile {
  name: string;
  text: string;
}

/** What happened to a share link: the link (when it fits) and a sentence for the reader. */
export interface ShareResult {
  tourId: string;
  link: string | null;
  message: string;
}

export type TourCheck = { ok: true; tour: Tour } | { ok: false; problems: string[] };

export interface OwnToursDependencies {
  teaching: TeachingState;
  notices: NoticeState;
  store: TourStore;
  address: Pick<PageAddress, 'link' | 'takeFragment'>;
  /** What tours may name: the curated graph and its sources. */
  context: TourContext;
  /** The ids of the tours that come with the atlas. */
  shippedIds: readonly string[];
  now?: () => number;
  clipboard?: Pick<Clipboard, 'writeText'>;
}

export const STORAGE_MESSAGES: Record<Exclude<StoreOutcome, 'ok'>, string> = {
  unavailable:
    'This browser is not keeping data for this page (a private window, or a setting), so your tours are not kept here. Download each tour as a file to keep it.',
  unreadable: 'Your tours could not be read back from this browser. Tours you save now replace them.',
  full: "This browser's storage is full, so your tour is not kept here. Download the file to keep it.",
  failed: 'Your tour could not be kept in this browser. Download the file to keep it.',
};

export class OwnTours {
  kept = $state.raw<KeptTour[]>([]);
  /** A kept tour just deleted, until it is restored or another is deleted. */
  deleted = $state.raw<KeptTour | null>(null);
  /** A tour opened from a shared link, offered for keeping. */
  shared = $state.raw<KeptTour | null>(null);
  share = $state.raw<ShareResult | null>(null);
  /** Why tours are not kept in this browser, when they are not. */
  storageProblem = $state<string | null>(null);
  readonly #deps: OwnToursDependencies;
  /** Kept texts the validator no longer accepts: left in storage untouched. */
  #unusable: KeptTourText[] = [];

  constructor(dependencies: OwnToursDependencies) {
    this.#deps = dependencies;
  }

  now(): number {
    return (this.#deps.now ?? Date.now)();
  }

  /** The check every tour text gets, from a file, a link or the editor: parsed and validated, problems in plain words. */
  check(name: string, text: string): TourCheck {
    const result = validateTour(parseYamlDocument(name, text), this.#deps.context);
    if (!result.ok) return { ok: false, problems: result.problems.map(describeTourProblem) };
    if (this.#deps.shippedIds.includes(result.tour.id)) {
      return {
        ok: false,
        problems: [
          `id: a tour that comes with the atlas already has the id "${result.tour.id}": give yours another id`,
        ],
      };
    }
    return result;
  }

  /** An id for a new tour from its title, unlike any shipped or kept tour's. */
  newId(title: string): string {
    const base = slugify(title) || 'my-tour';
    const taken = [...this.#deps.shippedIds, ...this.kept.map((entry) => entry.tour.id)];
    let id = base;
    for (let number = 2; taken.includes(id); number++) id = `${base}-${number}`;
    return id;
  }

  /** Reads the tours kept in this browser; a kept tour the validator no longer accepts is named with its problem. */
  async restore(): Promise<void> {
    const { tours, outcome } = await this.#deps.store.list();
    if (outcome === 'unreadable') this.#deps.notices.show(STORAGE_MESSAGES.unreadable, 'warning');
    if (outcome === 'unavailable') this.storageProblem = STORAGE_MESSAGES.unavailable;
    const restored: KeptTour[] = [];
    for (const entry of tours) {
      const result = this.check('your saved tour', entry.text);
      if (result.ok) restored.push({ tour: result.tour, text: entry.text, savedAt: entry.savedAt });
      else {
        this.#unusable.push(entry);
        this.#deps.notices.show(`One of your saved tours no longer fits the graph: ${result.problems[0]}`, 'warning');
      }
    }
    const later = this.kept.filter((entry) => !restored.some((mine) => mine.tour.id === entry.tour.id));
    this.#setKept([...restored, ...later]);
  }

  /** Keeps a tour (replacing the one with its id); says how storage went. */
  async keep(tour: Tour, text = serialiseTour(tour)): Promise<StoreOutcome> {
    const entry = { tour, text, savedAt: this.now() };
    const at = this.kept.findIndex((other) => other.tour.id === tour.id);
    this.#setKept(at >= 0 ? this.kept.map((other, index) => (index === at ? entry : other)) : [...this.kept, entry]);
    return this.#write();
  }

  /** Loads a tour file: checked by the validator, kept with the teacher's tours and started; or its problems listed. */
  async loadFile(name: string, text: string): Promise<void> {
    const tour = this.#deps.teaching.readTourFile(name, text);
    if (!tour) return;
    const kept = this.keep(tour);
    this.#deps.teaching.start(tour.id);
    await kept;
  }

  /** The tour file of a kept tour, for download. */
  fileOf(id: string): TourFile | null {
    const kept = this.#find(id);
    return kept ? { name: `${kept.tour.id}.yaml`, text: kept.text } : null;
  }

  /** Deletes a kept tour; `undoDelete` brings it back. */
  async deleteTour(id: string): Promise<void> {
    const gone = this.#find(id);
    if (!gone) return;
    this.deleted = gone;
    if (this.share?.tourId === id) this.share = null;
    this.#setKept(this.kept.filter((entry) => entry !== gone));
    await this.#write();
  }

  async undoDelete(): Promise<void> {
    const gone = this.deleted;
    if (!gone) return;
    this.deleted = null;
    await this.keep(gone.tour, gone.text);
  }

  /** Makes a link that carries the tour and copies it; refuses politely when it would be too long for a link. */
  async shareLink(id: string): Promise<void> {
    const kept = this.#find(id);
    if (!kept) return;
    const link = `${this.#deps.address.link('')}#${await encodeTourLink(kept.text)}`;
    if (link.length > MAX_TOUR_LINK_CHARS) {
      this.share = {
        tourId: id,
        link: null,
        message: `This tour is too long for a link (${Math.ceil(link.length / 1000)} kB; links over 8 kB can get cut). Download the file and send that instead.`,
      };
      return;
    }
    const copied = await copyText(link, this.#deps.clipboard);
    this.share = {
      tourId: id,
      link,
      message: copied
        ? 'Link copied. Whoever opens it sees the tour and can keep it.'
        : 'Copy this link: whoever opens it sees the tour and can keep it.',
    };
  }

  closeShare(): void {
    this.share = null;
  }

  /** Opens a tour carried by the address (#tour-data=…): plays it and offers to keep it, or says what is wrong. */
  async openSharedLink(): Promise<void> {
    const fragment = this.#deps.address.takeFragment(TOUR_LINK_KEY);
    if (!fragment) return;
    const decoded = await decodeTourLink(fragment);
    if (!decoded) return;
    if (!decoded.ok) {
      this.#deps.teaching.showProblems('The shared link', [decoded.message]);
      return;
    }
    const tour = this.#deps.teaching.readTourFile('The shared tour', decoded.text);
    if (!tour) return;
    this.shared = { tour, text: decoded.text, savedAt: this.now() };
    this.#deps.teaching.play(tour);
  }

  /** Keeps the tour opened from a link with the teacher's own tours. */
  async keepShared(): Promise<void> {
    const shared = this.shared;
    if (!shared) return;
    this.shared = null;
    const outcome = await this.keep(shared.tour, shared.text);
    if (outcome === 'ok') this.#deps.notices.show(`“${shared.tour.title}” is kept under Your tours in this browser.`);
  }

  dismissShared(): void {
    this.shared = null;
  }

  #find(id: string): KeptTour | undefined {
    return this.kept.find((entry) => entry.tour.id === id);
  }

  #setKept(kept: KeptTour[]): void {
    this.kept = kept;
    this.#deps.teaching.useOwnTours(kept.map((entry) => entry.tour));
  }

  async #write(): Promise<StoreOutcome> {
    const rows = [...this.#unusable, ...this.kept.map(({ text, savedAt }) => ({ text, savedAt }))];
    const outcome = await this.#deps.store.write(rows);
    this.storageProblem = outcome === 'ok' ? null : STORAGE_MESSAGES[outcome];
    return outcome;
  }
}
