/**
 * Reading the corpus from `seeds/`: the only place that touches source files.
 * Each `<id>.txt` needs a `<id>.meta.json` beside it. Problems come back as
 * diagnostics with file and line, never as exceptions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describeIssues, metadataSchema, toDocumentMeta } from '../../src/lib/metadata';
import type { LegalDocument } from '../../src/lib/model';
import { inferMeta, parseDocument, unknownMeta, type Curation } from '../../src/lib/parse';

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
  if (metaPath) {
    const metaFile = relative(cwd, metaPath) || metaPath;
    if (!existsSync(metaPath)) return fail(1, `thiếu tệp metadata ${basename(metaPath)} bên cạnh văn bản`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(metaPath, 'utf8'));
    } catch (error) {
      const position = error instanceof Error ? error.message.match(/line (\d+)/) : null;
      return fail(position ? Number(position[1]) : 1, `metadata không phải JSON hợp lệ: ${error instanceof Error ? error.message : error}`, metaFile);
    }
    const result = metadataSchema.safeParse(json);
    if (!result.success) {
      for (const issue of describeIssues(result.error)) problems.push({ severity: 'error', file: metaFile, line: 1, message: `metadata không hợp lệ — ${issue}` });
      return { document: null, problems };
    }
    if (result.data.id !== id) return fail(1, `id trong metadata ("${result.data.id}") phải trùng tên tệp ("${id}")`, metaFile);
    ({ meta, curation } = toDocumentMeta(result.data, basename(textPath)));
  }

  const document = parseDocument(decoded.text, meta, curation);
  for (const d of document.diagnostics) problems.push({ severity: d.severity, file, line: d.line, message: d.message });

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
  const ids = new Set(documents.map((d) => d.meta.id));
  for (const d of documents) {
    if (d.meta.implements && !ids.has(d.meta.implements)) {
      problems.push({ severity: 'error', file: join(dir, `${d.meta.id}.meta.json`), line: 1, message: `"implements" trỏ tới văn bản không có trong kho: ${d.meta.implements}` });
    }
  }
  return { documents, problems };
}

/** "seeds/x.txt:12: lỗi: …" */
export function formatProblem(p: Problem): string {
  const word = p.severity === 'error' ? 'lỗi' : p.severity === 'warning' ? 'cảnh báo' : 'ghi chú';
  return `${p.file}:${p.line}: ${word}: ${p.message}`;
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
