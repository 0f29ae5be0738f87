/**
 * Reading the corpus from `seeds/`: the only place that touches source files.
 * Each `<id>.txt` needs a `<id>.meta.json` beside it. Problems come back as
 * diagnostics with file and line, never as exceptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { issuesAt, metadataSchema, toDocumentMeta, undecidedFields, type Metadata } from '../../src/lib/metadata';
import type { LegalDocument, LegalNode } from '../../src/lib/model';
import { allNodes, inferMeta, parseDocument, unknownMeta, type Curation } from '../../src/lib/parse';
import { dutiesOf } from '../../src/lib/align/duties';
import { slugify } from '../../src/lib/slug';
import { jsonLines } from './json-lines';

export interface Problem {
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  message: string;
}

export interface LoadedCorpus {
  documents: LegalDocument[];
  problems: Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode bytes as UTF-8, or say where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Find the line of the first invalid sequence by decoding line by line.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, i));
        } catch {
          return { badLine: line };
        }
        line++;
        start = i + 1;
      }
    }
    return { badLine: line };
  }
}

/** Read and parse one source text with its metadata file (if given). */
export function loadDocument(textPath: string, metaPath: string | null, cwd = process.cwd()): { document: LegalDocument | null; problems: Problem[] } {
  const file = relative(cwd, textPath) || textPath;
  const problems: Problem[] = [];
  const fail = (line: number, message: string, target = file) => {
    problems.push({ severity: 'error', file: target, line, message });
    return { document: null, problems };
  };
  if (!existsSync(textPath)) return fail(1, 'không tìm thấy tệp');
  const bytes = readFileSync(textPath);
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return fail(1, 'tệp rỗng: không có nội dung văn bản');
  const decoded = decodeUtf8(bytes);
  if ('badLine' in decoded) return fail(decoded.badLine, 'tệp không phải văn bản UTF-8 (có byte không hợp lệ); hãy lưu lại tệp với mã hóa UTF-8');

  const id = basename(textPath).replace(/\.txt$/i, '');
  let meta = unknownMeta(id, basename(textPath));
  let curation: Curation = {};
  let checkAfterParse: (document: LegalDocument) => void = () => {};
  if (metaPath) {
    const metaFile = relative(cwd, metaPath) || metaPath;
    if (!existsSync(metaPath)) return fail(1, `thiếu tệp metadata ${basename(metaPath)} bên cạnh văn bản`);
    const metaText = readFileSync(metaPath, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(metaText);
    } catch (error) {
      const position = error instanceof Error ? error.message.match(/line (\d+)/) : null;
      return fail(position ? Number(position[1]) : 1, `metadata không phải JSON hợp lệ: ${error instanceof Error ? error.message : error}`, metaFile);
    }
    const lineOf = jsonLines(metaText);
    const result = metadataSchema.safeParse(json);
    if (!result.success) {
      for (const issue of issuesAt(result.error)) problems.push({ severity: 'error', file: metaFile, line: lineOf(issue.path), message: `metadata không hợp lệ — ${issue.message}` });
      return { document: null, problems };
    }
    if (result.data.id !== id) return fail(lineOf(['id']), `id trong metadata ("${result.data.id}") phải trùng tên tệp ("${id}")`, metaFile);
    for (const u of undecidedFields(result.data)) problems.push({ severity: 'error', file: metaFile, line: lineOf([u.field]), message: u.message });
    ({ meta, curation } = toDocumentMeta(result.data, basename(textPath)));
    const data = result.data;
    checkAfterParse = (document) => problems.push(...curationBeyondText(data, document.lineCount, metaFile, lineOf));
  }

  const document = parseDocument(decoded.text, meta, curation);
  for (const d of document.diagnostics) problems.push({ severity: d.severity, file, line: d.line, message: d.message });
  checkAfterParse(document);
  problems.push(...unpublishable(document, file));

  // The text is the authority: flag metadata that contradicts it.
  const inferred = inferMeta(document);
  if (metaPath) {
    if (inferred.number && meta.number && inferred.number !== meta.number) {
      problems.push({ severity: 'warning', file, line: 1, message: `số hiệu trong văn bản "${inferred.number}" khác metadata "${meta.number}"` });
    }
    if (inferred.number && !meta.number) problems.push({ severity: 'warning', file, line: 1, message: `văn bản ghi số hiệu "${inferred.number}" nhưng metadata để trống` });
    if (inferred.dateIssued && meta.dateIssued && inferred.dateIssued !== meta.dateIssued) {
      problems.push({ severity: 'warning', file, line: 1, message: `ngày ban hành trong văn bản ${inferred.dateIssued} khác metadata ${meta.dateIssued}` });
    }
  } else {
    document.meta = { ...meta, ...inferred };
  }
  return { document, problems };
}

/** Curated removals and footnote markers must point inside the text. */
function curationBeyondText(m: Metadata, lineCount: number, metaFile: string, lineOf: (path: Array<string | number>) => number): Problem[] {
  const out: Problem[] = [];
  const lists = [['removals', m.curation.removals], ['footnoteRefs', m.curation.footnoteRefs]] as const;
  for (const [key, list] of lists) {
    list.forEach((c, i) => {
      if (c.line > lineCount) out.push({ severity: 'error', file: metaFile, line: lineOf(['curation', key, i, 'line']), message: `curation.${key}: dòng ${c.line} nằm ngoài văn bản (văn bản có ${lineCount} dòng)` });
    });
  }
  return out;
}

/** Deeper than any legal text nests (Phần › Chương › Mục › Điều › khoản › mục › điểm › gạch đầu dòng and a few more). */
export const MAX_DEPTH = 16;

/** What would parse but cannot become pages: offices without a usable id, nesting deeper than a page can show. */
function unpublishable(document: LegalDocument, file: string): Problem[] {
  const out: Problem[] = [];
  for (const o of document.offices) {
    if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) continue;
    const line = (o.node ? allNodes(document).find((n) => n.id === o.node)?.lines[0] : document.legend.find((e) => e.name === o.nameAsWritten)?.line) ?? 1;
    out.push({ severity: 'error', file, line, message: `phòng/đơn vị "${o.nameAsWritten}" không tạo được đường dẫn (tên chỉ có ký hiệu): khai báo "id" và "name" trong curation.offices của metadata` });
  }
  const pending: Array<[LegalNode, number]> = document.children.map((n) => [n, 1]);
  while (pending.length) {
    const [n, depth] = pending.pop()!;
    if (depth > MAX_DEPTH) {
      out.push({ severity: 'error', file, line: n.lines[0], message: `cấu trúc lồng nhau quá ${MAX_DEPTH} cấp: kiểm tra lại cách đánh số (trang web không hiển thị được)` });
      break;
    }
    for (const c of n.children) pending.push([c, depth + 1]);
  }
  return out;
}

/** Load every `*.txt` in a folder, each with its `*.meta.json`. */
export function loadCorpus(dir: string): LoadedCorpus {
  const documents: LegalDocument[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { documents, problems: [{ severity: 'error', file: dir, line: 1, message: 'không có thư mục nguồn' }] };
  const names = readdirSync(dir).sort();
  const texts = names.filter((n) => n.endsWith('.txt'));
  if (texts.length === 0) problems.push({ severity: 'error', file: dir, line: 1, message: 'thư mục không có văn bản .txt nào' });
  for (const name of names.filter((n) => n.endsWith('.meta.json'))) {
    if (!texts.includes(name.replace(/\.meta\.json$/, '.txt'))) {
      problems.push({ severity: 'error', file: join(dir, name), line: 1, message: 'metadata không có văn bản .txt tương ứng' });
    }
  }
  for (const name of texts) {
    const loaded = loadDocument(join(dir, name), join(dir, name.replace(/\.txt$/, '.meta.json')));
    problems.push(...loaded.problems);
    if (loaded.document) documents.push(loaded.document);
  }
  problems.push(...crossDocumentProblems(dir, documents));
  return { documents, problems };
}

/** Why a document compared with a model shows no duty, and where the comparison looks for them. */
const NO_DUTIES = {
  distribution: 'không tìm thấy nhiệm vụ nào của các phòng để đối chiếu với mô hình: trang so sánh sẽ trống. Nhiệm vụ được đọc từ khoản "Nhiệm vụ (và quyền hạn)" của mỗi phòng, hoặc từ các khoản của Điều/phần có tên nêu nhiệm vụ ("Nhiệm vụ, quyền hạn của Văn phòng"); kiểm tra tên các Điều, hoặc "kind" trong metadata',
  decision: 'không tìm thấy Điều "Nhiệm vụ, quyền hạn" để đối chiếu với mô hình: trang so sánh sẽ trống. Kiểm tra tên Điều nêu nhiệm vụ của Sở, hoặc "kind" trong metadata',
} as const;

/** Between documents: `implements` must name one of them; a document compared with a model must have duties to compare; two spellings of a province must not share a page. */
function crossDocumentProblems(dir: string, documents: LegalDocument[]): Problem[] {
  const out: Problem[] = [];
  const metaFile = (id: string) => join(dir, `${id}.meta.json`);
  const lineIn = (id: string, field: string) => {
    const path = metaFile(id);
    return existsSync(path) ? jsonLines(readFileSync(path, 'utf8'))([field]) : 1;
  };
  const ids = new Set(documents.map((d) => d.meta.id));
  for (const d of documents) {
    if (d.meta.implements && !ids.has(d.meta.implements)) {
      out.push({ severity: 'error', file: metaFile(d.meta.id), line: lineIn(d.meta.id, 'implements'), message: `"implements" trỏ tới văn bản không có trong kho: ${d.meta.implements}` });
    }
  }
  for (const d of documents) {
    if (!d.meta.implements || !ids.has(d.meta.implements) || (d.meta.kind !== 'distribution' && d.meta.kind !== 'decision')) continue;
    if (dutiesOf(d).length === 0) out.push({ severity: 'warning', file: join(dir, `${d.meta.id}.txt`), line: 1, message: NO_DUTIES[d.meta.kind] });
  }
  const provinces = new Map<string, string>();
  for (const d of documents) {
    if (!d.meta.province) continue;
    const slug = slugify(d.meta.province);
    const first = provinces.get(slug);
    if (first === undefined) provinces.set(slug, d.meta.province);
    else if (first !== d.meta.province) {
      out.push({ severity: 'error', file: metaFile(d.meta.id), line: lineIn(d.meta.id, 'province'), message: `tỉnh "${d.meta.province}" và "${first}" (văn bản khác) có chung trang tinh/${slug}/: hãy viết tên tỉnh giống nhau` });
    }
  }
  return out;
}

/** "seeds/x.txt:12: lỗi: …", always on one line (a message quoting the source keeps its line breaks as ⏎). */
export function formatProblem(p: Problem): string {
  const word = p.severity === 'error' ? 'lỗi' : p.severity === 'warning' ? 'cảnh báo' : 'ghi chú';
  return `${p.file}:${p.line}: ${word}: ${p.message.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ')}`;
}

/** Run a command-line entry point: messages, not stack traces. */
export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then((code) => { process.exitCode = code; })
    .catch((error: unknown) => {
      process.stderr.write(`lỗi: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 2;
    });
}
