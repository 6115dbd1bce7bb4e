// A node's label on the overview, drawn with an outline in the canvas colour so it reads over the relationships
// crossing beneath it (sigma's own label is plain text).
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';

type LabelArguments = Parameters<NodeLabelDrawingFunction>;
type LabelSettings = Pick<Settings, 'labelSize' | 'labelWeight' | 'labelFont' | 'labelColor'>;

const OUTLINE = { light: 'rgba(255, 255, 255, 0.92)', dark: 'rgba(22, 26, 36, 0.92)' } as const;

export function drawOutlinedLabel(
  context: LabelArguments[0],
  data: LabelArguments[1],
  settings: LabelSettings,
  dark: boolean,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 4;
  context.strokeStyle = dark ? OUTLINE.dark : OUTLINE.light;
  context.strokeText(data.label, x, y);
  context.fillStyle = settings.labelColor.color ?? (dark ? '#f3f4f8' : '#1d2330');
  context.fillText(data.label, x, y);
}
