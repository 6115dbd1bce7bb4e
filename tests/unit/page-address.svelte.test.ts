// @vitest-environment jsdom
// The page address: reading the query, new history entries for changes, corrections in place, back and forward.
import { describe, expect, it, vi } from 'vitest';
import { PageAddress } from '../../src/lib/state/page-address.svelte';
import { fakeBrowser } from '../fixtures/fake-browser';

describe('PageAddress', () => {
  it('reads the query the page opened on, and makes links with it', () => {
    const address = new PageAddress(fakeBrowser('?focus=drug%3Afluoxetine'));
    expect(address.query).toBe('?focus=drug%3Afluoxetine');
    expect(address.href).toBe('https://atlas.test/?focus=drug%3Afluoxetine');
    expect(address.link('?quiz=abc')).toBe('https://atlas.test/?quiz=abc');
  });

  it('takes a shared tour out of the fragment, leaving the query and history as they were', () => {
    const browser = fakeBrowser('?focus=drug%3Aketamine');
    const replaced = vi.spyOn(browser.history, 'replaceState');
    const address = new PageAddress(browser);
    expect(address.takeFragment('tour-data')).toBe('');
    browser.location.hash = '#tour-data=abc';
    expect(address.takeFragment('tour-data')).toBe('#tour-data=abc');
    expect(replaced).toHaveBeenCalledWith(null, '', '/?focus=drug%3Aketamine');
    expect(browser.entries).toEqual(['?focus=drug%3Aketamine']);
  });

  it('adds a history entry for a change, and none when nothing changed', () => {
    const browser = fakeBrowser();
    const address = new PageAddress(browser);
    address.push('?focus=a');
    address.push('?focus=a');
    address.push('?focus=b');
    expect(browser.entries).toEqual(['', '?focus=a', '?focus=b']);
  });

  it('corrects the current entry in place', () => {
    const browser = fakeBrowser('?focus=a&bogus=1');
    const address = new PageAddress(browser);
    address.replace('?focus=a');
    expect(browser.entries).toEqual(['?focus=a']);
    expect(address.query).toBe('?focus=a');
  });

  it('follows back and forward, telling its listener the new query until it stops listening', () => {
    const browser = fakeBrowser();
    const address = new PageAddress(browser);
    address.push('?focus=a');
    const heard = vi.fn();
    const stop = address.onTraverse(heard);
    browser.back();
    expect(address.query).toBe('');
    browser.forward();
    expect(heard.mock.calls).toEqual([[''], ['?focus=a']]);
    stop();
    browser.back();
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('loads the page again: in place, at another query, or bare', () => {
    const browser = fakeBrowser('?focus=a');
    const address = new PageAddress(browser);
    address.reload();
    address.reopen('?focus=b');
    address.startFresh();
    expect(browser.loads).toEqual(['?focus=a', '?focus=b', '']);
  });

  it('keeps an embedded page embedded, while the app and the links it shares never see embed=1', () => {
    const browser = fakeBrowser('?focus=drug%3Aketamine&embed=1');
    const address = new PageAddress(browser);
    expect(address.embedded).toBe(true);
    expect(address.query).toBe('?focus=drug%3Aketamine');
    expect(address.href).toBe('https://atlas.test/?focus=drug%3Aketamine');
    expect(address.embedHref).toBe('https://atlas.test/?focus=drug%3Aketamine&embed=1');
    address.push('?focus=a');
    address.push('');
    expect(browser.entries).toEqual(['?focus=drug%3Aketamine&embed=1', '?focus=a&embed=1', '?embed=1']);
    const heard = vi.fn();
    address.onTraverse(heard);
    browser.back();
    expect(heard).toHaveBeenCalledWith('?focus=a');
    address.reopen('?focus=b');
    address.startFresh();
    expect(browser.loads).toEqual(['?focus=b&embed=1', '?embed=1']);
  });

  it('is not embedded without embed=1, and drops any other value of it', () => {
    expect(new PageAddress(fakeBrowser('?focus=a')).embedded).toBe(false);
    const other = new PageAddress(fakeBrowser('?embed=yes&focus=a'));
    expect(other.embedded).toBe(false);
    expect(other.query).toBe('?focus=a');
    expect(new PageAddress(fakeBrowser('')).embedHref).toBe('https://atlas.test/?embed=1');
  });
});
