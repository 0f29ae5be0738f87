/**
 * The document model: one typed tree per legal text, shared by the parser,
 * the MDX writer, the pages, the exports and the tests.
 *
 * Every node keeps its text exactly as written (after NFC and whitespace
 * normalisation); nothing here is derived from rendering.
 */

/** What a document is, in the corpus. */
export type DocumentKind = 'model' | 'decision' | 'distribution' | 'programme';

/** How a part groups its children. */
export type PartType = 'chapter' | 'section' | 'annex';

/** Inclusive 1-based source line range. */
export type LineRange = [first: number, last: number];

interface NodeBase {
  /** Path-based id, unique in its document, e.g. `dieu-2/khoan-6/diem-dd`. */
  id: string;
  /** The marker exactly as written (`2.1.4.`, `đ)`, `Điều 2.`), or null. */
  number: string | null;
  /** The number without punctuation (`2.1.4`, `đ`, `2`), or null. */
  num: string | null;
  /** Vietnamese citation label, smallest unit first: `điểm đ khoản 6 Điều 2`. */
  label: string;
  heading: string | null;
  /** Paragraphs of the node's own text, joined by `\n`. */
  text: string;
  lines: LineRange;
  /** The office (organisational unit) this node belongs to, if any. */
  office: string | null;
  /** Set when the source repeats this number within the same parent. */
  repeatOf?: string;
  /** Footnote markers inside `text`; the marker characters stay in the text. */
  footnoteRefs?: FootnoteRef[];
  children: LegalNode[];
}

export interface FootnoteRef {
  /** Offset of the marker in `text` (UTF-16 code units). */
  offset: number;
  marker: string;
  /** Id of the footnote node. */
  footnote: string;
}

export interface PreambleNode extends NodeBase { kind: 'preamble' }
/** Agency names, national motto, "Số: …", place and date: one line each. */
export interface HeaderNode extends NodeBase { kind: 'header' }
/** Document type line and subject ("THÔNG TƯ" / "Hướng dẫn …"). */
export interface TitleNode extends NodeBase { kind: 'title' }
/** One "Căn cứ …" line. */
export interface BasisNode extends NodeBase { kind: 'basis' }
/** Enacting formula: "QUYẾT ĐỊNH:", "Bộ trưởng … ban hành Thông tư …". */
export interface FormulaNode extends NodeBase { kind: 'formula' }
/** Unnumbered text that is not part of any numbered unit. */
export interface ParagraphNode extends NodeBase { kind: 'paragraph' }
export interface PartNode extends NodeBase { kind: 'part'; partType: PartType }
export interface ArticleNode extends NodeBase { kind: 'article' }
/** An organisational unit introduced by a Roman numeral or a heading. */
export interface OfficeNode extends NodeBase { kind: 'office' }
/** `1.`, `2.1.`, `2.1.1.` */
export interface ClauseNode extends NodeBase { kind: 'clause'; depth: number }
/** `a)`, `đ)` */
export interface PointNode extends NodeBase { kind: 'point' }
/** Dash list item (`- Như Điều 3;`). */
export interface ItemNode extends NodeBase { kind: 'item' }
/** A table rebuilt from flattened lines; `text` holds its header row. */
export interface TableNode extends NodeBase { kind: 'table'; columns: string[] }
export interface RowNode extends NodeBase {
  kind: 'row';
  /** Lead office cell, as written. `text` holds the task cell. */
  lead: string;
  /** Co-operating offices cell, as written. */
  support: string;
  note: string;
  leadOffices: string[];
  supportOffices: string[];
}
/** "Chú thích" legend expanding abbreviations; one item per entry. */
export interface LegendNode extends NodeBase { kind: 'legend' }
export interface ClosingNode extends NodeBase { kind: 'closing' }
/** "Nơi nhận:" with its items. */
export interface RecipientsNode extends NodeBase { kind: 'recipients' }
export interface SignatureNode extends NodeBase { kind: 'signature' }
export interface FootnoteNode extends NodeBase { kind: 'footnote' }

export type LegalNode =
  | PreambleNode | HeaderNode | TitleNode | BasisNode | FormulaNode | ParagraphNode
  | PartNode | ArticleNode | OfficeNode | ClauseNode | PointNode | ItemNode
  | TableNode | RowNode | LegendNode | ClosingNode | RecipientsNode | SignatureNode
  | FootnoteNode;

export type NodeKind = LegalNode['kind'];

/** An organisational unit of the Sở named by a document. */
export interface Office {
  id: string;
  /** Display name: curated in metadata where the text writes it otherwise. */
  name: string;
  /** The name exactly as the text writes it where it introduces the office. */
  nameAsWritten: string;
  abbreviation: string | null;
  /** The node that introduces the office (article, office part), if any. */
  node: string | null;
  /** How the office was found. */
  source: 'article' | 'part' | 'legend' | 'table' | 'metadata';
}

export interface LegendEntry {
  name: string;
  abbreviation: string;
  line: number;
}

/** Text taken out of the source, with where and why. */
export interface RemovedArtifact {
  line: number;
  text: string;
  reason: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable machine code, e.g. `duplicate-number`. */
  code: string;
  line: number;
  message: string;
}

/** Curated facts about a document; see `src/lib/metadata.ts` for the schema. */
export interface DocumentMeta {
  id: string;
  kind: DocumentKind | null;
  number: string | null;
  title: string;
  /** The text has no title: the editors composed this one (shown and cited as such). */
  titleEditorial: boolean;
  shortTitle: string | null;
  documentType: string | null;
  issuer: string | null;
  signer: string | null;
  dateIssued: string | null;
  dateInForce: string | null;
  inForceNote: string | null;
  province: string | null;
  implements: string | null;
  originalFile: string | null;
  sourceFile: string | null;
  notes: string[];
}

export interface LegalDocument {
  meta: DocumentMeta;
  /** Top-level nodes in document order. */
  children: LegalNode[];
  offices: Office[];
  legend: LegendEntry[];
  removed: RemovedArtifact[];
  diagnostics: Diagnostic[];
  /** Number of source lines (after normalisation). */
  lineCount: number;
}
