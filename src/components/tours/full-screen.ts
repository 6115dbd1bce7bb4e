// Full screen for presenter mode: asked for on opening (a refusal, as in headless browsers, is ignored); leaving full
// screen leaves presenter mode, since the browser takes Esc while in it.

/** Enters full screen and calls `onLeave` when the reader leaves it; returns the cleanup for when presenting ends. */
export function presentFullScreen(onLeave: () => void): () => void {
  let entered = false;
  document.documentElement
    .requestFullscreen?.()
    .then(() => (entered = true))
    .catch(() => undefined);
  const onChange = () => {
    if (entered && !document.fullscreenElement) onLeave();
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => {
    document.removeEventListener('fullscreenchange', onChange);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  };
}
