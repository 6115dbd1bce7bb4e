// Notices: shown once each, in order, until dismissed.
import { describe, expect, it } from 'vitest';
import { NoticeState } from '../../src/lib/state/notices.svelte';

describe('NoticeState', () => {
  it('shows each message once, with its tone, until it is dismissed', () => {
    const notices = new NoticeState();
    notices.show('Link copied.');
    notices.show('Link copied.');
    notices.show('That node is not in this graph.', 'warning');
    expect(notices.items.map(({ message, tone }) => [message, tone])).toEqual([
      ['Link copied.', 'info'],
      ['That node is not in this graph.', 'warning'],
    ]);
    notices.dismiss(notices.items[0]?.id ?? -1);
    expect(notices.items.map((notice) => notice.message)).toEqual(['That node is not in this graph.']);
  });
});
