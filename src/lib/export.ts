/**
 * The JSON export (`dist/data/corpus.json`, and `npm run parse`): the tree
 * flattened into nodes in document order, each with its parent and URL.
 */
import type { Diagnostic, LegalDocument, LegendEntry, Office, RemovedArtifact } from './model';
import { walk } from './parse';
import { citation, citationUnits, documentCitation } from './citation';
import { documentPath, locateNodes, officePath } from './urls';

export interface ExportNode {
  id: string;
  parent: string | null;
  kind: string;
  number: string | null;
  num: string | null;
  label: string;
  /** How a memo cites the unit (citation.ts), or null for what one does not cite (header lines, recipients…). */
  citation: string | null;
  heading: string | null;
  text: string;
  office: string | null;
  url: string;
  lines: [number, number];
  partType?: string;
  repeatOf?: string;
  lead?: string;
  support?: string;
  leadOffices?: string[];
  supportOffices?: string[];
  footnoteRefs?: Array<{ offset: number; marker: string; footnote: string }>;
}

export interface ExportDocument {
  id: string;
  title: string;
  shortTitle: string | null;
  number: string | null;
  documentType: string | null;
  kind: string | null;
  province: string | null;
  issuer: string | null;
  signer: string | null;
  date: string | null;
  dateInForce: string | null;
  inForceNote: string | null;
  implements: string | null;
  notes: string[];
  /** How a memo cites the document: type, number, date, issuer (citation.ts). */
  citation: string;
  source: { file: string | null; original: string | null };
  url: string;
  offices: Array<Office & { url: string }>;
  legend: LegendEntry[];
  nodes: ExportNode[];
  removed: RemovedArtifact[];
  diagnostics: Diagnostic[];
}

/** Flatten one parsed document for export. */
export function exportDocument(doc: LegalDocument): ExportDocument {
  const locations = locateNodes(doc);
  const units = citationUnits(doc);
  const nodes: ExportNode[] = [];
  walk(doc.children, (n, parent) => {
    const unit = units.get(n.id);
    const e: ExportNode = {
      id: n.id, parent: parent?.id ?? null, kind: n.kind, number: n.number, num: n.num, label: n.label, citation: unit ? citation(unit, doc.meta) : null,
      heading: n.heading, text: n.text, office: n.office, url: locations.get(n.id)!.url, lines: n.lines,
    };
    if (n.kind === 'part') e.partType = n.partType;
    if (n.repeatOf) e.repeatOf = n.repeatOf;
    if (n.footnoteRefs) e.footnoteRefs = n.footnoteRefs;
    if (n.kind === 'row') Object.assign(e, { lead: n.lead, support: n.support, leadOffices: n.leadOffices, supportOffices: n.supportOffices });
    nodes.push(e);
  });
  const m = doc.meta;
  return {
    id: m.id, title: m.title, shortTitle: m.shortTitle, number: m.number, documentType: m.documentType, kind: m.kind,
    province: m.province, issuer: m.issuer, signer: m.signer, date: m.dateIssued, dateInForce: m.dateInForce,
    inForceNote: m.inForceNote, implements: m.implements, notes: m.notes, citation: documentCitation(m),
    source: { file: m.sourceFile, original: m.originalFile },
    url: documentPath(m.id),
    offices: doc.offices.map((o) => ({ ...o, url: officePath(m.id, o.id) })),
    legend: doc.legend,
    nodes,
    removed: doc.removed,
    diagnostics: doc.diagnostics,
  };
}
