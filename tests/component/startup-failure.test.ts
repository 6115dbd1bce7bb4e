// @vitest-environment jsdom
// When the app cannot start, the page says so (as text, whatever the error says) and offers a way back.
import { screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { showStartupFailure } from '../../src/components/shell/startup-failure';

describe('showStartupFailure', () => {
  it('replaces the page with a plain explanation, two ways back and the emergency disclaimer', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const target = document.createElement('div');
    target.innerHTML = '<p>half-drawn page</p>';
    document.body.replaceChildren(target);
    showStartupFailure(target, new Error('<img src=x onerror=alert(1)> broke'));

    expect(screen.getByRole('alert')).toHaveTextContent('Synapse Atlas could not start');
    expect(screen.getByRole('button', { name: 'Reload this view' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start fresh' })).toBeInTheDocument();
    expect(screen.getByText('Is this an emergency?')).toBeInTheDocument();
    expect(screen.getByText('<img src=x onerror=alert(1)> broke')).toBeInTheDocument();
    expect(target.querySelector('img')).toBeNull();
    expect(target).not.toHaveTextContent('half-drawn page');
  });
});
