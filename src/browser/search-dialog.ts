/**
 * "/" or Ctrl+K, or the header's search button, opens search: the search dialog (its script, search.js,
 * loaded the first time), or on the search page its own box. Esc closes
 * the dialog (the browser's own behaviour) and focus goes back where it was.
 */
export function initSearchDialog(): void {
  const dialog = document.getElementById('hop-tim') as HTMLDialogElement | null;
  const form = dialog?.querySelector<HTMLFormElement>('form[role=search]') ?? null;
  // A query sent while search.js is still loading waits for it (search.js
  // runs it when it starts); if the script cannot load, the form goes to the
  // search page (its action) instead.
  form?.addEventListener('submit', (e) => {
    if (form.hasAttribute('data-ready') || dialog!.hasAttribute('data-failed')) return;
    e.preventDefault();
    form.setAttribute('data-pending', '');
  });

  function focusBox(): void {
    const q = document.getElementById('q') as HTMLInputElement;
    q.focus();
    q.select();
  }
  function open(d: HTMLDialogElement, f: HTMLFormElement): void {
    if (!d.open) d.showModal();
    if (!d.hasAttribute('data-loaded')) {
      d.setAttribute('data-loaded', '');
      const s = document.createElement('script');
      s.src = d.dataset.js!;
      s.onerror = () => {
        d.setAttribute('data-failed', '');
        if (f.hasAttribute('data-pending')) f.submit();
      };
      document.head.appendChild(s);
    }
    focusBox();
  }

  dialog?.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
  // The header's button with an empty box (on a phone the box is hidden) opens
  // the dialog, or on the search page its own box; a typed query goes to the search page.
  document.querySelector<HTMLFormElement>('form.hsearch')?.addEventListener('submit', (e) => {
    const typed = (e.currentTarget as HTMLFormElement).querySelector('input')?.value.trim();
    if (typed) return;
    e.preventDefault();
    if (dialog && form) open(dialog, form);
    else focusBox();
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement | null;
    const typing = !!t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
    const ctrlK = (e.ctrlKey || e.metaKey) && (e.key === 'k' || e.key === 'K');
    if (!slash && !ctrlK) return;
    e.preventDefault();
    if (dialog && form) open(dialog, form);
    else focusBox();
  });
}
