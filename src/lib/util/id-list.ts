// Lists of ids in one address parameter ("a,b,c"), written so that any id, even one with a comma or a backslash in
// it, reads back whole: a comma inside an id is written "\,", a backslash "\\".

export function joinIds(ids: readonly string[]): string {
  return ids.map((id) => id.replace(/\\/g, '\\\\').replace(/,/g, '\\,')).join(',');
}

/** The ids of a list written by `joinIds`, each trimmed; empty items are dropped. */
export function splitIds(text: string): string[] {
  const ids: string[] = [];
  let current = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\' && index + 1 < text.length) current += text[++index];
    else if (character === ',') {
      ids.push(current);
      current = '';
    } else current += character;
  }
  ids.push(current);
  return ids.map((id) => id.trim()).filter(Boolean);
}
