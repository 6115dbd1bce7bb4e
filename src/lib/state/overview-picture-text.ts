// What a picture of the overview renderer says besides the graph: its title, how much it shows and where the data
// comes from, and a legend of the kinds shown with their counts.
import type { ColourLegend } from '../graph/appearance';
import type { VisibleSubgraph } from '../graph/visible-subgraph';
import type { OpenDataset } from './open-dataset';

export interface OverviewPictureText {
  title: string;
  source: string;
  legend: { label: string; colour: string; count: number }[];
}

/**
 * `colouredBy` is Appearance's legend when nodes are coloured by an attribute (a community, say): the picture's legend
 * then says what its colours mean instead of listing kinds.
 */
export function overviewPictureText(
  data: OpenDataset,
  shown: Pick<VisibleSubgraph, 'nodes' | 'edges'>,
  sceneTitle: string,
  colouredBy: ColourLegend | null = null,
): OverviewPictureText {
  const counts = new Map<string, number>();
  for (const node of shown.nodes) {
    const kind = data.graph.getNodeAttribute(node, 'kind');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const style = (kind: string) => (Object.hasOwn(data.vocab.kinds, kind) ? data.vocab.kinds[kind] : undefined);
  const amount = `${shown.nodes.size.toLocaleString('en')} nodes and ${shown.edges.size.toLocaleString('en')} relationships`;
  const title = sceneTitle === 'The whole graph' ? data.title : `${data.title}: ${sceneTitle}`;
  const source = `${amount}. Source: ${data.dataset.provenance}`;
  if (colouredBy) {
    const legend = colouredBy.entries.map(({ label, colour, count }) => ({ label, colour, count }));
    return { title, source: `${source} Colours: ${colouredBy.title}.`, legend };
  }
  return {
    title,
    source,
    legend: data.kindCounts
      .filter((entry) => counts.has(entry.kind))
      .map((entry) => ({
        label: style(entry.kind)?.plural ?? entry.kind,
        colour: style(entry.kind)?.colour ?? '#888888',
        count: counts.get(entry.kind) ?? 0,
      })),
  };
}
