/**
 * Copy buttons ("liên kết", "trích dẫn") on every unit one cites
 * ([id][data-l]: render-nodes.ts leaves header lines, titles and
 * recipients without), built from data attributes. The citation is
 * written by src/lib/citation.ts from the unit as cited (`data-c`, else
 * `data-l`) and the document's facts (`main[data-doc]`). URLs are resolved
 * against location, so they are right from any mirror sub-path.
 *
 * After a copy, a panel under the unit's line shows what was copied in a
 * selectable box — with the citation's forms to choose from (long date,
 * title), remembered for the next copies — and the live region says it too.
 * When the browser refuses the clipboard (plain-HTTP mirrors may), the
 * panel asks to copy by hand, the text already selected.
 */
import { citation, type CitationStyle, type CitedFacts } from '../lib/citation';
import { closest, el, say } from './dom';

const STYLE_KEY = 'khcn-trich-dan';

function savedStyle(): CitationStyle {
  try { return JSON.parse(localStorage.getItem(STYLE_KEY) ?? '{}') as CitationStyle; } catch { return {}; }
}

function saveStyle(style: CitationStyle): void {
  try { localStorage.setItem(STYLE_KEY, JSON.stringify(style)); } catch { /* private mode: the choice lasts for this page */ }
}

/** The clipboard API where the page may use it, else the box's own selection and execCommand. */
async function copyFrom(box: HTMLTextAreaElement, back: HTMLElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(box.value);
      return true;
    }
  } catch { /* refused: try the selection */ }
  box.focus();
  box.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  if (ok) back?.focus();
  return ok;
}

function button(word: string, label: string, act: 'link' | 'cite'): HTMLButtonElement {
  const b = el('button');
  const said = el('span', ` ${label}`, 'vh');
  b.type = 'button';
  b.dataset.act = act;
  b.append(word, said);
  return b;
}

/** The element the tools go into: a table row's text cell, a paragraph itself, else the node's first child. */
function hostOf(node: HTMLElement): HTMLElement {
  if (node instanceof HTMLTableRowElement) return node.cells[1] ?? node;
  if (node.tagName === 'P') return node;
  return (node.firstElementChild as HTMLElement | null) ?? node;
}

interface Panel {
  root: HTMLElement;
  message: HTMLElement;
  box: HTMLTextAreaElement;
  options: HTMLElement;
  long: HTMLInputElement;
  title: HTMLInputElement;
}

/** The panel, cloned once from its template (Base.astro, #copied) and moved to the unit copied; only its text and message change. */
function makePanel(template: HTMLTemplateElement): Panel {
  const root = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
  const [long, title] = root.querySelectorAll('input');
  return { root, message: root.firstElementChild as HTMLElement, box: root.querySelector('textarea')!, options: root.querySelector('.copied-opts')!, long: long!, title: title! };
}

/** The facts of the document the page shows (Base.astro, main[data-doc]), or null on pages of no document. */
export function pageFacts(): CitedFacts | null {
  const doc = document.querySelector('main')?.dataset.doc;
  return doc ? JSON.parse(doc) as CitedFacts : null;
}

export function initCopyTools(): void {
  const facts = pageFacts();
  for (const node of document.querySelectorAll<HTMLElement>('[id][data-l]')) {
    const label = node.dataset.l!;
    const tools = el('span', null, 'tools');
    tools.dataset.for = node.id;
    const cite = facts ? [button('trích dẫn', label, 'cite')] : [];
    tools.append(button('liên kết', `tới ${label}`, 'link'), ...cite);
    hostOf(node).appendChild(tools);
  }

  let panel: Panel | null = null;
  /** What the panel shows now: the node and action, to redo the copy when a form is chosen. */
  let shown: { node: HTMLElement; act: string; button: HTMLButtonElement } | null = null;

  function textFor(node: HTMLElement, act: string): string {
    const url = new URL(node.dataset.href || `#${node.id}`, location.href).href;
    if (act === 'link' || !facts) return url;
    return `${citation(node.dataset.c ?? node.dataset.l!, facts, savedStyle())}\n${url}`;
  }

  async function copy(node: HTMLElement, act: string, from: HTMLButtonElement, again = false): Promise<void> {
    // Focus goes back where it was (the button, or the form just chosen) unless the copy needs a hand.
    const back = again ? document.activeElement as HTMLElement | null : from;
    panel ??= makePanel(document.getElementById('copied') as HTMLTemplateElement);
    const p = panel;
    const label = node.dataset.l!;
    const host = hostOf(node);
    // Moving the panel would take the focus from the form just chosen: it moves only to another unit.
    if (!again && host.tagName === 'TD') host.appendChild(p.root);
    else if (!again) host.insertAdjacentElement('afterend', p.root);
    shown = { node, act, button: from };
    const style = savedStyle();
    p.long.checked = style.date === 'long';
    p.title.checked = !!style.title;
    p.options.hidden = act !== 'cite';
    p.box.value = textFor(node, act);
    // As tall as its text, so the whole citation shows on a phone too.
    p.box.style.height = 'auto';
    p.box.style.height = `${p.box.scrollHeight + 2}px`;
    p.root.classList.remove('failed');
    p.message.textContent = '';
    const ok = await copyFrom(p.box, back);
    const what = act === 'link' ? `liên kết tới ${label}` : `trích dẫn ${label}`;
    const message = ok
      ? `Đã sao chép ${again ? 'lại ' : ''}${what}.`
      : `Trình duyệt không cho sao chép tự động: ${what} đã được chọn trong ô dưới, hãy chép (Ctrl+C, hoặc chạm giữ rồi chọn Sao chép).`;
    p.message.textContent = `${ok ? '✓ ' : ''}${message}`;
    p.root.classList.toggle('failed', !ok);
    if (!ok) { p.box.focus(); p.box.select(); }
    say(message);
  }

  function close(): void {
    const back = shown?.button;
    panel?.root.remove();
    shown = null;
    back?.focus();
  }

  // One listener for all the buttons (a page has hundreds of units).
  document.addEventListener('click', (e) => {
    if (closest(e, '.copied-close')) { close(); return; }
    const b = closest<HTMLButtonElement>(e, '.tools button[data-act]');
    const node = b && document.getElementById((b.parentNode as HTMLElement).dataset.for!);
    if (b && node) void copy(node, b.dataset.act!, b);
  });
  document.addEventListener('change', (e) => {
    if (!panel || !shown || !(e.target instanceof HTMLInputElement) || !panel.options.contains(e.target)) return;
    saveStyle({ date: panel.long.checked ? 'long' : 'short', title: panel.title.checked });
    void copy(shown.node, shown.act, shown.button, true);
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && panel?.root.isConnected && panel.root.contains(document.activeElement)) close();
  });
}
