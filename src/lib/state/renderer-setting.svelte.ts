// The reader's choice between Cytoscape's canvas and WebGL renderers (kept with the other preferences), and which
// renderer is drawing now.
import type { RendererInfo, RendererPreference } from '../util/renderer-preference';
import type { Persistence } from './persistence';

export class RendererSetting {
  preference = $state<RendererPreference>('auto');
  /** Reported by the canvas once it draws. */
  report = $state.raw<RendererInfo | null>(null);
  readonly #persistence: Persistence;
  #chosenHere = false;

  constructor(persistence: Persistence) {
    this.#persistence = persistence;
  }

  /** Puts back the choice made on an earlier visit, unless the reader has chosen meanwhile. */
  async restore(): Promise<void> {
    const { preferences } = await this.#persistence.load();
    if (!this.#chosenHere && preferences.renderer) this.preference = preferences.renderer;
  }

  /** The reader's choice: applies now, and is kept for the next visits. */
  choose(preference: RendererPreference): void {
    this.#chosenHere = true;
    this.preference = preference;
    void this.#persistence.updatePreferences({ renderer: preference });
  }
}
