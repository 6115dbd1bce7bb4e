// The view in the page address: a focus on an existing node is restored; anything odd becomes a plain notice, never an error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';

const NODES = new Set(['drug:riluzole', 'condition:major-depression']);
const exists = (id: string) => NODES.has(id);

describe('parseViewUrl', () => {
  it('focuses a node that is in the graph', () => {
    expect(parseViewUrl('?focus=drug:riluzole', exists)).toEqual({ view: { focus: 'drug:riluzole' }, notices: [] });
  });

  it('ignores a focus on a node that is not in the graph and says which id it was', () => {
    const { view, notices } = parseViewUrl('?focus=drug:ketamine', exists);
    expect(view.focus).toBeUndefined();
    expect(notices).toEqual([expect.stringContaining('"drug:ketamine"')]);
  });

  it.each(['?focus=', '?focus=%20%20'])('says so when the focus in %s gives no node id', (search) => {
    const { view, notices } = parseViewUrl(search, exists);
    expect(view.focus).toBeUndefined();
    expect(notices).toEqual([expect.stringContaining('no valid node id')]);
  });

  it('says an unknown parameter was ignored and names it', () => {
    const { view, notices } = parseViewUrl('?zoom=3&focus=drug:riluzole', exists);
    expect(view.focus).toBe('drug:riluzole');
    expect(notices).toEqual([expect.stringContaining('"zoom"')]);
  });

  it('accepts the parameters of the shared link contract that are not used yet without a notice', () => {
    const search = '?q=glutamate&kinds=drug,receptor&evidence=clinical&layout=force&dataset=seed&tour=glutamate&step=2';
    expect(parseViewUrl(search, exists)).toEqual({ view: {}, notices: [] });
  });

  it('never throws, whatever the address holds, and only ever focuses an existing node', () => {
    const anyText = fc.string({ unit: 'binary' });
    const parameter = fc.tuple(
      fc.oneof(fc.constantFrom('focus', 'q', 'kinds', 'zoom'), anyText),
      fc.oneof(fc.constantFrom(...NODES), anyText),
    );
    const query = fc
      .array(parameter, { maxLength: 5 })
      .map((pairs) => `?${pairs.map((pair) => pair.join('=')).join('&')}`);
    fc.assert(
      fc.property(fc.oneof(anyText, query), (search) => {
        const { view, notices } = parseViewUrl(search, exists);
        expect(view.focus === undefined || NODES.has(view.focus)).toBe(true);
        expect(notices.every((notice) => typeof notice === 'string' && notice.length > 0)).toBe(true);
      }),
    );
  });
});

describe('serialiseViewUrl', () => {
  it('sets the focus and keeps the other parameters as they were', () => {
    expect(serialiseViewUrl('?q=glutamate&layout=force', { focus: 'drug:riluzole' })).toBe(
      '?q=glutamate&layout=force&focus=drug%3Ariluzole',
    );
  });

  it('replaces an earlier focus', () => {
    expect(serialiseViewUrl('?focus=drug:riluzole', { focus: 'condition:major-depression' })).toBe(
      '?focus=condition%3Amajor-depression',
    );
  });

  it('removes the focus when the view has none, leaving other parameters', () => {
    expect(serialiseViewUrl('?focus=drug:riluzole&q=glutamate', {})).toBe('?q=glutamate');
  });

  it('gives an empty string when nothing is left', () => {
    expect(serialiseViewUrl('?focus=drug:riluzole', { focus: undefined })).toBe('');
  });

  it('round-trips any focus id of an existing node through the address', () => {
    const id = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
      // Node ids never have surrounding spaces, and the address accepts ids of up to 200 characters.
      .filter((text) => text.trim() === text && text.length > 0 && text.length <= 200);
    fc.assert(
      fc.property(id, fc.constantFrom('', '?q=a%26b', '?layout=force&tour=x'), (focus, search) => {
        const address = serialiseViewUrl(search, { focus });
        expect(parseViewUrl(address, (candidate) => candidate === focus)).toEqual({ view: { focus }, notices: [] });
      }),
    );
  });
});
