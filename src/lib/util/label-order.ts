// The order labels are listed in: one collator for every comparison, as `localeCompare` sets one up per call, too
// slow for a hub's thousands of relationships or ten thousand labels.
export const labelOrder = new Intl.Collator();
