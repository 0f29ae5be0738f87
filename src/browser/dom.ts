/** A new element with optional text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string | null, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** The nearest ancestor-or-self of an event's target matching `selector`. */
export function closest<T extends Element = Element>(e: Event, selector: string): T | null {
  return e.target instanceof Element ? e.target.closest<T>(selector as never) as T | null : null;
}

/** Say `message` through the page's polite live region (#thong-bao), re-announced even when it repeats. */
export function say(message: string): void {
  const live = document.getElementById('thong-bao');
  if (!live) return;
  live.textContent = '';
  setTimeout(() => { live.textContent = message; }, 30);
}
