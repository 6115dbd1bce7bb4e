// Where keyboard focus goes after the reader navigates: the heading of what just opened (Details after "Go to", a
// panel just opened, the first step of a tour). Headings claim a request once, so focus never jumps back later.

/** The places a navigation can lead to, each marked by one heading on the page. */
export type FocusPlace = 'details' | 'evidence' | 'path' | 'compare' | 'tours' | 'tour-step' | 'quiz';

interface FocusRequest {
  place: FocusPlace;
  /** False when the reader's focus should stay where it is (in the outline tree) and the place only come into view. */
  takeFocus: boolean;
  serial: number;
}

export class ReadingFocus {
  /** The latest navigation's destination; headings react to it. */
  latest = $state<FocusRequest | null>(null);
  #claimed = 0;

  /** The reader navigated to `place`: its heading should take focus and come into view. */
  moveTo(place: FocusPlace): void {
    this.#request(place, true);
  }

  /** Brings `place` into view while focus stays where it is. */
  show(place: FocusPlace): void {
    this.#request(place, false);
  }

  /** The request the heading for `place` should act on now, once per request; undefined when there is none. */
  claim(place: FocusPlace): FocusRequest | undefined {
    const latest = this.latest;
    if (!latest || latest.place !== place || latest.serial <= this.#claimed) return undefined;
    this.#claimed = latest.serial;
    return latest;
  }

  #request(place: FocusPlace, takeFocus: boolean): void {
    this.latest = { place, takeFocus, serial: (this.latest?.serial ?? 0) + 1 };
  }
}
