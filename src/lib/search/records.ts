/**
 * Search records (issue #6): one per document, office, cited outside
 * document and text unit (article, khoản, điểm, office item, table row …),
 * built from the export (content/corpus.json, content/cited.json), and one
 * per page that shows no such unit (home, province, cited index and
 * comparison pages, from the comparison view model). Pure: the indexer
 * (scripts/search-index.ts) turns them into Pagefind entries.
 *
 * Pagefind folds tone marks but not "đ", so every searched field is
 * indexed with "đ" as "d" (match.ts indexedForm; queries are sent the same
 * way), once: the index grows like the text. Document numbers and
 * citations are added in the forms people type.
 */
import type { ExportDocument, ExportNode } from '../export';
import { foldForMatch } from '../slug';
import { citationKey, indexedForm } from './match';
import { dutyKey } from '../site/duty-files';
import { RECORD_KINDS, type RecordKind } from './fields';
import { HOME_LEAD, HOME_TITLE, KIND_NAMES } from '../site/words';
import type { DocumentKind } from '../model';
import {
  COMPARISON_HEADING, COMPARISON_ROOT, COMPARISON_TITLE, clauseHasPoints, clauseTitles, coverage, documentSummary,
  documentTitles, excerpt, OVER_TIME, officesOverTime, overTimePages, overTimeTitles, restatesModel, type ComparisonSite, type ModelClause,
  type ProvinceDoc,
} from '../site/comparison';
import { PROVINCE_INDEX, collator, provincePath } from '../site/paths';
import { CITED_INDEX_PATH, CITED_INDEX_TITLE, citedEntryPath, citedEntryTitle } from '../site/reference-links';
import { OPEN_DATA_LEAD, OPEN_DATA_PATH, OPEN_DATA_TITLE } from '../site/open-data';
import { DRAFT_PAGE } from '../site/draft-page';

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
  /** Heavily weighted: the unit's label ("điểm a khoản 11 Điều 2"), office or document name. Searched fields are in indexedForm (đ → d). */
  label: string;
  /** Weighted above the text: the full citation and document number forms. */
  cite: string;
  /** Normal weight: the text. */
  body: string;
  /** Light weight: document, province and office names, number forms (context words). */
  context: string;
  /** `rec`: what the record is (fields.ts RECORD_KINDS), for the browser's lookups of names and model duties. */
  filters: { document?: string; province?: string; office?: string[]; kind?: string; cite?: string[]; rec?: RecordKind };
  /** Names the record goes by (an office, a document, a province as people name them): a query naming one ranks it first. */
  names?: string[];
  /** For a model khoản or điểm in the comparison: the key of its duty file (data/so-sanh/nhiem-vu/<key>.json, src/lib/site/duty-files.ts). */
  duty?: string;
  /** For a comparison page: URL prefixes of the texts it summarises, which it must never outrank. */
  summarises?: string[];
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

const titleOf = (d: ExportDocument) => d.shortTitle ?? d.title;
const kindName = (d: ExportDocument) => (d.kind ? KIND_NAMES[d.kind as DocumentKind] : undefined);

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

/**
 * Every record: the units of `documents`, the `cited` outside documents, and
 * the pages (`pageRecords`). `comparison` is the view model of the so-sanh/
 * pages (null when the corpus has no model, and so no such pages).
 */
export function buildRecords(documents: ExportDocument[], cited: CitedEntry[], comparison: ComparisonSite | null): SearchRecord[] {
  // The model units that have a duty file: every point in the comparison, and its khoản.
  const dutyUrls = new Set(comparison?.clauses.flatMap((c) => [c.url, ...c.points.map((p) => p.url)]) ?? []);
  const isDuty = (d: ExportDocument, n: ExportNode) => d.id === comparison?.model.id && dutyUrls.has(n.url);
  return [
    ...documents.flatMap((d) => documentRecords(d, (n) => isDuty(d, n))),
    ...cited.map((c) => citedRecord(c)),
    ...pageRecords(documents, cited, comparison),
  ];
}

/** What the records of one document share: its names, number forms, context words and filters. */
interface DocumentFacts {
  doc: ExportDocument;
  /** The document as its number names it ("Thông tư 10/2025/TT-BKHCN"), else its short title. */
  name: string;
  /** Every form its number is typed in (numberForms). */
  numbers: string[];
  /** The document as people cite it in passing ("Thông tư 10"). */
  shortRef: string;
  /** Context words of its units: short title and province, in indexedForm. */
  context: string;
  officeNames: Map<string, string>;
  /** The filters every record of the document carries. */
  filters: { document: string; province: string | undefined; kind: string | undefined };
}

function documentFacts(d: ExportDocument): DocumentFacts {
  const lead = d.number?.match(/^\d+/)?.[0];
  return {
    doc: d,
    name: docName(d),
    numbers: numberForms(d.number, d.documentType),
    shortRef: lead && d.documentType ? `${d.documentType} ${lead}` : d.shortTitle ?? d.title,
    context: indexedForm(join([d.shortTitle, d.province])),
    officeNames: new Map(d.offices.map((o) => [o.id, o.name])),
    filters: { document: titleOf(d), province: d.province ?? undefined, kind: kindName(d) },
  };
}

/** The records of one document: itself, its offices, then its units in document order. */
function documentRecords(d: ExportDocument, isDuty: (n: ExportNode) => boolean): SearchRecord[] {
  const facts = documentFacts(d);
  return [documentRecord(facts), ...d.offices.map((o) => officeRecord(facts, o)), ...unitRecords(facts, isDuty)];
}

function documentRecord({ doc: d, name, numbers, filters }: DocumentFacts): SearchRecord {
  return {
    // The number in the text, so that a number as the query is marked in the result.
    url: d.url, title: d.shortTitle ?? d.title, location: name, text: join([d.number && `Số ${d.number}.`, d.title]),
    label: indexedForm(join([d.shortTitle, ...numbers.filter((f) => !f.includes('/'))])),
    cite: indexedForm(join(numbers)),
    body: indexedForm(join([d.title, d.issuer])),
    context: indexedForm(d.province ?? ''),
    filters: { ...filters, rec: RECORD_KINDS.named },
    names: [...new Set([d.shortTitle ?? d.title, name, ...(d.number ? [d.number] : [])])],
  };
}

function officeRecord({ doc: d, name, context, filters }: DocumentFacts, o: ExportDocument['offices'][number]): SearchRecord {
  return {
    url: o.url, title: `${o.name} — ${d.shortTitle ?? name}`, location: `${name} › ${o.name}`, text: o.name,
    label: indexedForm(join([o.name, o.abbreviation])),
    cite: indexedForm(join([d.shortTitle, d.province])),
    body: indexedForm(join([o.nameAsWritten !== o.name ? o.nameAsWritten : null, d.province])),
    context,
    filters: { ...filters, office: [o.name], rec: RECORD_KINDS.named },
    names: [o.name, ...(o.abbreviation ? [o.abbreviation] : [])],
  };
}

/** A record for each unit of an indexed kind that has words of its own (an article even without), outside skipped branches. */
function unitRecords(facts: DocumentFacts, isDuty: (n: ExportNode) => boolean): SearchRecord[] {
  const byId = new Map(facts.doc.nodes.map((n) => [n.id, n]));
  const out: SearchRecord[] = [];
  for (const n of facts.doc.nodes) {
    if (!INDEXED.has(n.kind)) continue;
    const chain = ancestry(n, byId);
    if (chain.some((c) => SKIPPED_BRANCHES.has(c.kind))) continue;
    const own = join([n.heading, n.text]);
    if (!own && n.kind !== 'article') continue;
    out.push(unitRecord(facts, n, chain, own, isDuty(n)));
  }
  return out;
}

/** The node and its ancestors, outermost first. */
function ancestry(n: ExportNode, byId: Map<string, ExportNode>): ExportNode[] {
  const chain: ExportNode[] = [];
  for (let c: ExportNode | undefined = n; c; c = c.parent ? byId.get(c.parent) : undefined) chain.unshift(c);
  return chain;
}

/** Breadcrumb from the page's unit (Điều, office, part) down to the node. */
function unitCrumbs(chain: ExportNode[], officeName: string | null): string[] {
  const start = Math.max(0, chain.findIndex((c) => c.kind === 'article' || c.kind === 'office'));
  return chain.slice(start).filter((c) => c.kind !== 'table').map((c, i) =>
    (i === 0 ? c.label : unitOf(c, chain.slice(0, chain.indexOf(c)), officeName)));
}

/** `own`: the unit's heading and text; `duty`: a model unit with a duty file. */
function unitRecord(facts: DocumentFacts, n: ExportNode, chain: ExportNode[], own: string, duty: boolean): SearchRecord {
  const { doc: d, name, officeNames } = facts;
  const officeName = n.office ? officeNames.get(n.office) ?? null : null;
  // The document as people cite it in passing ("Thông tư 10"); its full
  // number stays on the document's own record so that searching the
  // number finds the document first.
  const citation = `${n.label} ${facts.shortRef}`;
  const rowOffices = n.kind === 'row' ? [...(n.leadOffices ?? []), ...(n.supportOffices ?? [])].map((id) => officeNames.get(id)).filter((x): x is string => !!x) : [];
  const offices = [...new Set([officeName, ...rowOffices].filter((x): x is string => !!x))];
  const rowText = n.kind === 'row' ? join([n.lead && `Chủ trì: ${n.lead}.`, n.support && `Phối hợp: ${n.support}.`]) : '';
  // Filed under the key of its label and of the citation the site copies
  // ("khoản 1 Mục II (Thanh tra Sở) của Quy định …" → "khoan 1 muc ii").
  const keys = [...new Set([citationKey(n.label), n.citation ? citationKey(n.citation) : ''])].filter(Boolean);
  return {
    url: n.url,
    title: `${n.label} — ${d.shortTitle ?? name}`,
    location: [name, ...unitCrumbs(chain, officeName)].join(' › '),
    text: join([own, rowText]),
    label: indexedForm(unitOf(n, [], officeName)),
    cite: indexedForm(citation),
    body: indexedForm(join([own, rowText])),
    context: join([facts.context, ...offices.map(indexedForm)]),
    filters: { ...facts.filters, ...(offices.length ? { office: offices } : {}), ...(keys.length ? { cite: keys } : {}), ...(duty ? { rec: RECORD_KINDS.duty } : {}) },
    ...(duty ? { duty: dutyKey(n.url) } : {}),
  };
}

/** An outside document's own page (the facts as cited and every citing place); the index keeps the anchor #<anchor>. */
function citedRecord(c: CitedEntry): SearchRecord {
  const numbers = c.cited.flatMap((x) => numberForms(x.number, x.type));
  const places = c.citedBy.map((g) => g.title);
  return {
    url: citedEntryPath(c),
    title: citedEntryTitle(c),
    location: [HOME, CITED_INDEX_TITLE, citedEntryTitle(c)].join(' › '),
    text: join([c.descriptions.join('; '), places.length ? `Được dẫn chiếu tại: ${places.join('; ')}.` : null]),
    label: indexedForm(join([...new Set(c.cited.map((x) => join([x.type, x.number])))])),
    cite: indexedForm(join(numbers)),
    body: indexedForm(join([c.descriptions.join(' ')])),
    context: indexedForm(join(places)),
    filters: { kind: OUTSIDE_KIND },
  };
}

/** A province as its documents' titles or issuers name it: "tỉnh Lai Châu", "thành phố Hải Phòng" (else the bare name). */
function provinceAsNamed(province: string, docs: ExportDocument[]): string {
  for (const text of docs.flatMap((d) => [d.title, d.issuer ?? ''])) {
    const at = text.indexOf(province);
    const before = at > 0 ? text.slice(0, at).match(/(tỉnh|thành phố) $/) : null;
    if (before) return `${before[1]} ${province}`;
  }
  return province;
}

/** The name of the home page in every breadcrumb. */
const HOME = 'Trang chủ';

/**
 * A page's own record: its <h1> as title, its breadcrumb (as the page shows
 * it: Trang chủ › … › the page) as location. The label carries the page's
 * name, `cite` the section it belongs to; `body` is the short description
 * searched, `text` what the result shows (it may say more than `body`: lists
 * of offices are shown but not searched, so that an office's own page keeps
 * ranking first for its name).
 */
function pageRecord(url: string, title: string, crumbs: string[], p: {
  label: string; cite?: string; body: string; text?: string; context?: string; filters?: SearchRecord['filters'];
} & Pick<SearchRecord, 'names' | 'summarises'>): SearchRecord {
  return {
    url, title, location: crumbs.join(' › '), text: p.text ?? p.body,
    label: indexedForm(p.label), cite: p.cite ? indexedForm(p.cite) : '', body: indexedForm(p.body), context: p.context ? indexedForm(p.context) : '',
    filters: p.filters ?? {},
    ...(p.names ? { names: p.names } : {}),
    ...(p.summarises ? { summarises: p.summarises, filters: { ...p.filters, rec: RECORD_KINDS.comparison } } : {}),
  };
}

/**
 * Records of the pages that show no unit of their own: the home page, each
 * province page (tinh/…), the index of cited outside documents, the open
 * data page (du-lieu/), the drafting page (du-thao-phan-cong/), and the
 * comparison pages (so-sanh/: the overview, a page per model khoản, per
 * province document, per province over time). Titles and paths come from
 * the helpers the pages use. The search page itself (tim-kiem/) has no
 * record on purpose: a result leading to the search box is no answer.
 */
export function pageRecords(documents: ExportDocument[], cited: CitedEntry[], comparison: ComparisonSite | null): SearchRecord[] {
  const out = [
    homeRecord(documents),
    ...provinceRecords(documents),
    citedIndexRecord(cited),
    pageRecord(OPEN_DATA_PATH, OPEN_DATA_TITLE, [HOME, OPEN_DATA_TITLE], { label: OPEN_DATA_TITLE, cite: 'tải về JSON CSV', body: OPEN_DATA_LEAD }),
    pageRecord(DRAFT_PAGE.path, DRAFT_PAGE.heading, [HOME, DRAFT_PAGE.title], { label: join([DRAFT_PAGE.title, DRAFT_PAGE.heading]), body: DRAFT_PAGE.lead }),
  ];
  return comparison ? [...out, ...comparisonRecords(comparison, documents)] : out;
}

/** Home: the lead and the documents it lists. */
function homeRecord(documents: ExportDocument[]): SearchRecord {
  return pageRecord('', HOME_TITLE, [HOME], {
    label: join([HOME_TITLE, HOME]),
    body: HOME_LEAD,
    text: join([HOME_LEAD, `Văn bản: ${documents.map(titleOf).join('; ')}.`]),
  });
}

/** Province pages: the province's documents, and the offices they name (shown, not searched). */
function provinceRecords(documents: ExportDocument[]): SearchRecord[] {
  const provinces = [...new Set(documents.map((d) => d.province).filter((p): p is string => !!p))];
  return provinces.map((province) => {
    const docs = documents.filter((d) => d.province === province).sort((a, b) => collator.compare(titleOf(a), titleOf(b)));
    const list = `Văn bản của ${province}: ${docs.map((d) => join([titleOf(d), kindName(d) && `(${kindName(d)})`])).join('; ')}.`;
    const offices = docs.filter((d) => d.offices.length > 0)
      .map((d) => `Phòng, đơn vị theo ${titleOf(d)}: ${d.offices.map((o) => o.name).sort(collator.compare).join('; ')}.`);
    const named = provinceAsNamed(province, docs);
    return pageRecord(provincePath(province), province, [HOME, PROVINCE_INDEX.title, province], {
      label: province,
      cite: named,
      names: [...new Set([province, named])],
      body: list,
      text: join([list, ...(offices.length ? offices : [`Các văn bản của ${province} không phân công nhiệm vụ cho từng phòng.`])]),
      filters: { province, rec: RECORD_KINDS.named },
    });
  });
}

/** The index of cited outside documents. */
function citedIndexRecord(cited: CitedEntry[]): SearchRecord {
  const places = cited.reduce((s, c) => s + c.citedBy.reduce((t, g) => t + g.places.length, 0), 0);
  const citedLead = `${cited.length} văn bản không có trong kho được ${places} lần dẫn chiếu từ các văn bản trong kho: luật, nghị định, nghị quyết, quyết định… Số hiệu, loại, ngày và cơ quan ban hành ghi như nơi dẫn chiếu viết.`;
  return pageRecord(CITED_INDEX_PATH, CITED_INDEX_TITLE, [HOME, CITED_INDEX_TITLE], {
    label: CITED_INDEX_TITLE,
    body: citedLead,
    filters: { kind: OUTSIDE_KIND },
  });
}

/** What the records of the comparison pages share. */
interface ComparisonWords {
  site: ComparisonSite;
  /** The model as named on the pages: "Điều 2 Thông tư …". */
  model: string;
  /** The breadcrumb above every comparison page. */
  section: string[];
  /** The `cite` field: the section's name, then `more`. */
  cite: (more?: string) => string;
}

/** The comparison pages: the overview, a page per model khoản, per province document, per province over time. */
function comparisonRecords(site: ComparisonSite, documents: ExportDocument[]): SearchRecord[] {
  const words: ComparisonWords = {
    site,
    model: `${site.model.article} ${site.model.title}`,
    section: [HOME, COMPARISON_TITLE],
    cite: (more?: string) => join([COMPARISON_TITLE, 'đối chiếu', more]),
  };
  const byId = new Map(documents.map((d) => [d.id, d]));
  // The per-duty pages (so-sanh/nhiem-vu/) have no record: a search for a model duty finds the duty itself,
  // and under it each province's office and item (the duty files); 123 more pages named "khoản N" would
  // push the khoản's own page out of the results.
  return [
    comparisonOverviewRecord(words),
    ...site.clauses.map((clause) => clausePageRecord(words, clause)),
    ...site.docs.map((doc) => documentComparisonRecord(words, doc, byId.get(doc.id))),
    ...overTimePages(site).map((p) => overTimeRecord(words, p)),
  ];
}

function comparisonOverviewRecord({ site, model, section, cite }: ComparisonWords): SearchRecord {
  return pageRecord(COMPARISON_ROOT, COMPARISON_HEADING, section, {
    label: COMPARISON_HEADING,
    cite: cite(model),
    body: `Bảng ${site.clauses.length} khoản của ${model} × ${site.docs.length} văn bản của tỉnh, thành phố (${site.docs.map((d) => d.title).join('; ')}): `
      + 'số điểm của mỗi khoản được văn bản phân công, và các phòng, đơn vị đảm nhận. Tải về bảng đối chiếu (CSV).',
    summarises: [site.model.url],
  });
}

function clausePageRecord({ site, section, cite }: ComparisonWords, clause: ModelClause): SearchRecord {
  const t = clauseTitles(site, clause);
  const unit = clauseHasPoints(clause) ? 'điểm' : 'khoản';
  const lead = `${clause.label} ${site.model.title}: ${excerpt(clause.text, 200)}`;
  const cov = site.docs.map((d) => { const c = coverage(clause, d.id); return `${d.title}: ${c.assigned}/${c.total} ${unit}`; });
  return pageRecord(clause.path, t.h1, [...section, t.title], {
    label: `${clause.unit} ${site.model.article}: các tỉnh phân công`,
    cite: cite(`${clause.label} ${site.model.title}`),
    body: join([lead, `Được phân công trong: ${cov.join('; ')}.`]),
    summarises: [clause.url],
  });
}

/** `exported`: the document as exported, to tell whether it restates the model. */
function documentComparisonRecord({ site, model, section, cite }: ComparisonWords, doc: ProvinceDoc, exported: ExportDocument | undefined): SearchRecord {
  const t = documentTitles(site, doc);
  const s = documentSummary(site, doc.id);
  const own = site.provinceOnly[doc.id]?.length ?? 0;
  const summary = join([
    `${doc.fullTitle}, đối chiếu với ${model}:`,
    `${s.assigned}/${s.total} điểm của mô hình được phân công, ${s.total - s.assigned} không thấy phân công; ${own} nhiệm vụ riêng không có trong mô hình.`,
    exported && restatesModel(doc, exported) ? `Điều 2 của văn bản bên cạnh ${model}, so sánh từng chữ.` : null,
  ]);
  const ranked = doc.hasOffices ? `Phòng, đơn vị theo số điểm của mô hình đảm nhận: ${s.ranked.map((o) => `${o.office.name} (${o.points.size})`).join('; ')}.` : null;
  return pageRecord(doc.path, t.h1, [...section, t.title], {
    label: t.title,
    cite: cite(model),
    body: summary,
    text: join([summary, ranked]),
    context: doc.province ?? undefined,
    filters: { document: doc.title, ...(doc.province ? { province: doc.province } : {}) },
    summarises: [doc.url],
  });
}

function overTimeRecord({ site, model, section, cite }: ComparisonWords, p: ReturnType<typeof overTimePages>[number]): SearchRecord {
  const t = overTimeTitles(p.province);
  const flows = officesOverTime(site, p.before.id, p.after.id).flows;
  const lead = `Trước: các phòng theo ${p.before.title}. Sau: phòng, đơn vị chủ trì trong ${p.after.title}. `
    + `Hai văn bản được nối với nhau qua các điểm của ${model}: nhiệm vụ chuyển từ phòng nào sang phòng nào.`;
  return pageRecord(p.path, t.h1, [...section, OVER_TIME.title, t.title], {
    label: t.h1,
    cite: cite(),
    body: lead,
    text: join([lead, flows.length ? flows.map((f) => `${f.from.name} → ${f.to.name} (${f.points.length} điểm)`).join('; ') + '.' : null]),
    context: p.province,
    filters: { province: p.province },
    summarises: [p.before.url, p.after.url],
  });
}
