// The Graph outline's tree state: which kinds and nodes are open, which row has the keyboard, and what each key does.
import type { EdgeKeys } from '../graph/all-edges';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { AtlasGraph } from '../graph/build-graph';
import { outlineGroups, outlineRelationships, type OutlineRelationship } from '../graph/outline';
import type { SentenceVocabulary } from '../graph/sentence';
import type { NodeKind } from '../graph/types';

/** How many nodes of one kind are listed before a "Show more" row. */
export const OUTLINE_PAGE = 100;

interface OutlineSource {
  graph: AtlasGraph;
  shown: { nodes: ReadonlySet<string>; edges: EdgeKeys };
  vocabulary: SentenceVocabulary;
}

interface OutlineNodeBranch {
  key: string;
  id: string;
  label: string;
  expanded: boolean;
  relationships: (OutlineRelationship & { key: string })[];
}

export interface OutlineKindBranch {
  key: string;
  kind: NodeKind;
  count: number;
  expanded: boolean;
  nodes: OutlineNodeBranch[];
  /** The key of the "Show more" row, and how many nodes it would add, when the kind is cut short. */
  more: { key: string; remaining: number } | null;
}

type Row =
  | { type: 'kind'; key: string; parent: null; expanded: boolean; kind: NodeKind }
  | { type: 'node'; key: string; parent: string; expanded: boolean; id: string; label: string }
  | { type: 'relationship'; key: string; parent: string; edge: string; other: string; sentence: string }
  | { type: 'more'; key: string; parent: string; kind: NodeKind };

/** What the app should do after a key press or click in the outline. */
export type OutlineAction = { type: 'focus-node'; id: string } | { type: 'show-evidence'; edge: string };

const kindKey = (kind: string) => `k|${kind}`;
const nodeKey = (id: string) => `n|${id}`;

export class OutlineTree {
  readonly expanded = new SvelteSet<string>();
  readonly #limits = new SvelteMap<NodeKind, number>();
  #active = $state('');
  readonly #source: () => OutlineSource;

  constructor(source: () => OutlineSource) {
    this.#source = source;
  }

  readonly branches: OutlineKindBranch[] = $derived.by(() => {
    const { graph, shown, vocabulary } = this.#source();
    const open = (kind: string) => this.expanded.has(kindKey(kind));
    return outlineGroups(graph, shown, open).map(({ kind, nodes }) => {
      const limit = this.#limits.get(kind) ?? OUTLINE_PAGE;
      const listed = nodes.slice(0, limit).map(({ id, label }) => {
        const key = nodeKey(id);
        const expanded = this.expanded.has(key);
        const relationships = expanded
          ? outlineRelationships(graph, id, shown, vocabulary).map((item) => ({ ...item, key: `e|${id}|${item.edge}` }))
          : [];
        return { key, id, label, expanded, relationships };
      });
      const remaining = nodes.length - listed.length;
      return {
        key: kindKey(kind),
        kind,
        count: nodes.length,
        expanded: this.expanded.has(kindKey(kind)),
        nodes: listed,
        more: remaining > 0 ? { key: `m|${kind}`, remaining } : null,
      };
    });
  });

  /** Every row a reader can reach now, top to bottom. */
  readonly rows: Row[] = $derived.by(() => {
    const rows: Row[] = [];
    for (const branch of this.branches) {
      rows.push({ type: 'kind', key: branch.key, parent: null, expanded: branch.expanded, kind: branch.kind });
      if (!branch.expanded) continue;
      for (const node of branch.nodes) {
        rows.push({
          type: 'node',
          key: node.key,
          parent: branch.key,
          expanded: node.expanded,
          id: node.id,
          label: node.label,
        });
        if (!node.expanded) continue;
        for (const item of node.relationships) rows.push({ type: 'relationship', parent: node.key, ...item });
      }
      if (branch.more) rows.push({ type: 'more', key: branch.more.key, parent: branch.key, kind: branch.kind });
    }
    return rows;
  });

  /** The row that takes Tab focus (roving tabindex): the last one used, or the first row. */
  readonly active: string = $derived(
    this.rows.some((row) => row.key === this.#active) ? this.#active : (this.rows[0]?.key ?? ''),
  );

  activate(key: string): void {
    this.#active = key;
  }

  toggle(key: string): void {
    if (this.expanded.has(key)) this.expanded.delete(key);
    else this.expanded.add(key);
  }

  /** Opens the node's kind (and enough of its list) and makes the node the active row. */
  reveal(id: string): boolean {
    const { graph, shown } = this.#source();
    if (!graph.hasNode(id) || !shown.nodes.has(id)) return false;
    const kind = graph.getNodeAttribute(id, 'kind');
    this.expanded.add(kindKey(kind));
    const group = outlineGroups(graph, shown, (other) => other === kind).find((entry) => entry.kind === kind);
    const index = group?.nodes.findIndex((node) => node.id === id) ?? -1;
    const limit = this.#limits.get(kind) ?? OUTLINE_PAGE;
    if (index >= limit) this.#limits.set(kind, Math.ceil((index + 1) / OUTLINE_PAGE) * OUTLINE_PAGE);
    this.#active = nodeKey(id);
    return true;
  }

  /** Activating a row (Enter, or a click): opens kinds, focuses nodes, opens evidence, lists more nodes. */
  press(key: string): OutlineAction | null {
    const row = this.rows.find((entry) => entry.key === key);
    if (!row) return null;
    this.#active = key;
    if (row.type === 'kind') this.toggle(key);
    else if (row.type === 'more')
      this.#limits.set(row.kind, (this.#limits.get(row.kind) ?? OUTLINE_PAGE) + OUTLINE_PAGE);
    else if (row.type === 'node') return { type: 'focus-node', id: row.id };
    else return { type: 'show-evidence', edge: row.edge };
    return null;
  }

  /** Handles a key on the active row; returns whether the key was used, and any action for the app. */
  keydown(key: string): { handled: boolean; action: OutlineAction | null } {
    const rows = this.rows;
    const index = rows.findIndex((entry) => entry.key === this.active);
    const row = rows[index];
    const done = (action: OutlineAction | null = null) => ({ handled: true, action });
    if (!row) return { handled: false, action: null };
    const expandable = row.type === 'kind' || row.type === 'node';
    switch (key) {
      case 'ArrowDown':
        this.#active = rows[Math.min(index + 1, rows.length - 1)]?.key ?? row.key;
        return done();
      case 'ArrowUp':
        this.#active = rows[Math.max(index - 1, 0)]?.key ?? row.key;
        return done();
      case 'Home':
        this.#active = rows[0]?.key ?? row.key;
        return done();
      case 'End':
        this.#active = rows.at(-1)?.key ?? row.key;
        return done();
      case 'ArrowRight':
        if (row.type === 'relationship') this.reveal(row.other);
        else if (expandable && !row.expanded) this.expanded.add(row.key);
        else if (expandable && rows[index + 1]?.parent === row.key) this.#active = rows[index + 1]?.key ?? row.key;
        return done();
      case 'ArrowLeft':
        if (expandable && row.expanded) this.expanded.delete(row.key);
        else if (row.parent) this.#active = row.parent;
        return done();
      case 'Enter':
        return done(this.press(row.key));
      case ' ':
        if (row.type === 'node') this.toggle(row.key);
        else return done(this.press(row.key));
        return done();
      default:
        if (key.length === 1 && key.trim()) return { handled: this.#typeAhead(key, index), action: null };
        return { handled: false, action: null };
    }
  }

  /** Moves to the next row whose text starts with the typed character. */
  #typeAhead(character: string, from: number): boolean {
    const rows = this.rows;
    const wanted = character.toLowerCase();
    for (let step = 1; step <= rows.length; step++) {
      const row = rows[(from + step) % rows.length];
      if (row && this.#text(row).toLowerCase().startsWith(wanted)) {
        this.#active = row.key;
        return true;
      }
    }
    return false;
  }

  #text(row: Row): string {
    if (row.type === 'node') return row.label;
    if (row.type === 'relationship') return row.sentence;
    return row.kind;
  }
}
