/**
 * Text similarity suited to Vietnamese: syllables are space-separated, so
 * the features are syllable unigrams and bigrams, weighted by TF-IDF and
 * compared by cosine. Texts are compared after NFC, lower-casing, and folding
 * equivalent terms (terms.ts), so a city's "Ủy ban nhân dân thành phố" matches
 * the model's "Ủy ban nhân dân cấp tỉnh".
 */
import { foldTerms } from './terms';

/** Syllable tokens of a text, after normalisation. */
export function tokens(text: string): string[] {
  return foldTerms(text.normalize('NFC').toLocaleLowerCase('vi')).split(/[^\p{L}\p{N}&]+/u).filter((s) => s.length > 0);
}

/** Syllable unigrams and bigrams. */
function features(text: string): string[] {
  const t = tokens(text);
  const out = [...t];
  for (let i = 0; i + 1 < t.length; i++) out.push(`${t[i]} ${t[i + 1]}`);
  return out;
}

export type Vector = Map<string, number>;

/**
 * TF-IDF vectors for a set of texts, with IDF from the same set. A text
 * that occurs several times counts that many times in the document
 * frequencies, and gets the same vector object each time (computed once).
 */
export function tfidf(texts: string[]): Vector[] {
  // Each distinct text once, with its count and its features (used by both passes): provinces repeat the model's wording and each other's.
  const distinct = new Map<string, { times: number; terms: string[] }>();
  for (const t of texts) {
    const d = distinct.get(t);
    if (d) d.times++;
    else distinct.set(t, { times: 1, terms: features(t) });
  }
  const df = new Map<string, number>();
  for (const { times, terms } of distinct.values()) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + times);
  const n = texts.length;
  const vectors = new Map<string, Vector>();
  for (const [text, { terms }] of distinct) {
    const tf = new Map<string, number>();
    for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
    const v: Vector = new Map();
    let norm = 0;
    for (const [term, count] of tf) {
      const w = (1 + Math.log(count)) * Math.log(1 + n / (df.get(term) ?? 1));
      v.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of v) v.set(term, w / norm);
    vectors.set(text, v);
  }
  return texts.map((t) => vectors.get(t)!);
}

/** Cosine of two unit vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, w] of small) sum += w * (large.get(term) ?? 0);
  return sum;
}

/**
 * Cosines of one vector with many, through an inverted index: only the
 * features a vector shares with the others are visited, so comparing an
 * item with thousands of precedent items stays cheap. Same values as cosine.
 */
export class CosineIndex {
  /** Per feature, the indexes of the vectors holding it and their weights (typed arrays: a large corpus has millions of postings). */
  private readonly postings = new Map<string, { indexes: Int32Array; weights: Float64Array }>();

  constructor(readonly size: number, vectors: Iterable<Vector>) {
    const lists = new Map<string, { indexes: number[]; weights: number[] }>();
    let i = 0;
    for (const v of vectors) {
      for (const [term, w] of v) {
        const list = lists.get(term);
        if (list) { list.indexes.push(i); list.weights.push(w); } else lists.set(term, { indexes: [i], weights: [w] });
      }
      i++;
    }
    for (const [term, l] of lists) this.postings.set(term, { indexes: Int32Array.from(l.indexes), weights: Float64Array.from(l.weights) });
  }

  /** Cosine of `v` with every indexed vector, by index. */
  cosines(v: Vector): Float64Array {
    const out = new Float64Array(this.size);
    for (const [term, w] of v) {
      const list = this.postings.get(term);
      if (!list) continue;
      const { indexes, weights } = list;
      for (let k = 0; k < indexes.length; k++) out[indexes[k]!] += w * weights[k]!;
    }
    return out;
  }
}
