// The typed contexts components read instead of passing state down by hand: the open dataset (graph, vocabulary,
// sources, search) for every component, and the app's and the page's state objects for the sections that connect
// them to panels.
import { getContext, setContext } from 'svelte';
import type { AtlasApp } from './atlas-app.svelte';
import type { DatasetPage } from './dataset-page.svelte';
import type { OpenDataset } from './open-dataset';
import type { ReadingFocus } from './reading-focus.svelte';

const APP = Symbol('app');
const PAGE = Symbol('page');
const DATASET = Symbol('dataset');
const FOCUS = Symbol('reading-focus');

/** Makes the app (datasets, importing, the address) available to the sections below the caller. */
export function provideApp(app: AtlasApp): void {
  setContext(APP, app);
}

/** The app as a whole, for sections that switch or import datasets. */
export function appContext(): AtlasApp {
  return required<AtlasApp>(APP, 'app');
}

/** Makes `page` and its dataset available to every component below the caller (call during its set-up). */
export function providePage(page: DatasetPage): void {
  setContext(PAGE, page);
  setContext(DATASET, page.data);
  setContext(FOCUS, page.panels.focus);
}

/** The open dataset's page, for sections (components that connect state to panels). */
export function pageContext(): DatasetPage {
  return required<DatasetPage>(PAGE, 'page');
}

/** The open dataset: its graph, vocabulary, sources and search. */
export function datasetContext(): OpenDataset {
  return required<OpenDataset>(DATASET, 'dataset');
}

/** Where keyboard focus goes after a navigation, for headings that take it (none when a panel is shown alone). */
export function readingFocusContext(): ReadingFocus | undefined {
  return getContext<ReadingFocus | undefined>(FOCUS);
}

/** The context entries a section needs to render on `page` (for component tests). */
export function pageContextEntries(page: DatasetPage): Map<symbol, unknown> {
  return new Map<symbol, unknown>([
    [PAGE, page],
    [DATASET, page.data],
    [FOCUS, page.panels.focus],
  ]);
}

/** The context entries a component needs to render on `dataset` alone (for component tests). */
export function datasetContextEntries(dataset: OpenDataset): Map<symbol, unknown> {
  return new Map([[DATASET, dataset]]);
}

function required<T>(key: symbol, name: string): T {
  const value = getContext<T | undefined>(key);
  if (value === undefined) throw new Error(`No ${name} context: render this component below App.`);
  return value;
}
