// The app as a whole: the datasets, the page of the open one, importing, the drawing setting, and the page address,
// which follows the reader (choosing a dataset is a history entry) and leads on back and forward.
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import { fileTexts } from '../data/formats/file-texts';
import { LIVE_ID, liveTargetInQuery, openedInQuery, type LiveTarget } from '../data/sparql/live-target';
import type { GraphBundle } from '../data/validate-dataset';
import { datasetInQuery, datasetQuery, namesMoreThanDataset } from './address-parameters';
import { DatasetPage } from './dataset-page.svelte';
import { ImportedStore } from './imported-store';
import { ImportSession } from './import-session.svelte';
import { LiveConnector } from './live-connector.svelte';
import type { LiveSession } from './live-session.svelte';
import { PageAddress } from './page-address.svelte';
import { browserStore, memoryStore, Persistence, type KeyValueStore } from './persistence';
import { RendererSetting } from './renderer-setting.svelte';
import { TourStore } from './tour-store';
import { Workspace } from './workspace.svelte';

/** What the app needs from the browser; tests hand in stand-ins. */
export interface AppEnvironment {
  address?: PageAddress;
  /** The saved-work store, or null when the browser keeps nothing. */
  store?: KeyValueStore | null;
  readFiles?: (files: readonly File[]) => Promise<{ name: string; text: string }[]>;
}

export class AtlasApp {
  readonly workspace: Workspace;
  readonly address: PageAddress;
  readonly persistence: Persistence;
  readonly renderer: RendererSetting;
  readonly importing: ImportSession;
  readonly tourStore: TourStore;
  /** Graph servers: the connect dialog and the live dataset's session. */
  readonly live: LiveConnector;
  /** The open dataset's page. */
  page = $state.raw<DatasetPage>() as DatasetPage;
  /** Stops the open page (its address writing and saving); set while the app runs. */
  #stopPage: (() => void) | null = null;
  #running = false;

  constructor(bundle: GraphBundle, environment: AppEnvironment = {}) {
    const notify = (message: string, tone: 'info' | 'warning') => this.page.atlas.notices.show(message, tone);
    this.workspace = new Workspace(bundle);
    this.address = environment.address ?? new PageAddress();
    // An embedded view keeps nothing between visits (a course page's iframe may have no storage, and should not
    // offer a student someone else's last view): it works on a store that lasts as long as the page.
    const store =
      environment.store === undefined ? (this.address.embedded ? memoryStore() : browserStore()) : environment.store;
    this.persistence = new Persistence(store, notify);
    this.renderer = new RendererSetting(this.persistence);
    this.tourStore = new TourStore(store);
    this.importing = new ImportSession({
      workspace: this.workspace,
      kept: new ImportedStore(store, notify),
      notify,
      open: (dataset) => this.#open(dataset),
      readFiles: environment.readFiles ?? fileTexts,
    });
    this.live = new LiveConnector({ vocab: bundle.vocab, store });
    this.#show(this.workspace.curated);
  }

  /**
   * Starts the app: the open page, then the imports kept from earlier visits and the dataset the address asks for if
   * it is another, the drawing setting, and back and forward. Returns the way to stop.
   */
  start(): () => void {
    this.#running = true;
    this.#stopPage = this.page.start();
    void this.importing.listKept().then(() => {
      if (!this.page.ownsAddress) void this.#follow(this.address.query);
    });
    void this.renderer.restore();
    const stopListening = this.address.onTraverse((query) => void this.#follow(query));
    return () => {
      this.#running = false;
      stopListening();
      this.#stopPage?.();
      this.#stopPage = null;
    };
  }

  /** The reader picked a dataset: it opens (with progress) and becomes a new history entry. */
  async choose(id: string): Promise<void> {
    if (id === this.page.data.id) return;
    const result = await this.workspace.load(id);
    if ('dataset' in result) this.#open(result.dataset);
    else if ('problem' in result) this.page.atlas.notices.show(result.problem, 'warning');
  }

  /** Connects to a graph server and opens its (empty, growing) live dataset as a new history entry. */
  async connect(target: LiveTarget, mappingText?: string): Promise<void> {
    const session = await this.live.connect(target, mappingText);
    if (!session) return;
    this.workspace.listLive(session.dataset);
    this.#open(session.dataset);
  }

  /** Forgets an imported dataset; when it is open, the curated graph opens in its place. */
  forget(id: string): void {
    this.importing.forget(id);
    if (id === this.page.data.id) this.#open(this.workspace.curated);
  }

  /** Opens `dataset` as a new history entry with its own first view. */
  #open(dataset: AtlasDataset): void {
    this.address.push(datasetQuery(dataset.id, dataset.where));
    this.#show(dataset);
  }

  #show(dataset: AtlasDataset): void {
    this.#stopPage?.();
    this.#stopPage = null;
    this.page = new DatasetPage(dataset, {
      bundle: this.workspace.bundle,
      address: this.address,
      persistence: this.persistence,
      renderer: this.renderer,
      tourStore: this.tourStore,
      keepFirstLayout: (id, positions) => this.workspace.keepFirstLayout(id, positions),
    });
    const session = this.live.session;
    const detach = dataset.id === LIVE_ID && session?.dataset === dataset ? session.attach(this.page.atlas) : undefined;
    if (this.#running) {
      const stop = this.page.start();
      this.#stopPage = detach ? () => (stop(), detach()) : stop;
    } else if (detach) this.#stopPage = detach;
  }

  /** The address changed (at start, or by back and forward): show what it asks for. */
  async #follow(query: string): Promise<void> {
    const wanted = datasetInQuery(query);
    if (wanted === LIVE_ID) {
      await this.#followLive(query);
      return;
    }
    if (wanted === this.page.data.id) {
      this.workspace.cancel();
      this.page.followAddress(query);
      return;
    }
    if (!this.workspace.has(wanted)) {
      this.#refuse(`The link asked for a dataset "${wanted}" that this app does not have.`);
      return;
    }
    // A link into the dataset's graph waits for all of it; the dataset alone opens on its summary as soon as it can.
    const result = await this.workspace.load(wanted, { whole: namesMoreThanDataset(query) });
    // Back or forward may have moved on while it loaded: show it only if the address still asks for it.
    if (datasetInQuery(this.address.query) !== wanted) return;
    if ('dataset' in result) this.#show(result.dataset);
    else if ('problem' in result) this.#refuse(result.problem);
    else this.address.replace(this.page.addressQuery);
  }

  /**
   * The address asks for a graph server: the open one follows it; another is connected to, its page shown, and the
   * neighbourhoods the address says were opened (and the focused node's) fetched again in order, with progress, before
   * the view it names is shown.
   */
  async #followLive(query: string): Promise<void> {
    const wanted = liveTargetInQuery(query);
    if ('problem' in wanted) {
      this.#refuse(wanted.problem);
      this.live.openDialog();
      return;
    }
    const open = this.live.session;
    if (open && sameTarget(open.target, wanted.target) && this.page.data.dataset === open.dataset) {
      this.page.followAddress(query);
      return;
    }
    const session = open && sameTarget(open.target, wanted.target) ? open : await this.live.connect(wanted.target);
    if (datasetInQuery(this.address.query) !== LIVE_ID) return;
    if (!session) {
      this.#refuse(this.live.problem ?? 'The graph server could not be reached.');
      return;
    }
    this.workspace.listLive(session.dataset);
    this.address.replace(datasetQuery(LIVE_ID, session.dataset.where));
    this.#show(session.dataset);
    await this.#reopen(session, query);
  }

  /** Fetches the neighbourhoods an address opened again, then shows its view (a few missing nodes are noted). */
  async #reopen(session: LiveSession, query: string): Promise<void> {
    const { opened, missing } = await session.reopen(openedInQuery(query));
    // The reader may have moved on while it loaded: show the view only if the page is still as it was.
    const still =
      this.page.data.dataset === session.dataset && this.address.query === datasetQuery(LIVE_ID, session.dataset.where);
    session.keepOpened(opened);
    if (!still) return;
    if (missing.length > 0)
      this.page.atlas.notices.show(
        `The graph server no longer has ${missing.length === 1 ? 'a node' : `${missing.length} nodes`} this link had opened (${missing.join(', ')}); the rest are open again.`,
        'info',
      );
    this.page.followAddress(query);
  }

  /** The address asks for a dataset that cannot be shown: say why, and let the address show what is open. */
  #refuse(problem: string): void {
    this.page.atlas.notices.show(problem, 'warning');
    this.address.replace(this.page.addressQuery);
  }
}

function sameTarget(a: LiveTarget, b: LiveTarget): boolean {
  return a.endpoint === b.endpoint && a.mapping === b.mapping && a.graph === b.graph && a.pageSize === b.pageSize;
}
