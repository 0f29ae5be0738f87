/**
 * `load` run on the first call, its promise shared by every later call;
 * a load that fails is forgotten, so that the next call tries again — a
 * mirror briefly unreachable must not leave a page without its data until
 * it is reloaded.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (pending) return pending;
    const loading = load();
    pending = loading;
    loading.catch(() => { pending = null; });
    return loading;
  };
}
