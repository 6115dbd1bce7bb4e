// Entry point: builds the app state from the validated graph bundle and mounts the page.
import { mount } from 'svelte';
import bundle from 'virtual:graph-bundle';
import App from './App.svelte';
import { AtlasState } from './lib/state/atlas.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
performance.mark('atlas:start');
const atlas = new AtlasState(bundle);
performance.mark('atlas:model-ready');
mount(App, { target, props: { atlas } });
