import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readGraphData } from '../src/lib/data/read-graph-data-dir';
const b = readGraphData('graph-data', '.');
const nodes = new Map(b.nodes.map((n) => [n.id, n]));
const files = process.argv.slice(2);
for (const f of files) {
  const d = parse(readFileSync(`graph-data/topics/${f}.yaml`,'utf8'));
  for (const e of d.edges) {
    const r = b.vocab.relations[e.relation as keyof typeof b.vocab.relations];
    const hedged = e.hedged || b.vocab.evidence[e.evidence as keyof typeof b.vocab.evidence].hedged;
    const t = (hedged && r.hedged_template) ? r.hedged_template : r.template;
    const ph = (id: string) => nodes.get(id)?.phrase ?? nodes.get(id)?.label;
    const s = t.replace('{source}', ph(e.source)!).replace('{target}', ph(e.target)!);
    console.log(`[${e.evidence}] ${s[0].toUpperCase()}${s.slice(1)}.`);
  }
}
