// Asks the browser to confirm leaving the page while work that would be lost is still being done (an import's files
// being written to this browser's storage): a reload in that moment would otherwise lose them without a word.

let pending = 0;

function askFirst(event: Event): void {
  event.preventDefault();
}

/** Runs `work`; until it settles, leaving or reloading the page asks the reader first. */
export async function holdPageWhile<T>(work: () => Promise<T>): Promise<T> {
  if (typeof window === 'undefined') return work();
  if (pending++ === 0) window.addEventListener('beforeunload', askFirst);
  try {
    return await work();
  } finally {
    if (--pending === 0) window.removeEventListener('beforeunload', askFirst);
  }
}
