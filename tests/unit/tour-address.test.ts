// Tour, step and quiz in the page address: they round-trip, sit beside the view's parameters, and never add noise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTeachingAddress, withTeachingAddress, type TeachingAddress } from '../../src/lib/state/tour-address';
import { parseViewUrl, serialiseViewUrl } from '../../src/lib/state/url-state';
import { emptyView } from '../../src/lib/state/view';

const context = { hasNode: (id: string) => id === 'drug:riluzole', hasEdge: () => false };

describe('parseTeachingAddress', () => {
  it('reads a tour with its 1-based step, and a quiz seed', () => {
    expect(parseTeachingAddress('?tour=ketamine-fast-acting&step=3')).toEqual({
      tour: 'ketamine-fast-acting',
      step: 3,
    });
    expect(parseTeachingAddress('?quiz=k7f3qa')).toEqual({ quiz: 'k7f3qa' });
    expect(parseTeachingAddress('?tour=ssri-snri&quiz=abc')).toEqual({ tour: 'ssri-snri', quiz: 'abc' });
  });

  it.each(['?tour=ssri-snri&step=0', '?tour=ssri-snri&step=two', '?tour=ssri-snri&step=2.5', '?tour=ssri-snri&step='])(
    'leaves out a step that cannot be right (%s)',
    (search) => {
      expect(parseTeachingAddress(search)).toEqual({ tour: 'ssri-snri' });
    },
  );

  it('ignores a step without a tour, and empty or overlong values', () => {
    expect(parseTeachingAddress('?step=3')).toEqual({});
    expect(parseTeachingAddress('?tour=&quiz=%20')).toEqual({});
    expect(parseTeachingAddress(`?quiz=${'x'.repeat(200)}`)).toEqual({});
  });
});

describe('withTeachingAddress', () => {
  it('writes tour and step after the dataset and before the view, as the view address keeps them', () => {
    expect(withTeachingAddress('?focus=drug:riluzole&dataset=curated', { tour: 'ssri-snri', step: 2 })).toBe(
      '?dataset=curated&tour=ssri-snri&step=2&focus=drug%3Ariluzole',
    );
  });

  it('removes tour, step and quiz when none is open', () => {
    expect(withTeachingAddress('?tour=ssri-snri&step=2&quiz=abc&focus=drug:riluzole', {})).toBe(
      '?focus=drug%3Ariluzole',
    );
    expect(withTeachingAddress('?tour=ssri-snri', {})).toBe('');
  });

  it('round-trips any tour, step and quiz', () => {
    const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((text) => text.length <= 80);
    const address = fc.record(
      { tour: slug, step: fc.integer({ min: 1, max: 40 }), quiz: fc.stringMatching(/^[a-z0-9]{1,12}$/) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(address, (written: TeachingAddress) => {
        const expected: TeachingAddress = { ...written };
        if (!written.tour) delete expected.step;
        expect(parseTeachingAddress(withTeachingAddress('', written))).toEqual(expected);
      }),
    );
  });

  it('is stable under the view address, so writing it twice adds no history entry', () => {
    const view = { ...emptyView(), focus: 'drug:riluzole' };
    const once = withTeachingAddress(serialiseViewUrl(view, '?quiz=abc&tour=ssri-snri'), {
      tour: 'ssri-snri',
      step: 4,
    });
    const twice = withTeachingAddress(serialiseViewUrl(view, once), { tour: 'ssri-snri', step: 4 });
    expect(twice).toBe(once);
  });
});

describe('the view address', () => {
  it('passes quiz, tour and step through untouched and without a notice', () => {
    const search = '?tour=ssri-snri&step=2&quiz=k7f3qa&focus=drug:riluzole';
    const { view, notices } = parseViewUrl(search, context);
    expect(notices).toEqual([]);
    expect(view.focus).toBe('drug:riluzole');
    expect(serialiseViewUrl(view, search)).toBe('?tour=ssri-snri&step=2&quiz=k7f3qa&focus=drug%3Ariluzole');
  });
});
