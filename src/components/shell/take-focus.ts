// An attachment for a heading that takes keyboard focus, and comes into view, when the reader navigates to its place.
import type { Attachment } from 'svelte/attachments';
import type { FocusPlace, ReadingFocus } from '../../lib/state/reading-focus.svelte';

/** Single-column layouts (tablets, phones) stack the graph above the panels. */
const SINGLE_COLUMN = '(max-width: 980px)';

/** Whether a media query matches (false where the page has no layout to ask, as in a DOM without rendering). */
function matches(query: string): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

function scrollBehaviour(): ScrollBehavior {
  return matches('(prefers-reduced-motion: reduce)') ? 'auto' : 'smooth';
}

/**
 * Brings `heading` into view. In a single column whose graph scrolls away with the page, "Go to" brings the graph back
 * instead: the reader wants to see where they went (the heading below it still has focus).
 */
function bringIntoView(heading: HTMLElement, place: FocusPlace): void {
  const behavior = scrollBehaviour();
  const stage = document.getElementById('atlas-graph');
  const stacked = matches(SINGLE_COLUMN);
  if (place === 'details' && stacked && stage && getComputedStyle(stage).position !== 'sticky') {
    stage.scrollIntoView({ block: 'start', behavior });
    return;
  }
  // Optional: a DOM without layout (jsdom) has no scrollIntoView.
  heading.scrollIntoView?.({ block: 'start', behavior });
}

/** `{@attach takeFocus(focus, 'details')}` on the heading that marks `place` (nothing happens without either). */
export function takeFocus(focus: ReadingFocus | undefined, place: FocusPlace | undefined): Attachment<HTMLElement> {
  return (heading) => {
    if (!focus || !place) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    // Reading `latest` makes the attachment run again on each navigation.
    const request = focus.latest && focus.claim(place);
    if (!request) return;
    if (request.takeFocus) heading.focus({ preventScroll: true });
    bringIntoView(heading, place);
  };
}
