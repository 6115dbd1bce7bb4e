// Everything the page holds for the open dataset (the view, positions, teaching, side panels, saved work), built when
// the dataset opens and kept in step with the page address while it is the one the address asks for.
import type { AtlasDataset } from '../data/datasets/atlas-dataset';
import { bundleTourContext } from '../data/validate-tour';
import type { GraphBundle } from '../data/validate-dataset';
import { copyText } from '../util/copy-text';
import type { Position } from '../util/position';
import type { RendererInfo } from '../util/renderer-preference';
import { datasetInQuery, datasetQuery, namesMoreThanDataset } from './address-parameters';
import { exposeAtlasHandle } from './atlas-handle';
import { overviewPictureText, type OverviewPictureText } from './overview-picture-text';
import { AppearanceState } from './appearance.svelte';
import { AtlasState } from './atlas.svelte';
import { DatasetColumns } from './columns.svelte';
import { DataTableState } from './data-table.svelte';
import { LayoutState } from './layout.svelte';
import { MeasuresState } from './measures.svelte';
import { OpenDataset } from './open-dataset';
import type { PageAddress } from './page-address.svelte';
import type { Persistence } from './persistence';
import type { RendererSetting } from './renderer-setting.svelte';
import { SavedWork } from './saved-work.svelte';
import { embedCode } from './embed-code';
import { sceneCaption, sceneTitle } from './scene-title';
import type { Shortcut } from './shortcuts';
import { SidePanels } from './side-panels.svelte';
import { TeachingState } from './teaching.svelte';
import { OwnTours } from './own-tours.svelte';
import { TourDrafts } from './tour-drafts.svelte';
import type { TourStore } from './tour-store';

/** What the reader does first: each is caught before the page's own handlers see it. */
const FIRST_INPUTS = ['pointerdown', 'keydown', 'click', 'input', 'change'] as const;

/** What every dataset's page shares with the others. */
export interface PageServices {
  bundle: GraphBundle;
  address: PageAddress;
  persistence: Persistence;
  renderer: RendererSetting;
  /** Where teachers' own tours are kept. */
  tourStore: TourStore;
  /** A graph's first layout is done: keep it with the dataset for this visit. */
  keepFirstLayout: (dataset: string, positions: ReadonlyMap<string, Position>) => void;
}

export class DatasetPage {
  readonly data: OpenDataset;
  readonly atlas: AtlasState;
  readonly layout: LayoutState;
  readonly teaching: TeachingState;
  readonly panels: SidePanels;
  readonly savedWork: SavedWork;
  /** Degree, betweenness, PageRank, components and communities, once asked for. */
  readonly measures: MeasuresState;
  /** Every attribute of the nodes and edges, the measures included. */
  readonly columns: DatasetColumns;
  /** Colour, shape, size and width by attribute, and the legend for them. */
  readonly appearance: AppearanceState;
  /** The table of nodes and relationships with every attribute. */
  readonly table: DataTableState;
  readonly ownTours: OwnTours;
  readonly drafts: TourDrafts;
  readonly address: PageAddress;
  readonly renderer: RendererSetting;

  constructor(dataset: AtlasDataset, services: PageServices) {
    this.data = new OpenDataset(dataset, services.bundle);
    this.atlas = new AtlasState(this.data);
    this.layout = new LayoutState(this.atlas, {
      onFirstLayout: (positions) => services.keepFirstLayout(dataset.id, positions),
    });
    this.teaching = new TeachingState(this.atlas);
    this.panels = new SidePanels(this.atlas, this.teaching);
    this.savedWork = new SavedWork(services.persistence, this.atlas, this.layout, services.address);
    this.measures = new MeasuresState(this.data);
    this.columns = new DatasetColumns(this.data, this.measures);
    this.atlas.useColumns(this.columns);
    this.appearance = new AppearanceState(this.data, this.columns);
    this.table = new DataTableState(this.atlas, this.columns);
    this.ownTours = new OwnTours({
      teaching: this.teaching,
      notices: this.atlas.notices,
      store: services.tourStore,
      address: services.address,
      context: bundleTourContext(services.bundle),
      shippedIds: (services.bundle.tours ?? []).map((tour) => tour.id),
    });
    this.drafts = new TourDrafts({ atlas: this.atlas, teaching: this.teaching, own: this.ownTours });
    this.address = services.address;
    this.renderer = services.renderer;
  }

  /** A short title for what the canvas shows ("Path: Ketamine → Synaptogenesis"), shown over the graph. */
  get sceneTitle(): string {
    return sceneTitle({
      kind: this.layout.scene.kind,
      view: this.atlas.shownView,
      graph: this.data.graph,
      groups: this.data.vocab.groups,
      tourStep: this.#teachingTitle,
      overviewBy: this.data.overview?.by,
      kindPlural: (kind) =>
        (Object.hasOwn(this.data.vocab.kinds, kind) ? this.data.vocab.kinds[kind]?.plural : kind) ?? kind,
    });
  }

  /** What the teaching on screen calls the picture: the quiz question's number, or the tour step's title. */
  get #teachingTitle(): string | undefined {
    const quiz = this.teaching.quiz;
    if (quiz) return `Quiz: question ${Math.min(quiz.index + 1, quiz.questions.length)} of ${quiz.questions.length}`;
    return this.teaching.step?.title;
  }

  /** The title an export suggests: the view's, or the dataset's for the whole graph (a selected node wins there). */
  get exportTitle(): string {
    return ['whole', 'overview'].includes(this.layout.scene.kind) ? this.data.title : this.sceneTitle;
  }

  /** What a picture of the overview renderer says besides the graph: title, source and the kinds shown. */
  overviewPictureText(): OverviewPictureText {
    return overviewPictureText(this.data, this.atlas.visible, this.sceneTitle, this.appearance.legend);
  }

  /** The view's own sentence for an export: the path or flow explained, or the tour step's narration. */
  get exportCaption(): string {
    const flow = this.atlas.flowExplanation.map((level) => ({
      step: level.step,
      sentences: level.items.map((item) => item.sentence),
    }));
    return sceneCaption(this.layout.scene.kind, this.teaching.step?.narration, this.atlas.pathExplanation, flow);
  }

  /** Whether the address is about this dataset, rather than one still opening (then it is left alone). */
  get ownsAddress(): boolean {
    return datasetInQuery(this.address.query) === this.data.id;
  }

  /** The address query for what is shown now: this dataset, the tour or quiz, and the view. */
  get addressQuery(): string {
    return this.teaching.addressQuery(this.atlas.addressQuery(datasetQuery(this.data.id, this.data.dataset.where)));
  }

  /** Shows the view, tour and quiz an address query asks for, and tidies the address in place. */
  followAddress(query: string): void {
    // Back or forward to a view inside a dataset still being built: the view needs all of it.
    if (namesMoreThanDataset(query)) this.data.dataset.building?.finishNow();
    this.atlas.openFromAddress(query);
    this.teaching.openFromAddress(query);
    this.address.replace(this.addressQuery);
  }

  /**
   * Starts the page when it is shown: follows the address when it is for this dataset, lays out a graph that came
   * without positions, builds the search index (then a large graph's index of relationships) while the reader looks, loads the saved work, and from then on writes
   * each change to the address as a new history entry. Returns the way to stop.
   */
  start(): () => void {
    const stopWaiting = this.#finishOnFirstInput();
    if (this.ownsAddress) this.followAddress(this.address.query);
    if (this.layout.needsFirstLayout) this.layout.relayout();
    const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    whenIdle(() => void this.data.prepareSearch().then(() => this.data.prepareWalks()));
    const stopSaving = this.savedWork.start();
    void this.ownTours.restore().then(() => this.ownTours.openSharedLink());
    const stopWriting = $effect.root(() => {
      $effect(() => {
        const query = this.addressQuery;
        if (this.ownsAddress) this.address.push(query);
      });
    });
    return () => {
      stopWaiting();
      stopWriting();
      stopSaving();
      this.layout.cancel();
      this.measures.cancel();
    };
  }

  /**
   * While a large dataset's relationships are still arriving (it opened on its summary), the reader's first click, key
   * or change anywhere adds the rest at once, before the page handles it, so whatever it asks for sees the whole graph.
   * Returns the way to stop listening.
   */
  #finishOnFirstInput(): () => void {
    const building = this.data.dataset.building;
    if (!building || building.finished || typeof document === 'undefined') return () => {};
    const finish = () => {
      stop();
      building.finishNow();
    };
    const stop = () => {
      for (const type of FIRST_INPUTS) document.removeEventListener(type, finish, true);
    };
    for (const type of FIRST_INPUTS) document.addEventListener(type, finish, true);
    void building.done.then(stop);
    return stop;
  }

  #canvas: { cy: unknown; renderer: RendererInfo } | null = null;
  #overview: unknown = null;

  /**
   * The canvas is drawing: record which renderer it chose and hand power users `window.atlas`, a read-only
   * `{ graph, cy, version, dataset, renderer }`.
   */
  canvasReady(cy: unknown, renderer: RendererInfo, target: object = globalThis): void {
    this.renderer.report = renderer;
    this.#canvas = { cy, renderer };
    performance.mark('atlas:dataset-ready');
    this.#expose(target);
  }

  /**
   * The overview renderer (sigma.js) is drawing the whole graph, or has gone (null): `window.atlas.renderer.chosen`
   * says "sigma" while it shows, and `window.atlas.sigma` is its instance.
   */
  overviewReady(sigma: unknown, target: object = globalThis): void {
    this.#overview = sigma;
    this.#expose(target);
  }

  #expose(target: object): void {
    if (!this.#canvas) return;
    const { cy, renderer } = this.#canvas;
    const { graph, dataset } = this.data;
    exposeAtlasHandle(target, {
      // A graph still being built is finished before anyone reads it.
      get graph() {
        dataset.building?.finishNow();
        return graph;
      },
      cy,
      version: __APP_VERSION__,
      dataset: this.data.id,
      renderer: this.#overview ? { ...renderer, chosen: 'sigma', detail: renderer.chosen } : renderer,
      sigma: this.#overview ?? undefined,
    });
  }

  /** Does what a keyboard shortcut asks for (the search box takes its own focus). */
  runShortcut(shortcut: Exclude<Shortcut, 'search'>): void {
    if (shortcut === 'undo') this.atlas.undo();
    else this.atlas.redo();
  }

  /** Copies the address of this view, saying whether it worked. */
  /** Copies the HTML that shows this view in a course page: an iframe of the embedded page. */
  async copyEmbedCode(clipboard?: Pick<Clipboard, 'writeText'>): Promise<void> {
    const code = embedCode(this.address.embedHref, this.sceneTitle);
    if (await copyText(code, clipboard))
      this.atlas.notices.show('Embed code copied: paste it into your course page’s HTML to show this view there.');
    else this.atlas.notices.show(`Could not reach the clipboard. Copy this embed code: ${code}`, 'warning');
  }

  async copyLink(clipboard?: Pick<Clipboard, 'writeText'>): Promise<void> {
    const href = this.address.href;
    if (await copyText(href, clipboard))
      this.atlas.notices.show(
        'Link copied: it reopens exactly this view. For a course page, copy the embed code.',
        'info',
        {
          label: 'Copy embed code',
          run: () => void this.copyEmbedCode(clipboard),
        },
      );
    else this.atlas.notices.show(`Could not reach the clipboard. Copy this address: ${href}`, 'warning');
  }
}
