// Entry point: evaluates the largest libraries the page starts with, then loads the app (`start.ts`) with `import()`.
// Evaluating every module the first page needs was one task of 60–120 ms on a slow machine; a module loaded with
// `import()` is evaluated in a task of its own, so the libraries and the app's own modules now take two.
import './lib/data/zod-without-eval';
// Evaluated here for its side effects: its classes and defaults (the largest library the first page draws with).
import 'cytoscape';
import './app.css';

/**
 * Not a top-level await: the app's chunk imports the libraries from this entry's chunk, and would wait for an entry
 * still waiting for it.
 */
async function start(target: HTMLElement): Promise<void> {
  let startAtlas: (target: HTMLElement) => Promise<void>;
  try {
    ({ startAtlas } = await import('./start'));
  } catch (error) {
    await showLoadFailure(target, error);
    return;
  }
  await startAtlas(target);
}

/**
 * The app's script could not be loaded (offline with nothing cached, or a new version replaced it): the start-up
 * failure panel, or one sentence when that cannot be loaded either.
 */
async function showLoadFailure(target: HTMLElement, error: unknown): Promise<void> {
  try {
    const { showStartupFailure } = await import('./components/shell/startup-failure');
    showStartupFailure(target, error);
  } catch {
    console.error('Synapse Atlas could not load its scripts:', error);
    target.textContent = 'Synapse Atlas could not load its scripts. Reloading the page often helps.';
  }
}

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
void start(target);
