import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { engines: { node: string }; devDependencies: Record<string, string> };

describe('toolchain', () => {
  it('runs on Node >= 22.12 (the pinned node devDependency, not the system node)', () => {
    const [major, minor] = process.versions.node.split('.').map(Number);
    expect(major! > 22 || (major === 22 && minor! >= 12)).toBe(true);
  });

  it('runs on the major pinned in package.json devDependencies.node', () => {
    const pinnedMajor = Number(/\d+/.exec(pkg.devDependencies.node)?.[0]);
    expect(Number(process.versions.node.split('.')[0])).toBe(pinnedMajor);
  });
});
