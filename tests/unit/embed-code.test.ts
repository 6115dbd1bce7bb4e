// @vitest-environment jsdom
// The iframe snippet a teacher pastes into a course page: the embedded address, a title, a size, escaped attributes.
import { describe, expect, it } from 'vitest';
import { embedCode } from '../../src/lib/state/embed-code';

describe('embed code', () => {
  it('is an iframe of the embedded view with a title and a size, loaded lazily', () => {
    const code = embedCode('https://atlas.test/?focus=drug%3Aketamine&embed=1', 'Ketamine');
    expect(code).toMatch(/^<iframe src="https:\/\/atlas\.test\/\?focus=drug%3Aketamine&amp;embed=1" /);
    expect(code).toContain('title="Synapse Atlas: Ketamine"');
    expect(code).toContain('width="800" height="500"');
    expect(code).toContain('loading="lazy"');
    expect(code.endsWith('></iframe>')).toBe(true);
  });

  it('escapes the title so it cannot end the attribute or open a tag', () => {
    const code = embedCode('https://atlas.test/?embed=1', 'A "quoted" <b> & more');
    expect(code).toContain('title="Synapse Atlas: A &quot;quoted&quot; &lt;b&gt; &amp; more"');
    const parsed = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(parsed?.getAttribute('title')).toBe('Synapse Atlas: A "quoted" <b> & more');
    expect(parsed?.getAttribute('src')).toBe('https://atlas.test/?embed=1');
  });

  it('takes another size', () => {
    expect(embedCode('https://atlas.test/?embed=1', '', { width: 640, height: 420 })).toContain(
      'title="Synapse Atlas" width="640" height="420"',
    );
  });
});
