// A lower-case ASCII slug of any name ("Les Misérables" → "les-miserables"): safe in ids, addresses and selectors.

export function slugify(name: string, maxLength = 40): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
