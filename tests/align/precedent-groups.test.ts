/**
 * Precedent items with the same wording and duties are compared once
 * (ProposalSpace groups them, as provinces copy each other's wording): the
 * proposals must be those of visiting every copy in turn — the first copy in
 * corpus order is named, each copy counts as support, and a document is
 * never its own precedent even when its copies are.
 */
import { describe, expect, it } from 'vitest';
import { dutiesOf } from '../../src/lib/align/duties';
import { precedentsFor, type PrecedentDocument } from '../../src/lib/align/precedents';
import { ProposalSpace } from '../../src/lib/align/propose';
import { corpus, doc } from '../helpers/corpus';
import { loadReview } from '../../scripts/lib/alignments';
import { join } from 'node:path';

const ALIGNMENTS = join(import.meta.dirname, '..', '..', 'alignments');
const LC = 'lai-chau-quy-dinh-cac-phong';
const QN = 'quang-ngai-33-qd-skhcn';
const model = dutiesOf(doc('tt-10-2025-bkhcn'));
const provinces = corpus().documents.filter((d) => d.meta.implements === 'tt-10-2025-bkhcn');
const reviews = new Map(provinces.map((d) => [d.meta.id, loadReview(ALIGNMENTS, d.meta.id)]));
const items = dutiesOf(doc(LC));
const qn = precedentsFor(LC, provinces, reviews).find((p) => p.id === QN)!;
/** Quảng Ngãi's reviewed items again, as another province's document. */
const copy: PrecedentDocument = { ...qn, id: 'ban-sao', title: 'Bản sao (Tỉnh thử)' };
/** The same copy with a trailing " ." on every text: the same words and likeness, but not the same wording, so never grouped. */
const apart: PrecedentDocument = { ...copy, items: copy.items.map((i) => ({ ...i, text: `${i.text} .` })) };

/** The rule's proposals (no ranker: its folds depend on the order of documents). */
const proposals = (precedents: PrecedentDocument[]) => new ProposalSpace(model, [items], precedents).propose(items, null);
const fromPrecedent = (ps: ReturnType<typeof proposals>) => ps.filter((p) => p.basis === 'precedent');

describe('precedent items with the same wording', () => {
  const twice = proposals([qn, copy]);
  const copyFirst = proposals([copy, qn]);

  it('give the proposals of comparing each copy in turn: same duties, scores, named precedent and support', () => {
    expect(fromPrecedent(twice).length).toBeGreaterThan(20);
    expect(twice.filter((p) => p.reasons.length > 1).length).toBeGreaterThan(20);
    expect(twice).toEqual(proposals([qn, apart]));
    expect(copyFirst).toEqual(proposals([apart, qn]));
  });

  it('name the copy that comes first in corpus order', () => {
    for (const p of fromPrecedent(twice)) expect(p.reasons[0]).toContain(qn.title);
    for (const p of fromPrecedent(copyFirst)) expect(p.reasons[0]).toContain(copy.title);
  });

  it('are never a document’s precedent for its own items, even when another document has them too', () => {
    const qnItems = dutiesOf(doc(QN));
    const space = new ProposalSpace(model, [qnItems], [qn, copy]);
    const own = space.propose(qnItems, null);
    const named = fromPrecedent(own).map((p) => p.reasons[0]!);
    expect(named.length).toBeGreaterThan(50);
    for (const reason of named) expect(reason).toContain(copy.title);
    expect(fromPrecedent(space.propose(qnItems, null, new Set(['ban-sao'])))).toEqual([]);
  });
});
