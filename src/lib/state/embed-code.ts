// The HTML a teacher pastes into a course page to show a view there: an <iframe> of the embedded page.

/** A size that fits a course page's text column and keeps the graph and the Details panel side by side. */
const EMBED_SIZE = { width: 800, height: 500 } as const;

/** Text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** `<iframe src="…&embed=1" title="Synapse Atlas: …" width=… height=… loading="lazy"></iframe>` */
export function embedCode(
  src: string,
  viewTitle: string,
  size: { width: number; height: number } = EMBED_SIZE,
): string {
  const title = viewTitle.trim() ? `Synapse Atlas: ${viewTitle.trim()}` : 'Synapse Atlas';
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${size.width}" height="${size.height}"` +
    ' loading="lazy"></iframe>'
  );
}
