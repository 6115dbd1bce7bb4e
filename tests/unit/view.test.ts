// The view as plain data: an empty view, and equality that ignores absent optional fields.
import { describe, expect, it } from 'vitest';
import { emptyView, normaliseView, sameView } from '../../src/lib/state/view';

describe('view', () => {
  it('starts with nothing selected, filtered or compared, each view laid out for itself', () => {
    expect(emptyView()).toEqual({ expanded: [], hidden: [], layout: 'auto', compare: [] });
  });

  it('treats an absent field and an undefined one as the same view', () => {
    const view = { ...emptyView(), focus: undefined, depth: undefined };
    expect(Object.keys(normaliseView(view))).not.toContain('focus');
    expect(sameView(view, emptyView())).toBe(true);
    expect(sameView({ ...emptyView(), focus: 'a' }, emptyView())).toBe(false);
  });
});
