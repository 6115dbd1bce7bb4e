// Colour arithmetic for dark export backgrounds: greys turn light, colours are lifted towards white.

/** A lighter version of `hex` ("#rrggbb") that reads on a dark background. */
export function lightenForDark(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255];
  const grey = Math.max(...channels) - Math.min(...channels) < 24;
  const lifted = channels.map((channel) => Math.round(grey ? 255 - channel * 0.55 : channel + (255 - channel) * 0.45));
  return `#${lifted.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}
