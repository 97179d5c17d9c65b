import type { Id, ProjectSnapshot } from '../../../shared/model/types';
import { RESPONDENT_ROLES } from '../../../shared/model/types';
import { roleLabel } from '../../lib/roles';

type T = (key: string, params?: Record<string, string | number>) => string;

/** Labels codes by id; a label used twice gets its parent's label added ("Visie (Deskundigheid)"). */
export function codeLabeler(snapshot: ProjectSnapshot): (id: Id) => string {
  const byId = new Map(snapshot.codes.map((c) => [c.id, c]));
  const uses = new Map<string, number>();
  for (const c of snapshot.codes) uses.set(c.label, (uses.get(c.label) ?? 0) + 1);
  return (id) => {
    const code = byId.get(id);
    if (!code) return id;
    if ((uses.get(code.label) ?? 0) < 2 || !code.parentId) return code.label;
    const parent = byId.get(code.parentId);
    return parent ? `${code.label} (${parent.label})` : code.label;
  };
}

/** A role's display name; the empty role (no respondent role known) gets a label too. */
export function roleName(t: T, role: string): string {
  return role ? roleLabel(t, role) : t('app.analysis.noRole');
}

/** Roles in a stable order: known roles in list order, then free roles alphabetically, then none. */
export function rolesOf(_snapshot: ProjectSnapshot, seen: Iterable<string>): string[] {
  const set = new Set(seen);
  const known = (RESPONDENT_ROLES as readonly string[]).filter((r) => set.has(r));
  const free = [...set].filter((r) => r && !known.includes(r)).sort((a, b) => a.localeCompare(b));
  return [...known, ...free, ...(set.has('') ? [''] : [])];
}
