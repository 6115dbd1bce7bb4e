// Starts the app: reads the curated graph the build published, builds the app from it and mounts the page. Loaded by
// the entry (`main.ts`) as a module of its own, so its evaluation is a task apart from the libraries'.
import { mount } from 'svelte';
import curatedAddress from 'virtual:graph-bundle';
import Root from './Root.svelte';
import { probeWebGLSoon } from './components/canvas/probe-webgl-soon';
import { showStartupFailure } from './components/shell/startup-failure';
import { fetchCuratedBundle } from './lib/data/curated-bundle';
import { AtlasApp } from './lib/state/atlas-app.svelte';
import { PageAddress } from './lib/state/page-address.svelte';
import { registerOfflineWorkerOnceShown } from './lib/util/offline-worker';
import { yieldToPage } from './lib/util/time-slices';

export async function startAtlas(target: HTMLElement): Promise<void> {
  performance.mark('atlas:start');
  const address = new PageAddress();
  probeWebGLSoon();
  if (import.meta.env.PROD) registerOfflineWorkerOnceShown();
  try {
    // Its download began with the page (a preload in index.html), beside the scripts.
    const bundle = await fetchCuratedBundle(curatedAddress);
    const app = new AtlasApp(bundle, { address });
    performance.mark('atlas:model-ready');
    // The model and the page are made in tasks of their own, so neither holds the page for both.
    await yieldToPage();
    mount(Root, { target, props: { app } });
  } catch (error) {
    showStartupFailure(target, error, address);
  }
}
