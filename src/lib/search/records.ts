/**
 * Search records (issue #6): one per document, office, cited outside
 * document and text unit (article, khoản, điểm, office item, table row …),
 * built from the export (content/corpus.json, content/cited.json). Pure: the
 * indexer (scripts/search-index.ts) turns them into Pagefind entries.
 *
 * Pagefind folds tone marks but not "đ", so every record also carries a
 * folded copy (foldForMatch: đ → d, tones removed) of its label and text;
 * document numbers and citations are added in the forms people type.
 */
import type { ExportDocument, ExportNode } from '../export';
import { foldForMatch } from '../slug';
import { KIND_NAMES } from '../site/words';
import type { DocumentKind } from '../model';

export interface CitedEntry {
  key: string;
  anchor: string;
  descriptions: string[];
  cited: Array<{ type: string | null; number: string | null; date: string | null; issuer: string | null }>;
  citedBy: Array<{ title: string; path: string; places: Array<{ label: string; path: string }> }>;
}

export interface SearchRecord {
  /** Site-relative deep link, no leading slash: `van-ban/tt-10-2025-bkhcn/dieu-2/#khoan-11-diem-g`. */
  url: string;
  /** Shown as the result's title: label + document short title. */
  title: string;
  /** Breadcrumb: document › Điều/office › khoản. */
  location: string;
  /** The unit's own words as written (heading and text), used for the excerpt. */
  text: string;
  /** Heavily weighted: the unit's label ("điểm a khoản 11 Điều 2"), office or document name, folded too. */
  label: string;
  /** Weighted above the text: the full citation and document number forms. */
  cite: string;
  /** Normal weight: the text and its folded copy. */
  body: string;
  /** Light weight: document, province and office names, number forms (context words). */
  context: string;
  filters: { document?: string; province?: string; office?: string[]; kind?: string };
}

/** Unit kinds indexed as records of their own (the rest are containers or boilerplate). */
const INDEXED = new Set(['article', 'clause', 'point', 'item', 'row', 'part', 'basis', 'paragraph', 'footnote', 'legend', 'formula']);
/** Nothing under these is indexed: lists of recipients and signature blocks. */
const SKIPPED_BRANCHES = new Set(['recipients', 'signature']);
export const OUTSIDE_KIND = 'Văn bản được dẫn chiếu';

/** Every form a document number is typed in: "10/2025/TT-BKHCN", folded "150/2025/nd-cp", "TT-BKHCN", "10". */
export function numberForms(number: string | null, type: string | null): string[] {
  if (!number) return type ? [type, foldForMatch(type)] : [];
  const n = number.replace(/\s+/g, '');
  const forms = new Set<string>([n, foldForMatch(n)]);
  const lead = n.match(/^\d+/)?.[0];
  const tail = n.replace(/^[\d/]+/, '').replace(/^[-/]/, '');
  if (tail) { forms.add(tail); forms.add(foldForMatch(tail)); }
  if (type) {
    const t = foldForMatch(type);
    forms.add(`${type} ${n}`);
    forms.add(`${t} ${foldForMatch(n)}`);
    if (lead) { forms.add(`${type} ${lead}`); forms.add(`${t} ${lead}`); forms.add(`${t} so ${lead}`); }
  } else if (lead) forms.add(lead);
  return [...forms];
}

function docName(d: ExportDocument): string {
  return d.number && d.documentType ? `${d.documentType} ${d.number}` : d.shortTitle ?? d.title;
}

/**
 * The unit's own name: "điểm a" from "điểm a khoản 11 Điều 2" under
 * "khoản 11 Điều 2", "mục 2.1" from "mục 2.1 Điều 3 (Văn phòng)" (dotted
 * numbers skip their parents in labels, so every ancestor is tried).
 */
function unitOf(node: ExportNode, ancestors: ExportNode[], officeName: string | null): string {
  const strip = (l: string) => (officeName && l.endsWith(` (${officeName})`) ? l.slice(0, -officeName.length - 3) : l);
  const own = strip(node.label);
  for (const a of [...ancestors].reverse()) {
    const up = strip(a.label);
    if (own.endsWith(` ${up}`)) return own.slice(0, -up.length - 1);
  }
  return own;
}

const join = (parts: Array<string | null | undefined>) => parts.filter((p): p is string => !!p && p.trim() !== '').join(' ');
const withFold = (s: string) => { const f = foldForMatch(s); return f === s.toLowerCase() ? s : `${s} ${f}`; };

export function buildRecords(documents: ExportDocument[], cited: CitedEntry[]): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const d of documents) {
    const name = docName(d);
    const kind = d.kind ? KIND_NAMES[d.kind as DocumentKind] : undefined;
    const province = d.province ?? undefined;
    const numbers = numberForms(d.number, d.documentType);
    const lead = d.number?.match(/^\d+/)?.[0];
    const shortRef = lead && d.documentType ? `${d.documentType} ${lead}` : d.shortTitle ?? d.title;
    const docContext = withFold(join([d.shortTitle, d.province]));
    const officeNames = new Map(d.offices.map((o) => [o.id, o.name]));
    const base = { document: d.shortTitle ?? d.title, province, kind };

    out.push({
      url: d.url, title: d.shortTitle ?? d.title, location: name, text: d.title,
      label: withFold(join([d.shortTitle, ...numbers.filter((f) => !f.includes('/'))])),
      cite: join(numbers),
      body: withFold(join([d.title, d.issuer])),
      context: join([d.province, d.province && foldForMatch(d.province)]),
      filters: { ...base },
    });
    for (const o of d.offices) {
      out.push({
        url: o.url, title: `${o.name} — ${d.shortTitle ?? name}`, location: `${name} › ${o.name}`, text: o.name,
        label: withFold(join([o.name, o.abbreviation])),
        cite: withFold(join([d.shortTitle, d.province])),
        body: withFold(join([o.nameAsWritten !== o.name ? o.nameAsWritten : null, d.province])),
        context: docContext,
        filters: { ...base, office: [o.name] },
      });
    }

    const byId = new Map(d.nodes.map((n) => [n.id, n]));
    for (const n of d.nodes) {
      if (!INDEXED.has(n.kind)) continue;
      const chain: ExportNode[] = [];
      for (let c: ExportNode | undefined = n; c; c = c.parent ? byId.get(c.parent) : undefined) chain.unshift(c);
      if (chain.some((c) => SKIPPED_BRANCHES.has(c.kind))) continue;
      const own = join([n.heading, n.text]);
      if (!own && n.kind !== 'article') continue;
      const officeName = n.office ? officeNames.get(n.office) ?? null : null;
      // Breadcrumb from the page's unit (Điều, office, part) down to the node.
      const start = Math.max(0, chain.findIndex((c) => c.kind === 'article' || c.kind === 'office'));
      const crumbs = chain.slice(start).filter((c) => c.kind !== 'table').map((c, i) =>
        (i === 0 ? c.label : unitOf(c, chain.slice(0, chain.indexOf(c)), officeName)));
      // The document as people cite it in passing ("Thông tư 10"); its full
      // number stays on the document's own record so that searching the
      // number finds the document first.
      const citation = `${n.label} ${shortRef}`;
      const rowOffices = n.kind === 'row' ? [...(n.leadOffices ?? []), ...(n.supportOffices ?? [])].map((id) => officeNames.get(id)).filter((x): x is string => !!x) : [];
      const offices = [...new Set([officeName, ...rowOffices].filter((x): x is string => !!x))];
      const rowText = n.kind === 'row' ? join([n.lead && `Chủ trì: ${n.lead}.`, n.support && `Phối hợp: ${n.support}.`]) : '';
      out.push({
        url: n.url,
        title: `${n.label} — ${d.shortTitle ?? name}`,
        location: [name, ...crumbs].join(' › '),
        text: join([own, rowText]),
        label: withFold(unitOf(n, [], officeName)),
        cite: withFold(citation),
        body: withFold(join([own, rowText])),
        context: join([docContext, ...offices.map(withFold)]),
        filters: { ...base, ...(offices.length ? { office: offices } : {}) },
      });
    }
  }

  for (const c of cited) {
    const first = c.cited[0];
    const numbers = c.cited.flatMap((x) => numberForms(x.number, x.type));
    const places = c.citedBy.map((g) => g.title);
    out.push({
      url: `van-ban-duoc-dan-chieu/#${c.anchor}`,
      title: c.descriptions[0] ?? c.key,
      location: `Văn bản được dẫn chiếu › ${first?.number ?? c.key}`,
      text: join([c.descriptions.join('; '), places.length ? `Được dẫn chiếu tại: ${places.join('; ')}.` : null]),
      label: withFold(join([...new Set(c.cited.map((x) => join([x.type, x.number])))])),
      cite: join(numbers),
      body: withFold(join([c.descriptions.join(' ')])),
      context: withFold(join(places)),
      filters: { kind: OUTSIDE_KIND },
    });
  }
  return out;
}
