// A short title for what the canvas shows ("Path: Ketamine → Synaptogenesis"), for the caption over the graph and
// as the suggested title of an export.
import type { AtlasGraph } from '../graph/build-graph';
import type { SceneKind } from './scene';
import type { View } from './view';

export interface SceneTitleInput {
  kind: SceneKind;
  view: View;
  graph: AtlasGraph;
  groups: Readonly<Record<string, { label: string }>>;
  /** The title of the tour step shown, if any. */
  tourStep?: string | undefined;
}

export function sceneTitle({ kind, view, graph, groups, tourStep }: SceneTitleInput): string {
  const label = (id: string | undefined) => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
  switch (kind) {
    case 'overview':
      return 'Overview';
    case 'tour':
      return tourStep ?? 'Tour step';
    case 'path':
      return view.path ? `Path: ${label(view.path.from)} → ${label(view.path.to)}` : 'Path';
    case 'flow': {
      if (!view.flow) return 'Flow';
      const side = view.flow.direction === 'downstream' ? 'Downstream of' : 'Upstream of';
      const steps = view.flow.steps > 1 ? `, ${view.flow.steps} steps` : '';
      return `${side} ${label(view.flow.node)}${steps}`;
    }
    case 'compare':
      return `Compare: ${view.compare.map(label).join(', ')}`;
    case 'neighbourhood': {
      const centre = label(view.centre ?? view.focus);
      return view.depth && view.depth > 1 ? `Around ${centre}, ${view.depth} steps` : `Around ${centre}`;
    }
    case 'group':
      return (view.group && groups[view.group]?.label) || 'Group';
    case 'filtered':
      return 'Filtered view';
    case 'whole':
      return 'The whole graph';
  }
}

/** The view's own sentence, for under an export's title: the path or flow explained, or the tour step's narration. */
export function sceneCaption(
  kind: SceneKind,
  tourNarration: string | undefined,
  path: { steps: readonly { number: number; sentence: string }[]; netEffect?: { text: string } | null } | null,
  flow: readonly { step: number; sentences: readonly string[] }[] = [],
): string {
  if (kind === 'tour') return tourNarration ?? '';
  if (kind === 'flow') {
    return flow.map((level) => `Step ${level.step}: ${level.sentences.map((text) => `${text}.`).join(' ')}`).join(' ');
  }
  if (kind === 'path' && path) {
    return [...path.steps.map((step) => `${step.number}. ${step.sentence}.`), path.netEffect?.text ?? '']
      .join(' ')
      .trim();
  }
  return '';
}
