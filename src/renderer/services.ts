import { createDexieRepository } from './data/dexie-repository';
import type { ProjectRepository } from './data/repository';

let instance: ProjectRepository | null = null;

/** The one data repository of this window (IndexedDB via Dexie). */
export function repository(): ProjectRepository {
  if (!instance) instance = createDexieRepository();
  return instance;
}

export { platform } from './platform';
