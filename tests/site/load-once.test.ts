/**
 * The browser's one "load once" rule (src/browser/once.ts), used by search
 * (the engine, the filters, a duty's block), the per-duty pages' wording
 * file and the drafting page's export modules.
 */
import { describe, expect, it } from 'vitest';
import { once } from '../../src/browser/once';

describe('once: a file or module loaded for the page once', () => {
  it('loads on the first call only, and every call gets the same result', async () => {
    let loads = 0;
    const get = once(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(await get()).toBe(a);
    expect(b).toBe(a);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so that the next call tries again (a mirror briefly unreachable)', async () => {
    let loads = 0;
    const get = once(async () => {
      if (++loads === 1) throw new Error('offline');
      return 'data';
    });
    await expect(get()).rejects.toThrow('offline');
    expect(await get()).toBe('data');
    expect(await get()).toBe('data');
    expect(loads).toBe(2);
  });
});
