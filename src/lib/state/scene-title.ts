// A short title for what the canvas shows ("Path: Ketamine → Synaptogenesis"), for the caption over the graph and
// as the suggested title of an export.
import type { AtlasGraph } from '../graph/build-graph';
import type { Relation } from '../graph/types';
import type { SceneKind } from './scene';
import type { View } from './view';

export interface SceneTitleInput {
  kind: SceneKind;
  view: View;
  graph: AtlasGraph;
  groups: Readonly<Record<string, { label: string }>>;
  /** The title of the tour step shown, if any. */
  tourStep?: string | undefined;
  /** What the first screen summarises: the curated topics, or a large graph's kinds (then it is the "Summary"). */
  overviewBy?: 'group' | 'kind' | undefined;
  /** A kind's name in the plural ("Genes"), for a view of chosen kinds. */
  kindPlural?: ((kind: string) => string) | undefined;
  /** How a relationship type reads ("is associated with"), for a view of chosen relationships. */
  relationLabel?: ((relation: Relation) => string) | undefined;
}

/** "Drugs", "Drugs and conditions", "Drugs and conditions: treats": the kinds and relationships a filter keeps. */
function filterTitle(view: View, names: Required<Pick<SceneTitleInput, 'kindPlural' | 'relationLabel'>>): string {
  const { kindPlural, relationLabel } = names;
  const kinds = view.kinds?.map(kindPlural) ?? [];
  const kindText =
    kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${(kinds.at(-1) ?? '').toLowerCase()}` : (kinds[0] ?? '');
  const relations = view.relations?.map(relationLabel).join(', ') ?? '';
  if (kindText && relations) return `${kindText}: ${relations}`;
  if (relations) return `Relationships: ${relations}`;
  return kindText || 'Filtered view';
}

export function sceneTitle(input: SceneTitleInput): string {
  const { kind, view, graph, groups, tourStep } = input;
  const label = (id: string | undefined) => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
  switch (kind) {
    case 'overview':
      return input.overviewBy === 'kind' ? 'Summary' : 'Overview';
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
    case 'filtered': {
      const onlyKindsOrRelations =
        view.evidence === undefined && view.statuses === undefined && view.hidden.length === 0 && !view.attributes;
      const names = {
        kindPlural: input.kindPlural ?? ((kind: string) => kind),
        relationLabel: input.relationLabel ?? ((relation: Relation) => relation),
      };
      return onlyKindsOrRelations ? filterTitle(view, names) : 'Filtered view';
    }
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
