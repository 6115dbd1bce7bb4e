// The last resort when the app cannot even start: a plain panel (no framework) instead of a blank page.
import { EMERGENCY_NOTICE } from '../../lib/util/emergency-notice';
import { PageAddress } from '../../lib/state/page-address.svelte';
import { errorMessage } from '../../lib/util/error-message';

/** Replaces the contents of `target` with a short explanation, a reload button and the emergency disclaimer. */
export function showStartupFailure(
  target: HTMLElement,
  error: unknown,
  address: Pick<PageAddress, 'reload' | 'startFresh'> = new PageAddress(),
): void {
  console.error('Synapse Atlas could not start:', error);
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '') => {
    const node = document.createElement(tag);
    node.textContent = text;
    return node;
  };
  const panel = element('section');
  panel.setAttribute('role', 'alert');
  panel.className = 'panel';
  const reload = element('button', 'Reload this view');
  reload.type = 'button';
  reload.addEventListener('click', () => address.reload());
  const fresh = element('button', 'Start fresh');
  fresh.type = 'button';
  fresh.addEventListener('click', () => address.startFresh());
  const detail = element('p', errorMessage(error));
  detail.className = 'muted small';
  panel.append(
    element('h1', 'Synapse Atlas could not start'),
    element('p', 'Reloading often helps. If it does not, starting fresh opens the whole graph with nothing selected.'),
    reload,
    document.createTextNode(' '),
    fresh,
    detail,
    element('h2', EMERGENCY_NOTICE.heading),
    element('p', EMERGENCY_NOTICE.action),
    element('p', EMERGENCY_NOTICE.crisisLine),
  );
  target.replaceChildren(panel);
}
