/**
 * `npm run add -- <file.txt|file.docx> [--dry-run] [--json] [--id <id>] [--seeds <dir>]
 *                [--title "<tên>"] [--type "<loại>"] [--kind <loại trong kho>] [--implements <id>] [--short-title "<tên ngắn>"]`
 *
 * Adds one document to the corpus: reads the text (a .txt pasted from a
 * legal website, or a .docx with Word's list numbering recovered), infers
 * its metadata with the line each value came from (src/lib/infer.ts),
 * proposes a permanent id, writes `<seeds>/<id>.txt` (UTF-8, NFC) and
 * `<seeds>/<id>.meta.json`, runs the checks of check-corpus and lists what a
 * person must still decide. Refuses — writing nothing — an empty or
 * non-text file, a document already in the corpus (same number and issuer,
 * or the same text), an id already taken. `--dry-run` writes nothing;
 * `--json` prints the metadata object on stdout (messages go to stderr).
 * What a person decides is given here, not edited in the JSON: a title or
 * a type for a text that states none, the kind, the model it is compared
 * with, the short title (each recorded in `sources` as the person's decision).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { DECISION_FLAGS, inferMetadata, proposeId, type Decisions, type Inferred } from '../src/lib/infer';
import { describeIssues, metadataSchema, type Metadata } from '../src/lib/metadata';
import type { LegalDocument } from '../src/lib/model';
import { allNodes, parseDocument, unknownMeta } from '../src/lib/parse';
import { foldForMatch } from '../src/lib/slug';
import { decodeUtf8, formatProblem, loadCorpus, runCli, type Problem } from './lib/corpus';
import { readDocx } from './lib/docx';

interface Options {
  file: string;
  dryRun: boolean;
  json: boolean;
  id: string | null;
  seeds: string;
  decided: Decisions;
}

/** The kinds the metadata schema accepts, so that --kind can never take one check-corpus refuses. */
const KINDS: readonly string[] = metadataSchema.shape.kind.unwrap().options;
const DECISION_OF_FLAG = new Map(Object.entries(DECISION_FLAGS).map(([field, flag]) => [flag, field as keyof Decisions]));

function parseArgs(argv: string[]): Options | string {
  const o: Options = { file: '', dryRun: false, json: false, id: null, seeds: 'seeds', decided: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const field = DECISION_OF_FLAG.get(a);
    if (a === '--dry-run') o.dryRun = true;
    else if (a === '--json') o.json = true;
    else if (a === '--id') o.id = argv[++i] ?? '';
    else if (a === '--seeds') o.seeds = argv[++i] ?? '';
    else if (field) {
      const value = (argv[++i] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
      if (!value || value.startsWith('--')) return `${a} cần một giá trị`;
      if (field === 'kind' && !KINDS.includes(value)) return `${a} "${value}": chọn một trong ${KINDS.join(', ')}`;
      (o.decided as Record<string, string>)[field] = value;
    } else if (a.startsWith('--')) return `tùy chọn không có: ${a}`;
    else if (!o.file) o.file = a;
    else return `chỉ thêm một tệp mỗi lần (thừa: ${a})`;
  }
  return o.file ? o : 'cách dùng: npm run add -- <văn-bản.txt|văn-bản.docx> [--dry-run] [--json] [--id <id>] [--seeds <thư mục>] [--title "<tên>"] [--type "<loại>"] [--kind <loại>] [--implements <id>] [--short-title "<tên ngắn>"]';
}

/** The source text, or why it cannot be taken. */
async function readSource(file: string): Promise<{ text: string; note: string | null } | { refusal: string }> {
  if (!existsSync(file)) return { refusal: 'không tìm thấy tệp' };
  const bytes = readFileSync(file);
  if (bytes.length === 0) return { refusal: 'tệp rỗng: không có nội dung văn bản' };
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const r = await readDocx(bytes);
    if ('refusal' in r) return r;
    return { text: r.text, note: `Chuyển từ .docx: ${r.numbered} đoạn đánh số tự động của Word được ghi thành số như người đọc thấy.` };
  }
  if (ext === '.doc' || ext === '.pdf' || ext === '.rtf' || ext === '.odt') return { refusal: `tệp ${ext} chưa đọc được: hãy lưu thành .docx hoặc .txt (UTF-8)` };
  if (bytes.includes(0)) return { refusal: 'tệp không phải văn bản (có byte 0): hãy lưu thành .txt UTF-8 hoặc .docx' };
  const decoded = decodeUtf8(bytes);
  if ('badLine' in decoded) return { refusal: `tệp không phải văn bản UTF-8 (byte không hợp lệ ở dòng ${decoded.badLine}); hãy lưu lại với mã hóa UTF-8` };
  return { text: decoded.text, note: null };
}

/** The legal text itself, without whitespace or layout: two copies of one document from two sites agree on it. */
function fingerprint(doc: LegalDocument): string {
  return allNodes(doc).map((n) => `${n.number ?? ''}${n.heading ?? ''}${n.text}`).join('').replace(/\s+/g, '');
}

/** Why `doc` is already in the corpus, or null. */
function duplicateOf(doc: LegalDocument, inferred: Inferred, corpus: LegalDocument[]): string | null {
  const same = (a: string | null, b: string | null) => a !== null && b !== null && foldForMatch(a).replace(/\s+/g, '') === foldForMatch(b).replace(/\s+/g, '');
  for (const d of corpus) {
    if (same(inferred.number, d.meta.number) && same(inferred.issuer, d.meta.issuer)) return `văn bản đã có trong kho: ${d.meta.id} (cùng số hiệu ${d.meta.number} và cơ quan ban hành)`;
  }
  const mine = fingerprint(doc);
  for (const d of corpus) if (fingerprint(d) === mine) return `văn bản đã có trong kho: ${d.meta.id} (cùng nội dung)`;
  return null;
}

function metadataFor(id: string, inferred: Inferred, originalFile: string, sourceNote: string | null): Metadata {
  const { toDecide: _t, conflicts: _c, sources, ...values } = inferred;
  const notes = ['Metadata do npm run add đề xuất từ chính văn bản; dòng nguồn của từng giá trị ghi ở "sources". Giá trị null: văn bản không ghi.'];
  if (sourceNote) notes.push(sourceNote);
  if (inferred.titleEditorial) notes.push(`Tên văn bản do người thêm văn bản đặt (${DECISION_FLAGS.title}): văn bản không có dòng tên.`);
  const parsed = metadataSchema.safeParse({ id, ...values, originalFile, notes, sources, curation: { removals: [], footnoteRefs: [], offices: [] } });
  if (!parsed.success) throw new Error(`metadata suy ra không hợp lệ (lỗi của công cụ, không ghi tệp nào): ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** The checks of check-corpus, on the corpus with this document added (in a scratch copy for a dry run). */
function checkAdded(seeds: string, id: string, text: string, meta: Metadata, dryRun: boolean): Problem[] {
  let dir = seeds;
  if (dryRun) {
    dir = mkdtempSync(join(tmpdir(), 'add-'));
    for (const name of existsSync(seeds) ? readdirSync(seeds) : []) if (/\.(txt|meta\.json)$/.test(name)) copyFileSync(join(seeds, name), join(dir, name));
    writeFileSync(join(dir, `${id}.txt`), text);
    writeFileSync(join(dir, `${id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
  try {
    return loadCorpus(dir).problems.filter((p) => basename(p.file).startsWith(`${id}.`)).map((p) => (dryRun ? { ...p, file: join(seeds, basename(p.file)) } : p));
  } finally {
    if (dryRun) rmSync(dir, { recursive: true, force: true });
  }
}

function report(meta: Metadata, inferred: Inferred, problems: Problem[], written: boolean, seeds: string): string {
  const lines = [`${written ? 'Đã thêm' : 'Sẽ thêm (chạy thử, không ghi gì)'}: ${join(seeds, `${meta.id}.txt`)} và ${meta.id}.meta.json`, ''];
  for (const [field, source] of Object.entries(inferred.sources)) {
    const value = (meta as Record<string, unknown>)[field];
    lines.push(`  ${field}: ${value === null ? 'null' : JSON.stringify(value)} — ${source.note}`);
  }
  const shown = problems.filter((p) => p.severity !== 'info');
  lines.push('', `Kiểm tra như check-corpus: ${shown.filter((p) => p.severity === 'error').length} lỗi, ${shown.filter((p) => p.severity === 'warning').length} cảnh báo`);
  for (const p of shown) lines.push(`  ${formatProblem(p)}`);
  lines.push('', inferred.toDecide.length ? 'Cần người quyết định:' : 'Không còn gì phải quyết định.');
  for (const t of inferred.toDecide) lines.push(`  - ${t}`);
  return `${lines.join('\n')}\n`;
}

runCli(async () => {
  const options = parseArgs(process.argv.slice(2));
  const refuse = (message: string) => {
    process.stderr.write(`add: từ chối — ${message}. Không ghi tệp nào.\n`);
    return 1;
  };
  if (typeof options === 'string') return refuse(options);
  const source = await readSource(options.file);
  if ('refusal' in source) return refuse(`${options.file}: ${source.refusal}`);
  const text = source.text.replace(/^\ufeff/, '').normalize('NFC');
  if (text.trim() === '') return refuse(`${options.file}: tệp rỗng: không có nội dung văn bản`);

  const corpus = loadCorpus(options.seeds);
  const models = corpus.documents.filter((d) => d.meta.kind === 'model');
  const doc = parseDocument(text, unknownMeta('moi', basename(options.file)));
  if (options.decided.implements && !models.some((m) => m.meta.id === options.decided.implements)) {
    return refuse(`${DECISION_FLAGS.implements} "${options.decided.implements}": không có văn bản mô hình này trong kho (có: ${models.map((m) => m.meta.id).join(', ') || 'chưa có'})`);
  }
  const inferred = inferMetadata(doc, models, options.decided, corpus.documents.filter((d) => d.meta.kind !== 'model').map((d) => d.meta));
  if (inferred.conflicts.length) return refuse(`${options.file}: ${inferred.conflicts.join('; ')}`);
  const id = options.id ?? proposeId(inferred);
  if (!options.id && !inferred.number) inferred.toDecide.push(`id "${id}" đặt theo tỉnh và loại vì văn bản không có số hiệu: id là đường dẫn vĩnh viễn, chọn một lần (--id)`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return refuse(`id "${id}" không hợp lệ: chỉ chữ thường không dấu, số và dấu gạch ngang`);
  const duplicate = duplicateOf(doc, inferred, corpus.documents);
  if (duplicate) return refuse(duplicate);
  if (existsSync(join(options.seeds, `${id}.txt`)) || existsSync(join(options.seeds, `${id}.meta.json`))) return refuse(`id "${id}" đã dùng trong ${options.seeds}/ (chọn id khác bằng --id)`);

  const meta = metadataFor(id, inferred, basename(options.file), source.note);
  if (!options.dryRun) {
    writeFileSync(join(options.seeds, `${id}.txt`), text);
    writeFileSync(join(options.seeds, `${id}.meta.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
  const problems = checkAdded(options.seeds, id, text, meta, options.dryRun);
  if (options.json) process.stdout.write(`${JSON.stringify(meta, null, 2)}\n`);
  (options.json ? process.stderr : process.stdout).write(report(meta, inferred, problems, !options.dryRun, options.seeds));
  return 0;
});
