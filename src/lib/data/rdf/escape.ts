// Escaping for Turtle and N-Triples: literals as one-line quoted strings, IRIs without the characters IRIREF forbids.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with any unpaired surrogate (which UTF-8 cannot encode) replaced by U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A string literal's text between double quotes: quotes, backslashes and line breaks escaped, other control characters
 * as \uXXXX; everything else (accents, Greek letters, emoji) stays as it is, written as UTF-8.
 */
export function escapeLiteral(value: string): string {
  return wellFormed(value).replace(
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
    /["\\\u0000-\u001f\u007f]/g,
    (character) =>
      SHORT_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** An IRI as written between angle brackets: spaces, control characters and <>"{}|^`\ percent-encoded. */
export function escapeIri(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what IRIREF forbids
  return wellFormed(value).replace(/[\u0000-\u0020<>"{}|^`\\]/g, (character) => encodeURIComponent(character));
}
