// Entry point: builds the app (the curated graph first) from the validated bundle and mounts the page.
import './lib/data/zod-without-eval';
import { mount } from 'svelte';
import bundle from 'virtual:graph-bundle';
import Root from './Root.svelte';
import { showStartupFailure } from './components/shell/startup-failure';
import { AtlasApp } from './lib/state/atlas-app.svelte';
import { PageAddress } from './lib/state/page-address.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
performance.mark('atlas:start');
const address = new PageAddress();
try {
  const app = new AtlasApp(bundle, { address });
  performance.mark('atlas:model-ready');
  mount(Root, { target, props: { app } });
} catch (error) {
  showStartupFailure(target, error, address);
}
