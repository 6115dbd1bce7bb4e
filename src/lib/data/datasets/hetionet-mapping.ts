// How Hetionet's node kinds and edge types map onto our vocabulary, with an honest evidence level for each.
import type { EvidenceLevel, NodeKind, Relation } from '../../graph/types';

export const HETIONET_KINDS: Record<string, NodeKind> = {
  Compound: 'drug',
  PharmacologicClass: 'drug-class',
  Disease: 'condition',
  Symptom: 'symptom',
  Pathway: 'mechanism',
  Gene: 'gene',
  Anatomy: 'anatomy',
};

interface RelationMapping {
  relation: Relation;
  evidence: EvidenceLevel;
  /** Our relation reads the other way round (e.g. "class includes compound" becomes "compound is an example of class"). */
  reverse?: boolean;
}

/** By Hetionet metaedge abbreviation. Evidence reflects the kind of upstream source, not each assertion. */
export const HETIONET_RELATIONS: Record<string, RelationMapping> = {
  CbG: { relation: 'binds', evidence: 'established' },
  CtD: { relation: 'treats', evidence: 'established' },
  CpD: { relation: 'treats', evidence: 'clinical' },
  CuG: { relation: 'increases', evidence: 'preclinical' },
  CdG: { relation: 'decreases', evidence: 'preclinical' },
  CrC: { relation: 'associated-with', evidence: 'hypothesis' },
  PCiC: { relation: 'is-a', evidence: 'established', reverse: true },
  DaG: { relation: 'associated-with', evidence: 'clinical' },
  DuG: { relation: 'increases', evidence: 'clinical' },
  DdG: { relation: 'decreases', evidence: 'clinical' },
  DpS: { relation: 'symptom-of', evidence: 'established', reverse: true },
  DlA: { relation: 'located-in', evidence: 'hypothesis' },
  DrD: { relation: 'associated-with', evidence: 'hypothesis' },
  GiG: { relation: 'associated-with', evidence: 'established' },
  GcG: { relation: 'associated-with', evidence: 'hypothesis' },
  'Gr>G': { relation: 'associated-with', evidence: 'preclinical' },
  GpPW: { relation: 'part-of', evidence: 'established' },
  AuG: { relation: 'expressed-in', evidence: 'clinical', reverse: true },
  AdG: { relation: 'associated-with', evidence: 'clinical', reverse: true },
};
