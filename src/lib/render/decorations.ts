// Elements drawn beside the graph's own: the overview's group boxes and the links between them, and the headings
// of the lanes layout. Built from plain data, so the controller can add and remove them as one set.
import type { ElementDefinition } from 'cytoscape';
import { OVERVIEW_TEXT, type OverviewLayout } from '../graph/layout-overview';
import type { Overview } from '../graph/overview';
import type { Position } from '../util/position';
import { breakable } from './label-placement';
import { CLASS, DECORATION, DECORATION_PREFIX } from './names';

/** The padding the stylesheet gives a group's box, in layout units. */
export const GROUP_PADDING = 10;

interface GroupBox {
  id: string;
  /** The title drawn above the box. */
  label: string;
  /** Nodes of the graph drawn inside the box. */
  members: readonly string[];
  /** Size the box grows to, right and down from its first member, in layout units. */
  width: number;
  height: number;
  /** Size of the title, and of the members' labels, in layout units (the overview scales as a diagram). */
  titleSize: number;
  memberSize: number;
  /** The widest line of a member's label, in layout units. */
  memberLabelWidth: number;
}

export interface Decorations {
  groups: readonly GroupBox[];
  /** Links between two groups, drawn thicker the more relationships join them. */
  links: readonly { source: string; target: string; count: number }[];
  headings: readonly { text: string; x: number; y: number }[];
}

export const NO_DECORATIONS: Decorations = { groups: [], links: [], headings: [] };

export function groupElementId(group: string): string {
  return `${DECORATION_PREFIX}group:${group}`;
}

/** The group a box element stands for, or undefined for any other element. */
export function groupOfElement(id: string): string | undefined {
  const prefix = `${DECORATION_PREFIX}group:`;
  return id.startsWith(prefix) ? id.slice(prefix.length) : undefined;
}

/** What a scene brings for decorations: the overview's grid, or the lanes' column headings. */
interface DecoratedScene {
  overview?: { summary: Overview; layout: OverviewLayout } | undefined;
  headings?: readonly { text: string; position: Position }[] | undefined;
}

/** The scene's boxes, links and headings, as the controller draws them. */
export function sceneDecorations(scene: DecoratedScene): Decorations {
  if (scene.overview) {
    const { summary, layout } = scene.overview;
    return {
      groups: summary.groups.map((group) => ({
        id: group.id,
        // A summary by kinds says how many of each there are in the box's title.
        label: summary.by === 'kind' ? `${group.label} · ${group.size.toLocaleString('en')}` : group.label,
        members: layout.landmarks.get(group.id) ?? [],
        width: layout.boxes.get(group.id)?.width ?? 0,
        height: layout.boxes.get(group.id)?.height ?? 0,
        titleSize: OVERVIEW_TEXT.heading,
        memberSize: OVERVIEW_TEXT.landmark,
        memberLabelWidth: layout.labelWidth,
      })),
      links: summary.links,
      headings: [],
    };
  }
  if (scene.headings) {
    return { ...NO_DECORATIONS, headings: scene.headings.map(({ text, position }) => ({ text, ...position })) };
  }
  return NO_DECORATIONS;
}

const MAX_LINK_WIDTH = 9;

/** Element definitions for the decorations (members are not included: they are the graph's own nodes). */
export function decorationElements(decorations: Decorations): ElementDefinition[] {
  const most = Math.max(1, ...decorations.links.map((link) => link.count));
  return [
    ...decorations.groups.map((group): ElementDefinition => ({
      group: 'nodes',
      // Titled from the start, so the camera frames the titles too (a diagram's labels scale with it).
      classes: `${CLASS.labelled} ${CLASS.labelAbove}`,
      data: {
        id: groupElementId(group.id),
        labelSize: group.titleSize,
        labelLine: group.width + 2 * GROUP_PADDING,
        labelGap: 4,
        labelGapBack: -4,
        labelOutline: 0,
        decoration: DECORATION.group,
        label: group.label,
        display: breakable(group.label),
        fontSize: group.titleSize,
        minWidth: group.width,
        minHeight: group.height,
      },
    })),
    ...decorations.headings.map((heading, index): ElementDefinition => ({
      group: 'nodes',
      data: {
        id: `${DECORATION_PREFIX}heading:${index}`,
        decoration: DECORATION.heading,
        label: heading.text,
        display: breakable(heading.text),
      },
      position: { x: heading.x, y: heading.y },
      selectable: false,
      grabbable: false,
    })),
    ...decorations.links.map((link): ElementDefinition => ({
      group: 'edges',
      data: {
        id: `${DECORATION_PREFIX}link:${link.source}|${link.target}`,
        decoration: DECORATION.link,
        source: groupElementId(link.source),
        target: groupElementId(link.target),
        count: link.count,
        width: 1.5 + (MAX_LINK_WIDTH - 1.5) * Math.sqrt(link.count / most),
        relationLabel: String(link.count),
      },
    })),
  ];
}
