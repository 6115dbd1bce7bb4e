// Reads and writes the view in the page address (DESIGN.md §5); bad values become notices, never errors.
import {
  DRUG_STATUSES,
  EVIDENCE_LEVELS,
  NODE_KINDS,
  RELATIONS,
  type DrugStatus,
  type EvidenceLevel,
  type Relation,
} from '../graph/types';
import type { AttributeFilter } from '../graph/attribute-filter';
import { joinIds, splitIds } from '../util/id-list';
import { LEADING_PARAMETERS } from './address-parameters';
import { MAX_FLOW_STEPS } from '../graph/downstream';
import type { FlowDirection } from '../graph/relation-direction';
import {
  FLOW_DIRECTIONS,
  LAYOUTS,
  MAX_COMPARED,
  MAX_DEPTH,
  PATH_MODES,
  emptyView,
  type LayoutName,
  type PathMode,
  type View,
} from './view';

export interface ViewContext {
  hasNode(id: string): boolean;
  hasEdge(id: string): boolean;
  /** Whether the graph has nodes of this kind; without it, only the curated kinds are accepted. */
  hasKind?(kind: string): boolean;
  /** Whether the dataset has this group; without it, no group is accepted. */
  hasGroup?(group: string): boolean;
}

export interface ParsedView {
  view: View;
  /** Plain sentences about parameters that were ignored. */
  notices: string[];
}

/** Parameters read elsewhere (dataset, tour, step, quiz): kept in the address untouched. */
const PASSED_THROUGH = LEADING_PARAMETERS;
const KNOWN = new Set([
  'focus',
  'edge',
  'depth',
  'around',
  'expand',
  'hide',
  'kinds',
  'relations',
  'evidence',
  'status',
  'layout',
  'group',
  'from',
  'to',
  'path-evidence',
  'path-choice',
  'paths',
  'flow',
  'flow-node',
  'steps',
  'compare',
  'q',
  'filter',
  ...PASSED_THROUGH,
]);
const MAX_VALUE_LENGTH = 2000;
const MAX_LIST_LENGTH = 200;

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const optionalNumber = (value: unknown) => value === undefined || (typeof value === 'number' && Number.isFinite(value));

/** Attribute filters as the address writes them (JSON), or null when the text is not that. */
function readFilters(text: string): AttributeFilter[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length === 0 || parsed.length > 20) return null;
  const filters: AttributeFilter[] = [];
  for (const item of parsed as unknown[]) {
    if (!isRecord(item) || (item.group !== 'node' && item.group !== 'edge') || typeof item.column !== 'string')
      return null;
    const { group, column } = item;
    if (item.kind === 'range' && optionalNumber(item.min) && optionalNumber(item.max))
      filters.push({
        group,
        column,
        kind: 'range',
        min: item.min as number | undefined,
        max: item.max as number | undefined,
      });
    else if (item.kind === 'values' && Array.isArray(item.values) && item.values.every((v) => typeof v === 'string'))
      filters.push({ group, column, kind: 'values', values: item.values as string[] });
    else return null;
  }
  return filters;
}

export function parseViewUrl(search: string, context: ViewContext): ParsedView {
  const params = new URLSearchParams(search);
  const view = emptyView();
  const notices: string[] = [];
  const ignore = (key: string, value: string, why: string) =>
    notices.push(`The link's ${key} "${shorten(value)}" was ignored: ${why}.`);

  const nodeIds = (key: string, value: string) => {
    const ids = splitIds(value).slice(0, MAX_LIST_LENGTH);
    const missing = ids.filter((id) => !context.hasNode(id));
    if (missing.length > 0) ignore(key, missing.join(', '), 'not in this graph');
    return [...new Set(ids.filter((id) => context.hasNode(id)))];
  };

  let from: string | undefined;
  let to: string | undefined;
  let pathEvidence: EvidenceLevel | undefined;
  let pathChoice: number | undefined;
  let pathMode: PathMode | undefined;
  let flowDirection: FlowDirection | undefined;
  let flowNode: string | undefined;
  let flowSteps: number | undefined;

  for (const [key, rawValue] of params) {
    const value = rawValue.trim();
    if (!KNOWN.has(key)) {
      notices.push(`The link parameter "${shorten(key)}" is not one this app understands, so it was ignored.`);
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      ignore(key, value, 'it is too long');
      continue;
    }
    switch (key) {
      case 'focus':
        if (!value)
          notices.push('The link asked to focus on a node but gave no valid node id, so nothing is selected.');
        else if (!context.hasNode(value))
          notices.push(`The link asked to focus on "${shorten(value)}", which is not in this graph.`);
        else view.focus = value;
        break;
      case 'edge':
        if (context.hasEdge(value)) view.edge = value;
        else ignore('relationship', value, 'not in this graph');
        break;
      case 'depth': {
        const depth = Number(value);
        if (Number.isInteger(depth) && depth >= 1 && depth <= MAX_DEPTH) view.depth = depth;
        else ignore('depth', value, `use a whole number from 1 to ${MAX_DEPTH}`);
        break;
      }
      case 'around':
        if (context.hasNode(value)) view.centre = value;
        else ignore('neighbourhood centre', value, 'not in this graph');
        break;
      case 'expand':
        view.expanded = nodeIds('expanded nodes', value);
        break;
      case 'hide':
        view.hidden = nodeIds('hidden nodes', value);
        break;
      case 'kinds': {
        const kinds = list(value);
        const isKind = (kind: string) => (context.hasKind ? context.hasKind(kind) : !!oneOf(NODE_KINDS, kind));
        const unknown = kinds.filter((kind) => !isKind(kind));
        if (unknown.length > 0) ignore('kinds', unknown.join(', '), 'not node kinds');
        view.kinds = [...new Set(kinds.filter(isKind))];
        break;
      }
      case 'relations': {
        const relations = list(value);
        const unknown = relations.filter((relation) => !oneOf(RELATIONS, relation));
        if (unknown.length > 0) ignore('relationships', unknown.join(', '), 'not relationship types');
        view.relations = [...new Set(relations.flatMap((relation) => oneOf<Relation>(RELATIONS, relation) ?? []))];
        break;
      }
      case 'evidence': {
        const level = oneOf<EvidenceLevel>(EVIDENCE_LEVELS, value);
        if (level) view.evidence = level;
        else ignore('evidence level', value, `use one of ${EVIDENCE_LEVELS.join(', ')}`);
        break;
      }
      case 'status': {
        const statuses = list(value);
        const unknown = statuses.filter((status) => !oneOf(DRUG_STATUSES, status));
        if (unknown.length > 0) ignore('drug status', unknown.join(', '), 'not a drug status');
        view.statuses = [...new Set(statuses.flatMap((status) => oneOf<DrugStatus>(DRUG_STATUSES, status) ?? []))];
        break;
      }
      case 'layout': {
        const layout = oneOf<LayoutName>(LAYOUTS, value);
        if (layout) view.layout = layout;
        else ignore('layout', value, `use one of ${LAYOUTS.join(', ')}`);
        break;
      }
      case 'group':
        if (context.hasGroup?.(value)) view.group = value;
        else ignore('group', value, 'not a group of this graph');
        break;
      case 'from':
      case 'to':
        if (!context.hasNode(value)) ignore(`path ${key}`, value, 'not in this graph');
        else if (key === 'from') from = value;
        else to = value;
        break;
      case 'path-evidence':
        pathEvidence = oneOf<EvidenceLevel>(EVIDENCE_LEVELS, value);
        if (!pathEvidence) ignore('path evidence level', value, `use one of ${EVIDENCE_LEVELS.join(', ')}`);
        break;
      case 'path-choice': {
        // "0" is the shortest path, the same as no choice; an empty value is no number at all.
        const choice = value === '' ? Number.NaN : Number(value);
        if (Number.isInteger(choice) && choice >= 0 && choice < 10) pathChoice = choice || undefined;
        else ignore('path choice', value, 'use a small whole number');
        break;
      }
      case 'paths':
        pathMode = oneOf<PathMode>(PATH_MODES, value);
        if (!pathMode) ignore('kind of path', value, `use one of ${PATH_MODES.join(', ')}`);
        break;
      case 'flow':
        flowDirection = oneOf<FlowDirection>(FLOW_DIRECTIONS, value);
        if (!flowDirection) ignore('flow', value, `use one of ${FLOW_DIRECTIONS.join(', ')}`);
        break;
      case 'flow-node':
        if (context.hasNode(value)) flowNode = value;
        else ignore('flow node', value, 'not in this graph');
        break;
      case 'steps': {
        const steps = Number(value);
        if (value !== '' && Number.isInteger(steps) && steps >= 1 && steps <= MAX_FLOW_STEPS) flowSteps = steps;
        else ignore('steps', value, `use a whole number from 1 to ${MAX_FLOW_STEPS}`);
        break;
      }
      case 'compare': {
        const drugs = nodeIds('compared drugs', value);
        if (drugs.length > MAX_COMPARED)
          ignore('compared drugs', drugs.slice(MAX_COMPARED).join(', '), `at most ${MAX_COMPARED} drugs`);
        view.compare = drugs.slice(0, MAX_COMPARED);
        break;
      }
      case 'q':
        if (value) view.q = value.slice(0, 200);
        break;
      case 'filter': {
        const filters = readFilters(value);
        if (filters) view.attributes = filters;
        else ignore('attribute filter', value, 'it is not a list of filters this app wrote');
        break;
      }
    }
  }
  if (view.depth !== undefined && !view.centre) {
    if (view.focus) view.centre = view.focus;
    else {
      notices.push('The link asked for a neighbourhood but gave no node to centre it on, so the whole graph is shown.');
      view.depth = undefined;
    }
  }
  if (view.depth === undefined) view.centre = undefined;
  if (from && to && from !== to)
    view.path = {
      from,
      to,
      evidence: pathEvidence,
      choice: pathChoice,
      mode: pathMode === 'mechanism' ? pathMode : undefined,
    };
  else if (from || to) notices.push('The link gave only one end of a path, so no path is shown.');
  const node = flowNode ?? view.focus;
  if (flowDirection && node) view.flow = { node, direction: flowDirection, steps: flowSteps ?? 1 };
  else if (flowDirection)
    notices.push('The link asked for a flow but gave no node to start it from, so none is shown.');
  return { view, notices };
}

/** The address for `view`; parameters read elsewhere (dataset, tour, step, quiz) are kept from `current`. */
export function serialiseViewUrl(view: View, current = ''): string {
  const previous = new URLSearchParams(current);
  const params = new URLSearchParams();
  for (const key of PASSED_THROUGH) {
    const value = previous.get(key);
    if (value !== null) params.set(key, value);
  }
  if (view.focus) params.set('focus', view.focus);
  if (view.edge) params.set('edge', view.edge);
  if (view.depth !== undefined) params.set('depth', String(view.depth));
  if (view.depth !== undefined && view.centre) params.set('around', view.centre);
  if (view.expanded.length > 0) params.set('expand', joinIds(view.expanded));
  if (view.hidden.length > 0) params.set('hide', joinIds(view.hidden));
  if (view.kinds) params.set('kinds', view.kinds.join(','));
  if (view.relations) params.set('relations', view.relations.join(','));
  if (view.evidence) params.set('evidence', view.evidence);
  if (view.statuses) params.set('status', view.statuses.join(','));
  if (view.layout !== 'auto') params.set('layout', view.layout);
  if (view.group) params.set('group', view.group);
  if (view.path) {
    params.set('from', view.path.from);
    params.set('to', view.path.to);
    if (view.path.evidence) params.set('path-evidence', view.path.evidence);
    if (view.path.choice) params.set('path-choice', String(view.path.choice));
    if (view.path.mode === 'mechanism') params.set('paths', view.path.mode);
  }
  if (view.flow) {
    params.set('flow', view.flow.direction);
    params.set('flow-node', view.flow.node);
    params.set('steps', String(view.flow.steps));
  }
  if (view.compare.length > 0) params.set('compare', joinIds(view.compare));
  if (view.q) params.set('q', view.q);
  if (view.attributes && view.attributes.length > 0) params.set('filter', JSON.stringify(view.attributes));
  const text = params.toString();
  return text ? `?${text}` : '';
}
