/**
 * Stage 1 of parsing: normalise the raw text and take out artifacts that are
 * not part of the legal text (Word bookmarks, markdown emphasis marks, stray
 * marks, curated removals).
 *
 * Guarantees afterwards:
 * - the text is NFC; no BOM; line breaks are `\n`;
 * - non-breaking and other Unicode spaces and tabs are plain spaces;
 * - every removed character is listed in `removed` with its line and reason;
 * - line numbers are those of the source file (1-based).
 */
import type { Diagnostic, RemovedArtifact } from '../model';

export interface SourceLine {
  /** 1-based line number in the source file. */
  n: number;
  /** Text without trailing whitespace; leading whitespace collapsed away. */
  text: string;
  /** True when the source line started with whitespace (page-break debris). */
  indented: boolean;
}

/** A removal decided by a person, declared in the document's metadata. */
export interface CuratedRemoval {
  line: number;
  text: string;
  reason: string;
}

export interface NormalizedText {
  lines: SourceLine[];
  removed: RemovedArtifact[];
  diagnostics: Diagnostic[];
}

const SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

interface ArtifactRule {
  pattern: RegExp;
  reason: string;
}

/** Inline artifacts found in texts copied from Word and legal websites. */
const INLINE_ARTIFACTS: ArtifactRule[] = [
  // "#### Điều 5. …" from a site that publishes Markdown: the marks, not the heading, go.
  { pattern: /^\s*#{1,6}\s+/g, reason: 'Dấu tiêu đề markdown (#), không thuộc văn bản' },
  { pattern: /\[bookmark: [^\]]*\]/g, reason: 'Thẻ đánh dấu (bookmark) của Word, không thuộc văn bản' },
  // A single emphasised letter after the closing mark "./." is a stray
  // keystroke carried over from the source file.
  { pattern: /(?<=\.\/\.)\s*\*[^*\s]{1,2}\*\s*$/g, reason: 'Ký tự lạc sau dấu kết thúc văn bản "./."' },
  { pattern: /\*\*|__/g, reason: 'Dấu định dạng chữ đậm (markdown), không thuộc văn bản' },
  { pattern: /(?<![\p{L}\p{N}*])\*(?=\p{L})|(?<=[\p{L}\p{N}.,;:)])\*(?![\p{L}\p{N}*])/gu, reason: 'Dấu định dạng chữ nghiêng (markdown), không thuộc văn bản' },
];

/** Split text into lines and remove artifacts. Pure; never throws. */
export function normalizeText(raw: string, curated: CuratedRemoval[] = []): NormalizedText {
  const removed: RemovedArtifact[] = [];
  const diagnostics: Diagnostic[] = [];
  const text = raw.replace(/^\ufeff/, '').normalize('NFC').replace(/\r\n?/g, '\n');
  const rawLines = text.split('\n');
  const curatedByLine = new Map<number, CuratedRemoval[]>();
  for (const c of curated) {
    const list = curatedByLine.get(c.line) ?? [];
    list.push(c);
    curatedByLine.set(c.line, list);
  }

  const lines: SourceLine[] = rawLines.map((source, index) => {
    const n = index + 1;
    let line = source.replace(ZERO_WIDTH, (match) => {
      removed.push({ line: n, text: match, reason: 'Ký tự vô hình (độ rộng 0) chèn từ trình soạn thảo' });
      return '';
    }).replace(SPACES, ' ');
    for (const c of curatedByLine.get(n) ?? []) {
      const target = c.text.normalize('NFC');
      const at = findWholeToken(line, target);
      if (at < 0) {
        diagnostics.push({
          severity: 'error',
          code: 'curated-removal-not-found',
          line: n,
          message: `Không tìm thấy "${c.text}" ở dòng ${n} để loại bỏ như khai báo trong metadata`,
        });
        continue;
      }
      line = line.slice(0, at) + line.slice(at + target.length);
      removed.push({ line: n, text: target, reason: c.reason });
    }
    for (const rule of INLINE_ARTIFACTS) {
      line = line.replace(rule.pattern, (match) => {
        if (match.trim()) removed.push({ line: n, text: match.trim(), reason: rule.reason });
        return '';
      });
    }
    const indented = /^\s/.test(line) && line.trim() !== '';
    return { n, text: line.trim().replace(/ {2,}/g, ' '), indented };
  });

  return { lines, removed, diagnostics };
}

/** Index of `token` in `line` as a whole token (not inside a longer word or number). */
function findWholeToken(line: string, token: string): number {
  let from = 0;
  for (;;) {
    const at = line.indexOf(token, from);
    if (at < 0) return -1;
    const before = line[at - 1];
    const after = line[at + token.length];
    const boundary = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
    if (boundary(before) && boundary(after)) return at;
    from = at + 1;
  }
}
