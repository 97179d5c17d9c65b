/**
 * Pseudonymisation for every export and report (AVG/GDPR): the project's list of names to hide
 * (people, schools, places) is replaced in all text that leaves Werkbank, and quotes are attributed
 * by role, interview number and time only — never by a name.
 *
 * Matching is case- and diacritic-insensitive ("Zoë" matches "Zoe" and "ZOË"), on whole words
 * only, tolerates any run of whitespace (including line breaks) where the name has a space
 * ("Gerard\nHofstee"), and prefers longer names ("De Kompasroos locatie Noord" before
 * "De Kompasroos"). Everything outside a match is kept exactly.
 */
import { analysisIndex, turnOfRange } from '../analysis/retrieval';
import { translate } from '../i18n';
import { RESPONDENT_ROLES, type Language, type ProjectSnapshot, type PseudonymRule, type Respondent } from '../model/types';

/** Folds one character cluster for matching: lower case, compatibility-decomposed, no marks. */
export function foldForMatch(text: string): string {
  // ς → σ: lower-casing a whole word gives the final sigma, one letter alone never does.
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ς/g, 'σ');
}

interface Folded {
  text: string;
  /** For every folded code unit, the original [start, end) of the cluster it came from. */
  origStart: number[];
  origEnd: number[];
}

/** A base character with its combining marks (so a mark never splits from its letter). */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;

function fold(text: string): Folded {
  const parts: string[] = [];
  const origStart: number[] = [];
  const origEnd: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const f = foldForMatch(m[0]);
    parts.push(f);
    for (let i = 0; i < f.length; i++) {
      origStart.push(start);
      origEnd.push(end);
    }
  }
  return { text: parts.join(''), origStart, origEnd };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

interface Matcher {
  regex: RegExp;
  /** Replacement per capture group index (1-based order of the alternation). */
  replacements: string[];
}

const matcherCache = new WeakMap<readonly PseudonymRule[], Matcher | null>();

function matcherFor(rules: readonly PseudonymRule[]): Matcher | null {
  if (matcherCache.has(rules)) return matcherCache.get(rules)!;
  const seen = new Set<string>();
  const entries: { pattern: string; folded: string; replacement: string }[] = [];
  for (const rule of rules) {
    const name = rule.name.trim();
    if (!name) continue;
    const folded = foldForMatch(name).replace(/\s+/g, ' ');
    if (!folded.trim() || seen.has(folded)) continue;
    seen.add(folded);
    const pattern = folded.split(' ').map(escapeRegExp).join('\\s+');
    entries.push({ pattern, folded, replacement: rule.replacement });
  }
  // Longest first: the alternation takes the first alternative that matches at a position.
  entries.sort((a, b) => b.folded.length - a.folded.length || (a.folded < b.folded ? -1 : 1));
  const matcher =
    entries.length === 0
      ? null
      : {
          regex: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${entries.map((e) => `(${e.pattern})`).join('|')})(?![\\p{L}\\p{N}])`,
            'gu',
          ),
          replacements: entries.map((e) => e.replacement),
        };
  matcherCache.set(rules, matcher);
  return matcher;
}

/** Replaces every listed name in `text` by its replacement (see the module comment). */
export function pseudonymise(text: string, rules: readonly PseudonymRule[] | undefined): string {
  if (!text || !rules || rules.length === 0) return text;
  const matcher = matcherFor(rules);
  if (!matcher) return text;
  // Folding the whole text equals folding it cluster by cluster (NFKD reorders marks only within
  // a cluster), so one cheap test spares the per-cluster offset map for the many texts with no name.
  matcher.regex.lastIndex = 0;
  if (!matcher.regex.test(foldForMatch(text))) return text;
  const f = fold(text);
  let out = '';
  let last = 0;
  matcher.regex.lastIndex = 0;
  for (const m of f.text.matchAll(matcher.regex)) {
    if (m[0].length === 0) continue;
    const start = f.origStart[m.index];
    const end = f.origEnd[m.index + m[0].length - 1];
    if (start < last) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    out += text.slice(last, start) + (matcher.replacements[group] ?? '');
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `pseudonymise` with these rules, remembering short results: exports repeat the same labels,
 * roles and names on every row. Long texts (fragments, memos) are not kept.
 */
export function cachedPseudonymise(rules: readonly PseudonymRule[]): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (text.length > 120) return pseudonymise(text, rules);
    let out = seen.get(text);
    if (out === undefined) {
      out = pseudonymise(text, rules);
      seen.set(text, out);
    }
    return out;
  };
}

/** True when no listed name occurs in `text` (same matching as `pseudonymise`). */
export function containsListedName(text: string, rules: readonly PseudonymRule[] | undefined): boolean {
  return pseudonymise(text, rules) !== text;
}

const rulesCache = new WeakMap<ProjectSnapshot, PseudonymRule[]>();

/** Speaker labels that are not names: "R", "I2", "Interviewer", "Respondent 3", "Spreker 1", … */
const GENERIC_LABEL =
  /^(?:[a-z]{1,2}\d*|int(?:erviewer)?|interviewster|respondent|deelnemer|participant|spreker|speaker|onbekend|unknown|moderator|gespreksleider)(?:[\s._-]*[\da-z]?\d*)?$/;

/**
 * The rules every export applies: the project's names to hide, then, for speaker labels mapped to
 * a respondent that look like a personal name ("Anna de Vries"), the label → the respondent's
 * pseudonym — so a real name used as a speaker label never leaks through transcript text. Generic
 * labels ("R", "Interviewer", a role, the pseudonym itself) are left alone. Cached per snapshot.
 */
export function exportRules(snapshot: ProjectSnapshot): PseudonymRule[] {
  const hit = rulesCache.get(snapshot);
  if (hit) return hit;
  const rules: PseudonymRule[] = [...(snapshot.project.pseudonyms ?? [])];
  const known = new Set(rules.map((r) => foldForMatch(r.name.trim()).replace(/\s+/g, ' ')));
  const roles = new Set<string>(RESPONDENT_ROLES.map((r) => foldForMatch(r)));
  const respondents = new Map(snapshot.respondents.map((r) => [r.id, r]));
  for (const doc of snapshot.documents) {
    for (const speaker of doc.speakers) {
      if (speaker.role.kind !== 'respondent') continue;
      const respondent = respondents.get(speaker.role.respondentId);
      if (!respondent) continue;
      const label = foldForMatch(speaker.label.trim()).replace(/\s+/g, ' ');
      if (label.length < 3 || !/\p{L}/u.test(label) || GENERIC_LABEL.test(label) || known.has(label)) continue;
      if (roles.has(label) || label === foldForMatch(respondent.role.trim()) || label === foldForMatch(respondent.pseudonym.trim())) continue;
      known.add(label);
      rules.push({ name: speaker.label.trim(), replacement: respondentLabel(respondent) });
    }
  }
  rulesCache.set(snapshot, rules);
  return rules;
}
/** The label a respondent appears under in exports: pseudonym and role, never a real name. */
export function respondentLabel(respondent: Pick<Respondent, 'pseudonym' | 'role'>): string {
  const pseudonym = respondent.pseudonym.trim();
  const role = respondent.role.trim();
  if (!pseudonym) return role;
  if (!role || foldForMatch(pseudonym).includes(foldForMatch(role))) return pseudonym;
  return `${pseudonym} (${role})`;
}

/** Seconds as "hh:mm:ss". */
export function formatTimestamp(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * Attribution of a quote, e.g. "(orthopedagoog, interview 3, 00:12:41)": the role of the
 * respondent speaking at `start` (else "respondent"), the interview number (document order + 1)
 * and the turn's timestamp when known. Never a name.
 */
export function attributionFor(
  snapshot: ProjectSnapshot,
  fragment: { documentId: string; start: number; end?: number },
  lang: Language = snapshot.project.settings.language,
): string {
  const index = analysisIndex(snapshot);
  const doc = index.documents.get(fragment.documentId);
  const rules = exportRules(snapshot);
  let role = '';
  let time: number | undefined;
  if (doc) {
    const t = turnOfRange(doc, fragment.start, fragment.end ?? fragment.start + 1);
    const turn = t >= 0 ? doc.turns[t] : undefined;
    if (turn) {
      time = turn.startTime;
      const speaker = doc.speakers.find((s) => s.label === turn.speaker);
      if (speaker?.role.kind === 'respondent') {
        const id = speaker.role.respondentId;
        role = snapshot.respondents.find((r) => r.id === id)?.role.trim() ?? '';
      }
    }
  }
  const parts = [
    role ? pseudonymise(role, rules) : translate(lang, 'export.attribution.respondent'),
  ];
  if (doc) parts.push(translate(lang, 'export.attribution.interview', { n: String((index.docOrder.get(doc.id) ?? 0) + 1) }));
  if (time !== undefined) parts.push(formatTimestamp(time));
  return `(${parts.join(', ')})`;
}
