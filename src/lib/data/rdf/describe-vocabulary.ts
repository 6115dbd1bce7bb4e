// The vocabulary a dataset's RDF uses, described in the file itself: a class per kind, a property per relation and the
// evidence levels, each with its label and the id it stands for, so a reader can map terms back without guessing.
import { EVIDENCE_LEVELS } from '../../graph/types.ts';
import type { Vocab } from '../schema.ts';
import { iri, text, type Description } from './terms.ts';
import { className, evidenceName, predicateName, RDF_NS, RDFS_NS, type Namespaces } from './vocabulary.ts';

/** Term names for the kinds and relations of one dataset: each id gets its own name, even when two would read alike. */
export interface TermNames {
  readonly classes: ReadonlyMap<string, string>;
  readonly predicates: ReadonlyMap<string, string>;
}

function uniqueNames(ids: Iterable<string>, naming: (id: string) => string, reserved: readonly string[]) {
  const taken = new Set(reserved);
  const names = new Map<string, string>();
  for (const id of ids) {
    const name = naming(id);
    let unique = name;
    for (let count = 2; taken.has(unique); count++) unique = `${name}_${count}`;
    taken.add(unique);
    names.set(id, unique);
  }
  return names;
}

/** Class names the vocabulary uses for itself, which no kind may take (relations are a closed list). */
const RESERVED_CLASSES = ['Entity', 'EvidenceLevel', 'Dataset', ...EVIDENCE_LEVELS.map(evidenceName)];

export function termNames(kinds: Iterable<string>, relations: Iterable<string>): TermNames {
  return {
    classes: uniqueNames([...new Set(kinds)].sort(), className, RESERVED_CLASSES),
    predicates: uniqueNames([...new Set(relations)].sort(), predicateName, []),
  };
}

const label = (record: Readonly<Record<string, { label: string }>>, id: string) =>
  Object.hasOwn(record, id) ? (record[id]?.label ?? id) : id;

export function describeVocabulary(vocab: Vocab, names: TermNames, ns: Namespaces): Description[] {
  const type = `${RDF_NS}type`;
  const rdfsLabel = `${RDFS_NS}label`;
  const localId = `${ns.sa}localId`;
  const descriptions: Description[] = [
    {
      subject: `${ns.sa}Entity`,
      properties: [
        [type, iri(`${RDFS_NS}Class`)],
        [rdfsLabel, text('Entity')],
      ],
    },
  ];
  for (const [kind, name] of names.classes)
    descriptions.push({
      subject: `${ns.sa}${name}`,
      properties: [
        [type, iri(`${RDFS_NS}Class`)],
        [`${RDFS_NS}subClassOf`, iri(`${ns.sa}Entity`)],
        [rdfsLabel, text(label(vocab.kinds, kind))],
        [localId, text(kind)],
      ],
    });
  for (const [relation, name] of names.predicates)
    descriptions.push({
      subject: `${ns.sa}${name}`,
      properties: [
        [type, iri(`${RDF_NS}Property`)],
        [rdfsLabel, text(label(vocab.relations, relation))],
        [localId, text(relation)],
      ],
    });
  descriptions.push({
    subject: `${ns.sa}EvidenceLevel`,
    properties: [
      [type, iri(`${RDFS_NS}Class`)],
      [rdfsLabel, text('Evidence level')],
    ],
  });
  for (const level of EVIDENCE_LEVELS)
    descriptions.push({
      subject: `${ns.sa}${evidenceName(level)}`,
      properties: [
        [type, iri(`${ns.sa}EvidenceLevel`)],
        [rdfsLabel, text(label(vocab.evidence, level))],
        [localId, text(level)],
      ],
    });
  return descriptions;
}
