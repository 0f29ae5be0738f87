/**
 * Copy buttons ("liên kết", "trích dẫn") on every anchored node
 * ([id][data-l]), built from data attributes. URLs are resolved against
 * location, so they are right from any mirror sub-path.
 */
import { closest, say } from './dom';

function copy(text: string, done: string): void {
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(() => say(done), () => fallback(text, done));
  } else fallback(text, done);
}

/** Plain-HTTP mirrors have no clipboard API: a hidden textarea and execCommand. */
function fallback(text: string, done: string): void {
  const t = document.createElement('textarea');
  t.value = text;
  t.setAttribute('readonly', '');
  t.className = 'vh';
  document.body.appendChild(t);
  t.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  t.remove();
  say(ok ? done : `Không sao chép được; hãy chép tay: ${text}`);
}

function button(word: string, label: string, act: 'link' | 'cite'): HTMLButtonElement {
  const b = document.createElement('button');
  const said = document.createElement('span');
  b.type = 'button';
  b.dataset.act = act;
  said.className = 'vh';
  said.textContent = ` ${label}`;
  b.append(word, said);
  return b;
}

/** The element the tools go into: a table row's text cell, a paragraph itself, else the node's first child. */
function hostOf(node: HTMLElement): HTMLElement {
  if (node instanceof HTMLTableRowElement) return node.cells[1] ?? node;
  if (node.tagName === 'P') return node;
  return (node.firstElementChild as HTMLElement | null) ?? node;
}

export function initCopyTools(): void {
  const docCite = document.querySelector('main')?.getAttribute('data-cite');
  const printUrl = document.querySelector('.print-url');
  if (printUrl) printUrl.textContent = location.href.split('#')[0]!;
  for (const node of document.querySelectorAll<HTMLElement>('[id][data-l]')) {
    const label = node.dataset.l!;
    const tools = document.createElement('span');
    tools.className = 'tools';
    tools.dataset.for = node.id;
    tools.append(button('liên kết', `tới ${label}`, 'link'), button('trích dẫn', label, 'cite'));
    hostOf(node).appendChild(tools);
  }
  // One listener for all the buttons (a page has hundreds of nodes).
  document.addEventListener('click', (e) => {
    const b = closest<HTMLButtonElement>(e, '.tools button[data-act]');
    const node = b && document.getElementById((b.parentNode as HTMLElement).dataset.for!);
    if (!b || !node) return;
    const label = node.dataset.l!;
    const url = new URL(node.dataset.href || `#${node.id}`, location.href).href;
    if (b.dataset.act === 'link') copy(url, `Đã sao chép liên kết tới ${label}`);
    else copy(`${label}${docCite ? ` ${docCite}` : ''}\n${url}`, `Đã sao chép trích dẫn ${label}`);
  });
}
