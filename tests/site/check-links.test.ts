import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../scripts/site/links';
import { relativeHref } from '../../src/lib/site/paths';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

const corpus = (urls: string[]) => JSON.stringify({ documents: [{ url: 'a/', offices: [], nodes: urls.map((url) => ({ url })) }] });

describe('the link checker', () => {
  it('accepts relative links whose files and anchors exist', () => {
    const dir = site({
      'index.html': '<a href="a/">a</a><a href="a/#x">x</a>',
      'a/index.html': '<p id="x" data-href="../a/#x"></p><a href="../">home</a><link href="../site.css">',
      'site.css': '',
      'data/corpus.json': corpus(['a/#x']),
    });
    expect(checkSite(dir).problems).toEqual([]);
  });

  it('reports a missing page, a missing anchor, an absolute path and an external host', () => {
    const dir = site({
      'index.html': '<a href="b/">b</a><a href="a/#nope">x</a><a href="/a/">abs</a><img src="https://cdn.example/x.png">',
      'a/index.html': '<p data-href="#gone"></p>',
      'data/corpus.json': corpus(['a/#missing']),
    });
    const messages = checkSite(dir).problems.map((p) => p.link).sort();
    expect(messages).toEqual(['#gone', '/a/', 'a/#missing', 'a/#nope', 'b/', 'https://cdn.example/x.png']);
  });
});

describe('relative links between pages', () => {
  it('are relative from any page to any page, never starting with a slash', () => {
    expect(relativeHref('', '')).toBe('./');
    expect(relativeHref('van-ban/a/dieu-2/', '')).toBe('../../../');
    expect(relativeHref('van-ban/a/dieu-2/', 'van-ban/a/')).toBe('../');
    expect(relativeHref('van-ban/a/dieu-2/', 'van-ban/a/dieu-2/#khoan-1')).toBe('#khoan-1');
    expect(relativeHref('van-ban/a/', 'van-ban/a/quy-ddinh/muc-i/#khoan-1')).toBe('quy-ddinh/muc-i/#khoan-1');
    expect(relativeHref('tinh/x/', 'site.css')).toBe('../../site.css');
    expect(relativeHref('van-ban/a/', 'van-ban/b/phong/c/')).toBe('../b/phong/c/');
  });

  it('resolve back to the target path from every page (property)', async () => {
    const fc = (await import('fast-check')).default;
    const seg = fc.constantFrom('a', 'b', 'van-ban', 'dieu-2', 'phong');
    const dirPath = fc.array(seg, { maxLength: 4 }).map((s) => (s.length ? `${s.join('/')}/` : ''));
    fc.assert(fc.property(dirPath, dirPath, fc.option(fc.constantFrom('x', 'khoan-1'), { nil: undefined }), (from, to, hash) => {
      const target = hash ? `${to}#${hash}` : to;
      const href = relativeHref(from, target);
      expect(href.startsWith('/')).toBe(false);
      const resolved = new URL(href, `http://h/m/${from}`);
      expect(resolved.pathname + resolved.hash).toBe(`/m/${to}${hash ? `#${hash}` : ''}`);
    }));
  });
});
