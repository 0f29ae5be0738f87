/** The data exports in the built site: references, comparison and its CSVs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, ensureDist } from './ensure-dist';

beforeAll(() => ensureDist(), 180_000);

const json = (name: string) => JSON.parse(readFileSync(join(DIST, 'data', name), 'utf8'));

describe('the data exports', () => {
  it('references.json lists every reference with its target or the reason it has none', () => {
    const { references } = json('references.json') as { references: Array<{ source: string; text: string; target: unknown; reason?: string }> };
    expect(references.length).toBeGreaterThan(80);
    const circular = references.find((r) => r.source === 'hai-phong-qd-so-khcn-2025:phan-dau/can-cu-9')!;
    expect(circular.target).toEqual({ document: 'tt-10-2025-bkhcn', node: null });
    for (const r of references.filter((x) => x.target === null)) expect(r.reason, r.text).toBeTruthy();
  });

  it('comparison.json has one row per model duty and every province document', () => {
    const c = json('comparison.json') as { model: unknown; rows: Array<{ model: string; label: string; documents: Record<string, unknown[]> }> };
    expect(c.model).toEqual({ document: 'tt-10-2025-bkhcn', article: 'dieu-2' });
    expect(c.rows).toHaveLength(123);
    expect(Object.keys(c.rows[0]!.documents).sort()).toEqual(['hai-phong-qd-so-khcn-2025', 'lai-chau-quy-dinh-cac-phong', 'quang-ngai-33-qd-skhcn', 'quang-ngai-chuong-trinh-6-thang-cuoi-2025']);
    const dd = c.rows.find((r) => r.model === 'dieu-2/khoan-1/diem-d')!;
    expect(dd.documents['hai-phong-qd-so-khcn-2025']).toEqual([expect.objectContaining({ node: 'dieu-2/khoan-1/diem-dd', status: 'reviewed' })]);
  });

  it('comparison.json carries each link\'s coverage, review and each document\'s review', () => {
    const c = json('comparison.json') as { rows: Array<{ model: string; documents: Record<string, Array<Record<string, unknown>>> }>; reviews: Record<string, { unassigned: unknown[] | null } | null> };
    const e17 = c.rows.find((r) => r.model === 'dieu-2/khoan-17/diem-e')!.documents['lai-chau-quy-dinh-cac-phong']!;
    expect(e17).toContainEqual(expect.objectContaining({ node: 'dieu-5/muc-2-1/diem-n', coverage: 'partial', status: 'reviewed', reviewedAt: '2026-12-02' }));
    expect(c.reviews['lai-chau-quy-dinh-cac-phong']!.unassigned!.length).toBe(26);
    expect(c.reviews['quang-ngai-chuong-trinh-6-thang-cuoi-2025']!.unassigned).toBeNull();
  });

  it('the CSVs carry the coverage of every link', () => {
    const csv = readFileSync(join(DIST, 'data', 'so-sanh', 'lai-chau-quy-dinh-cac-phong.csv'), 'utf8');
    const [head, ...rows] = csv.split('\r\n');
    expect(head).toMatch(/— phạm vi$/);
    const e17 = rows.find((r) => r.startsWith('điểm e khoản 17 Điều 2,'))!;
    expect(e17).toMatch(/,"một phần; một phần"$/);
  });

  it('the CSVs start with a UTF-8 BOM', () => {
    for (const name of ['tat-ca', 'lai-chau-quy-dinh-cac-phong']) {
      const bytes = readFileSync(join(DIST, 'data', 'so-sanh', `${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });
});
