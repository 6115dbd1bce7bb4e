// What the user is looking at, as plain data: selection, neighbourhood, filters, layout, path and comparison.
import type { AttributeFilter } from '../graph/attribute-filter';
import type { FlowDirection } from '../graph/relation-direction';
import type { DrugStatus, EvidenceLevel, NodeKind, Relation } from '../graph/types';

/** `auto` lays each view out for what it shows; the others apply one layout to any view. */
export const LAYOUTS = ['auto', 'force', 'concentric', 'lanes'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const MAX_DEPTH = 3;
export const MAX_COMPARED = 4;

export interface PathRequest {
  from: string;
  to: string;
  /** Use only edges at least this firm. */
  evidence?: EvidenceLevel | undefined;
  /** Which of the alternatives is shown, 0 for the shortest. */
  choice?: number | undefined;
  /** `mechanism` follows relationships in their direction, preferring firm evidence and avoiding hubs. */
  mode?: PathMode | undefined;
}

export const PATH_MODES = ['shortest', 'mechanism'] as const;
export type PathMode = (typeof PATH_MODES)[number];

export const FLOW_DIRECTIONS = ['downstream', 'upstream'] as const;

/** What a node leads to (downstream) or what leads to it (upstream), `steps` steps along the relationships. */
export interface FlowRequest {
  node: string;
  direction: FlowDirection;
  steps: number;
}

export interface View {
  focus?: string | undefined;
  edge?: string | undefined;
  /** Show only the neighbourhood of `centre`, this many steps deep; the whole graph when absent. */
  depth?: number | undefined;
  centre?: string | undefined;
  expanded: string[];
  hidden: string[];
  /** Kinds shown; all when absent. */
  kinds?: NodeKind[] | undefined;
  /** Relationship types shown, with the nodes they join; all when absent. */
  relations?: Relation[] | undefined;
  evidence?: EvidenceLevel | undefined;
  statuses?: DrugStatus[] | undefined;
  /** Filters by attribute (numbers in a range, values among a set); all must be met. */
  attributes?: AttributeFilter[] | undefined;
  layout: LayoutName;
  /** Show only the nodes of this group (a key of the vocabulary's groups). */
  group?: string | undefined;
  path?: PathRequest | undefined;
  flow?: FlowRequest | undefined;
  compare: string[];
  q?: string | undefined;
}

export function emptyView(): View {
  return { expanded: [], hidden: [], layout: 'auto', compare: [] };
}

/** Removes absent optional fields, so two equal views compare equal as JSON. */
export function normaliseView(view: View): View {
  return Object.fromEntries(Object.entries(view).filter(([, value]) => value !== undefined)) as unknown as View;
}

export function sameView(a: View, b: View): boolean {
  return JSON.stringify(normaliseView(a)) === JSON.stringify(normaliseView(b));
}
