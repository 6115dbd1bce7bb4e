// The page address: the only code that reads or changes `location` and `history`. Others ask it for the query,
// write a new one (a history entry, or in place), and hear when back or forward changes it.
import { withEmbed, withoutEmbed } from './address-parameters';

/** The parts of `window` the address uses; tests hand in a stand-in. */
export interface BrowserWindow {
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash' | 'reload' | 'assign' | 'replace'>;
  history: Pick<History, 'state' | 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export class PageAddress {
  /** The query now in the address bar: "?focus=…", or '' for none. */
  query = $state('');
  /**
   * Whether the page is embedded (`embed=1`, for an iframe in a course page). It is kept out of `query`, so the rest of
   * the app never sees it, and put back into every address the page writes.
   */
  readonly embedded: boolean;
  readonly #window: BrowserWindow;

  constructor(browser: BrowserWindow = window) {
    this.#window = browser;
    const { query, embedded } = withoutEmbed(browser.location.search);
    this.query = query;
    this.embedded = embedded;
  }

  /** The whole address of this view in the full app, for copying and sharing (never the embedded page). */
  get href(): string {
    return `${this.link(this.query)}${this.#window.location.hash}`;
  }

  /** The address of this view as an embedded page, for an iframe. */
  get embedHref(): string {
    return this.link(withEmbed(this.query));
  }

  /** An address of this page with another query, for links such as a quiz's. */
  link(query: string): string {
    return `${this.#window.location.origin}${this.#window.location.pathname}${query}`;
  }

  /** Writes a change the reader made: a new history entry, so Back returns to the view before it. */
  push(query: string): void {
    if (query === this.query) return;
    this.#window.history.pushState(null, '', this.#relative(query));
    this.query = query;
  }

  /** Writes a correction of the current entry (a view read from the address, tidied), without a new entry. */
  replace(query: string): void {
    if (query === this.query) return;
    this.#window.history.replaceState(this.#window.history.state, '', this.#relative(query));
    this.query = query;
  }

  /** Calls `listener` with the new query whenever back or forward changes the address; returns the way to stop. */
  onTraverse(listener: (query: string) => void): () => void {
    const onPopState = () => {
      this.query = withoutEmbed(this.#window.location.search).query;
      listener(this.query);
    };
    this.#window.addEventListener('popstate', onPopState);
    return () => this.#window.removeEventListener('popstate', onPopState);
  }

  /**
   * Takes a fragment that carries `key` ("#tour-data=…") out of the address, leaving the page where it is, and returns
   * it; '' when the fragment does not carry it.
   */
  takeFragment(key: string): string {
    const hash = this.#window.location.hash;
    const keys = hash
      .replace(/^#/, '')
      .split('&')
      .map((part) => part.split('=')[0]);
    if (!keys.includes(key)) return '';
    this.#window.history.replaceState(
      this.#window.history.state,
      '',
      `${this.#window.location.pathname}${this.#window.location.search}`,
    );
    return hash;
  }

  /** Loads the page again at `query` in place of this entry (the whole app starts afresh there). */
  reopen(query: string): void {
    this.#window.location.replace(`${this.#window.location.pathname}${this.#kept(query)}`);
  }

  /** Loads the page again at the same address. */
  reload(): void {
    this.#window.location.reload();
  }

  /** Loads the bare page: the curated graph, nothing selected. */
  startFresh(): void {
    this.#window.location.assign(`${this.#window.location.pathname}${this.#kept('')}`);
  }

  /** `query` as the address bar shows it: embedded pages stay embedded. */
  #kept(query: string): string {
    return this.embedded ? withEmbed(query) : query;
  }

  #relative(query: string): string {
    return `${this.#window.location.pathname}${this.#kept(query)}${this.#window.location.hash}`;
  }
}
