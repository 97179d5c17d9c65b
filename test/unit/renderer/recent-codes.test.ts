import { afterEach, describe, expect, it, vi } from 'vitest';

/** A minimal Web Storage, as the browser and Electron renderers have. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: (i) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

/** The store as a freshly loaded page sees it. */
async function reloadStore() {
  vi.resetModules();
  return (await import('../../../src/renderer/state/coding-store')).useCoding;
}

describe('recently used codes', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });

  it('are kept across a reload, newest first and each once', async () => {
    globalThis.localStorage = memoryStorage();
    const before = await reloadStore();
    for (const id of ['a', 'b', 'c', 'a']) before.getState().noteCodeUsed(id);
    expect(before.getState().recentCodeIds).toEqual(['a', 'c', 'b']);
    const after = await reloadStore();
    expect(after.getState().recentCodeIds).toEqual(['a', 'c', 'b']);
  });

  it('start empty when the stored list is damaged or storage is missing', async () => {
    globalThis.localStorage = memoryStorage();
    localStorage.setItem('werkbank.recentCodes', '{niet: json');
    expect((await reloadStore()).getState().recentCodeIds).toEqual([]);
    localStorage.setItem('werkbank.recentCodes', JSON.stringify(['x', 3, null, 'y']));
    expect((await reloadStore()).getState().recentCodeIds).toEqual(['x', 'y']);
    delete (globalThis as { localStorage?: Storage }).localStorage;
    const store = await reloadStore();
    store.getState().noteCodeUsed('z');
    expect(store.getState().recentCodeIds).toEqual(['z']);
  });
});
