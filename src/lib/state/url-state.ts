// Reads and writes the view encoded in the page address (DESIGN.md §5); bad values become notices, never errors.

export interface ViewParams {
  focus?: string | undefined;
}

export interface ParsedView {
  view: ViewParams;
  /** Plain sentences about parameters that were ignored. */
  notices: string[];
}

/** Parameters of the shared URL contract; those not read yet are accepted quietly. */
const CONTRACT_PARAMETERS = new Set(['focus', 'q', 'kinds', 'evidence', 'layout', 'dataset', 'tour', 'step']);
const MAX_VALUE_LENGTH = 200;

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** `nodeExists` lets the parser reject ids that are not in the graph being shown. */
export function parseViewUrl(search: string, nodeExists: (id: string) => boolean): ParsedView {
  const params = new URLSearchParams(search);
  const view: ViewParams = {};
  const notices: string[] = [];
  for (const [key, value] of params) {
    if (!CONTRACT_PARAMETERS.has(key)) {
      notices.push(`The link parameter "${shorten(key)}" is not one this app understands, so it was ignored.`);
    } else if (key === 'focus') {
      const id = value.trim();
      if (id.length === 0 || id.length > MAX_VALUE_LENGTH) {
        notices.push('The link asked to focus on a node but gave no valid node id, so nothing is selected.');
      } else if (!nodeExists(id)) {
        notices.push(`The link asked to focus on "${shorten(id)}", which is not in this graph.`);
      } else {
        view.focus = id;
      }
    }
  }
  return { view, notices };
}

/** Returns `search` with the view's parameters set, keeping any others as they were. */
export function serialiseViewUrl(search: string, view: ViewParams): string {
  const params = new URLSearchParams(search);
  if (view.focus) params.set('focus', view.focus);
  else params.delete('focus');
  const text = params.toString();
  return text ? `?${text}` : '';
}
