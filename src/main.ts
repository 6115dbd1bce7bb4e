// Entry point: builds the workspace (the curated graph first) from the validated bundle and mounts the page.
import './lib/data/zod-without-eval';
import { mount } from 'svelte';
import bundle from 'virtual:graph-bundle';
import Root from './Root.svelte';
import { showStartupFailure } from './components/shell/startup-failure';
import { Workspace } from './lib/state/workspace.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
performance.mark('atlas:start');
try {
  const workspace = new Workspace(bundle);
  performance.mark('atlas:model-ready');
  mount(Root, { target, props: { workspace } });
} catch (error) {
  showStartupFailure(target, error);
}
