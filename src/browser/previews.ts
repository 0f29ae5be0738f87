/**
 * Previews: hovering or focusing a reference (a[data-p]) shows its
 * target's text in a popup; without JavaScript the reference is a plain link.
 */
import { closest } from './dom';

export function initPreviews(): void {
  const tip = document.createElement('div');
  tip.id = 'xem-truoc';
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  let cur: HTMLAnchorElement | null = null;

  function show(a: HTMLAnchorElement): void {
    if (cur && cur !== a) hide();
    cur = a;
    tip.textContent = a.dataset.p ?? '';
    tip.hidden = false;
    a.setAttribute('aria-describedby', tip.id);
    const r = a.getBoundingClientRect(), w = document.documentElement.clientWidth;
    tip.style.left = `${scrollX + Math.max(8, Math.min(r.left, w - tip.offsetWidth - 8))}px`;
    tip.style.top = `${scrollY + r.bottom + 6}px`;
  }
  function hide(): void {
    cur?.removeAttribute('aria-describedby');
    cur = null;
    tip.hidden = true;
  }
  const ref = (e: Event) => closest<HTMLAnchorElement>(e, 'a[data-p]');
  document.addEventListener('mouseover', (e) => { const a = ref(e); if (a) show(a); });
  document.addEventListener('mouseout', (e) => {
    const a = ref(e);
    if (a && !a.contains(e.relatedTarget as Node | null) && a !== document.activeElement) hide();
  });
  document.addEventListener('focusin', (e) => { const a = ref(e); if (a) show(a); else hide(); });
  document.addEventListener('focusout', (e) => { if (ref(e)) hide(); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
}
