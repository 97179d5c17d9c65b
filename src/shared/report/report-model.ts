/**
 * Builds the theme report (ReportModel) from a project, in the shape of the results chapter of a
 * thesis (seed 000, chapter 3): a method paragraph with the figures of the data, one section per
 * core theme with its categories as sub-themes, promoting and hindering factors, key quotes
 * attributed by role only, the student's summary and a frequency table per role; appendices with
 * the code list and the storyline memo. Without themes (interim report, imported project) the
 * results follow the code tree. Pure: every sentence comes from i18n (`report.*`), every piece of
 * project text goes through `pseudonymise`.
 */
import { categoryCodes, openCodes } from '../analysis/checklist';
import { crosstab } from '../analysis/crosstab';
import { analysisIndex, codesInTreeOrder, fragmentOf, retrievePlaces, withDescendants, type Fragment } from '../analysis/retrieval';
import { agreement } from '../agreement/agreement';
import { agreementTable } from '../agreement/table';
import { appendixRows, originSentence } from '../codebook/appendix-rows';
import { translate } from '../i18n';
import { RESPONDENT_ROLES, type Code, type Language, type ProjectSnapshot, type Theme } from '../model/types';
import type { Block, ReportModel, ReportOptions } from './model';
import { attributionFor, exportRules, pseudonymise } from './pseudonymise';

export interface ReportContext {
  /** "Today" for the title page (ISO timestamp); the current time by default. */
  now?: string;
  /** Quotes per code in the code-tree report (default 10). */
  quotesPerCode?: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

type T = (key: string, params?: Record<string, string | number>) => string;

export function formatReportDate(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 10);
  return d.toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "a, b en c" / "a, b and c". */
function joinList(items: string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items[items.length - 1]}`;
}

const roleRank = (role: string) => {
  const i = (RESPONDENT_ROLES as readonly string[]).indexOf(role);
  return i < 0 ? RESPONDENT_ROLES.length : i;
};

/** Themes in report order: by layer (first appearance in theme order), then order. */
export function orderedThemes(themes: readonly Theme[]): Theme[] {
  const byOrder = [...themes].sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'nl'));
  const layers: string[] = [];
  for (const t of byOrder) if (!layers.includes(t.layer.trim())) layers.push(t.layer.trim());
  return byOrder.sort((a, b) => layers.indexOf(a.layer.trim()) - layers.indexOf(b.layer.trim()) || a.order - b.order);
}

export function buildReportModel(snapshot: ProjectSnapshot, options: ReportOptions, ctx: ReportContext = {}): ReportModel {
  const lang = options.lang;
  const t: T = (key, params) => translate(lang, key, params);
  // The project's list plus respondents' speaker labels that are real names (see exportRules).
  const rules = exportRules(snapshot);
  const clean = (text: string) => pseudonymise(text, rules);
  const index = analysisIndex(snapshot);
  const interim = snapshot.themes.length === 0;
  const title = clean(options.title?.trim() || snapshot.project.name);
  const date = formatReportDate(ctx.now ?? new Date().toISOString(), lang);
  const subtitle = t(interim ? 'report.kindInterim' : 'report.kind');
  const author = options.author?.trim() || undefined;

  const titlePage: string[] = [];
  if (options.includeTitlePage) {
    titlePage.push(title, subtitle);
    if (author) titlePage.push(t('report.titleLine.author', { author }));
    titlePage.push(t('report.titleLine.date', { date }), t('report.titleLine.madeWith'));
  }

  // Appendices are numbered I, II, … in the order they appear.
  const appendices = [
    options.includeCodeListAppendix ? 'codes' : '',
    options.agreement ? 'agreement' : '',
    options.includeStorylineAppendix ? 'storyline' : '',
  ].filter(Boolean);
  const appendixNo = (which: string) => ROMAN[appendices.indexOf(which)] ?? '';

  const blocks: Block[] = [{ kind: 'toc' }];
  let chapter = 0;
  let tableNo = 0;
  let headingNo = 0;
  const heading = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text, id: `h${++headingNo}` });
  const para = (text: string, style?: 'normal' | 'muted' | 'lead') => {
    if (text.trim() === '') return;
    blocks.push(style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text });
  };
  /** Paragraphs of a student's text (split on blank lines). */
  const prose = (text: string) => {
    for (const p of clean(text).split(/\n\s*\n/)) para(p.replace(/\s*\n\s*/g, ' ').trim());
  };
  const quote = (f: Fragment) => {
    const c = f.coding;
    const text = clean(f.text.replace(/\s+/g, ' ').trim());
    blocks.push({
      kind: 'quote',
      text,
      attribution: attributionFor(snapshot, { documentId: c.documentId, start: c.start, end: c.end }, lang),
      source: { documentId: c.documentId, codingId: c.id, start: c.start, end: c.end },
      ...(c.valence ? { valence: c.valence } : {}),
    });
  };

  // --- Method -----------------------------------------------------------------------------------
  if (options.includeMethod) {
    heading(1, `${++chapter} ${t('report.method.heading')}`);
    const docs = snapshot.documents.length;
    const sentences = [t('report.method.interviews', { count: docs })];
    const dates = snapshot.documents.map((d) => d.importedAt).filter(Boolean).sort();
    if (dates.length) {
      const from = formatReportDate(dates[0], lang);
      const to = formatReportDate(dates[dates.length - 1], lang);
      sentences.push(from === to ? t('report.method.periodOneDay', { date: from }) : t('report.method.period', { from, to }));
    }
    const roles = respondentsPerRole(snapshot, t);
    if (roles.length) {
      const list = joinList(roles.map(([role, n]) => t('report.method.roleCount', { count: n, role: clean(role) })), lang);
      sentences.push(t('report.method.respondents', { count: snapshot.respondents.length, list }));
    } else sentences.push(t('report.method.noRespondents'));
    para(sentences.join(' '));
    const levels = codeLevels(snapshot.codes);
    para(
      [
        t('report.method.baarda'),
        t('report.method.codes', { open: levels.open, axial: levels.axial, selective: levels.selective, themes: snapshot.themes.length }),
        t('report.method.fragments', { count: snapshot.codings.length }),
        options.includeCodeListAppendix ? t('report.method.codebook', { n: appendixNo('codes') }) : '',
        options.agreement ? t('report.method.agreement', { n: appendixNo('agreement') }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    para(t('report.method.anonymity'));
    if (roles.length) {
      blocks.push({
        kind: 'table',
        caption: t('report.tableCaption', { number: ++tableNo, caption: t('report.method.tableCaption') }),
        header: [t('report.role'), t('report.respondents')],
        rows: [...roles.map(([role, n]) => [clean(role), n]), [t('report.frequency.total'), snapshot.respondents.length]],
        numericColumns: [1],
      });
    }
  }

  // --- Results ----------------------------------------------------------------------------------
  const resultsNo = chapter + 1;
  heading(1, `${resultsNo} ${t('report.results.heading')}`);
  const freqTable = (codeIds: string[], caption: string, includeDescendants: boolean) => {
    const ct = crosstab(snapshot, { columns: 'role', measure: 'fragments', codeIds, includeDescendants });
    const rows: (string | number)[][] = [];
    ct.rowIds.forEach((id, i) => {
      if (ct.rowTotals[i] > 0) rows.push([clean(index.codes.get(id)!.label), ...ct.cells[i], ct.rowTotals[i]]);
    });
    if (rows.length === 0) {
      para(t('report.frequency.none'), 'muted');
      return;
    }
    rows.push([t('report.frequency.total'), ...ct.columnTotals, ct.total]);
    blocks.push({
      kind: 'table',
      caption: t('report.tableCaption', { number: ++tableNo, caption: t('report.frequency.caption', { theme: caption }) }),
      header: [t('report.frequency.code'), ...ct.columnLabels.map(clean), t('report.frequency.total')],
      rows,
      numericColumns: ct.columns.map((_, j) => j + 1).concat(ct.columns.length + 1),
    });
  };

  if (!interim) {
    const themes = orderedThemes(snapshot.themes);
    const layered = themes.some((th) => th.layer.trim() !== '');
    para(t('report.results.intro', { count: themes.length, list: joinList(themes.map((th) => clean(th.label)), lang) }));
    let section = 0;
    let lastLayer: string | undefined;
    const codingById = new Map(snapshot.codings.map((c) => [c.id, c]));
    for (const theme of themes) {
      if (layered && theme.layer.trim() !== lastLayer) {
        lastLayer = theme.layer.trim();
        if (lastLayer) para(t('report.layer', { layer: clean(lastLayer) }), 'lead');
      }
      const no = `${resultsNo}.${++section}`;
      heading(2, `${no} ${clean(theme.label)}`);
      prose(theme.definition);
      const places = retrievePlaces(snapshot, { themeId: theme.id });
      const docs = new Set(places.map((p) => p.document.id)).size;
      para(t('report.theme.scope', { fragments: places.length, documents: docs }), 'muted');
      const categories = theme.categoryIds.map((id) => index.codes.get(id)).filter((c): c is Code => c !== undefined);
      // Key quotes in the student's order; each goes under the first category it belongs to.
      const keyQuotes = theme.keyQuoteIds
        .map((id) => codingById.get(id))
        .filter((c): c is NonNullable<typeof c> => c !== undefined && index.codes.has(c.codeId))
        .map((c) => index.place(c))
        .filter((p): p is NonNullable<typeof p> => p !== undefined);
      const placed = new Set<string>();
      if (categories.length > 1) {
        para(t('report.theme.subthemes'));
        blocks.push({ kind: 'bullets', items: categories.map((c) => clean(c.label)) });
      }
      let sub = 0;
      for (const cat of categories) {
        heading(3, `${no}.${++sub} ${clean(cat.label)}`);
        prose(cat.description);
        const ids = withDescendants(index, [cat.id]);
        const n = retrievePlaces(snapshot, { codeIds: [cat.id] }).length;
        para(t('report.category.scope', { count: n }), 'muted');
        for (const p of keyQuotes) {
          if (placed.has(p.coding.id) || !ids.has(p.coding.codeId)) continue;
          placed.add(p.coding.id);
          quote(fragmentOf(index, p));
        }
      }
      const rest = keyQuotes.filter((p) => !placed.has(p.coding.id));
      if (rest.length) {
        heading(3, `${no}.${++sub} ${t('report.quotes.heading')}`);
        para(t('report.quotes.intro'));
        for (const p of rest) quote(fragmentOf(index, p));
      }
      // Promoting and hindering factors: the codes of the theme's fragments by valence.
      heading(3, `${no}.${++sub} ${t('report.factors.heading')}`);
      let any = false;
      for (const [valence, key] of [
        ['bevorderend', 'report.factors.promoting'],
        ['belemmerend', 'report.factors.hindering'],
      ] as const) {
        const of = places.filter((p) => p.coding.valence === valence);
        if (!of.length) continue;
        any = true;
        const counts = new Map<string, number>();
        for (const p of of) counts.set(p.coding.codeId, (counts.get(p.coding.codeId) ?? 0) + 1);
        para(t(key, { count: of.length }));
        const order = new Map(codesInTreeOrder(index).map((c, i) => [c.id, i]));
        blocks.push({
          kind: 'bullets',
          items: [...counts]
            .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
            .map(([id, count]) => t('report.factors.item', { code: clean(index.codes.get(id)!.label), count })),
        });
      }
      if (!any) para(t('report.factors.none'), 'muted');
      if (theme.summary.trim()) {
        heading(3, `${no}.${sub + 1} ${t('report.summary.heading')}`);
        prose(theme.summary);
      }
      if (options.includeFrequencyTables) {
        const codeIds = codesInTreeOrder(index).filter((c) => withDescendants(index, theme.categoryIds).has(c.id)).map((c) => c.id);
        freqTable(codeIds, clean(theme.label), false);
      }
    }
  } else {
    para(t('report.results.interimIntro'));
    const limit = ctx.quotesPerCode ?? 10;
    const quotesOf = (code: Code, descendants: boolean) => {
      const places = retrievePlaces(snapshot, { codeIds: [code.id], includeDescendants: descendants });
      if (!places.length) {
        para(t('report.tree.noFragments'), 'muted');
        return;
      }
      para(t('report.category.scope', { count: places.length }), 'muted');
      for (const p of places.slice(0, limit)) quote(fragmentOf(index, p));
      if (places.length > limit) para(`… ${t('report.tree.more', { count: places.length - limit })}`, 'muted');
    };
    let section = 0;
    for (const top of index.children.get(null) ?? []) {
      const no = `${resultsNo}.${++section}`;
      heading(2, `${no} ${clean(top.label)}`);
      prose(top.description);
      const children = index.children.get(top.id) ?? [];
      if (index.byCode(top.id).length || !children.length) quotesOf(top, false);
      let sub = 0;
      for (const child of children) {
        heading(3, `${no}.${++sub} ${clean(child.label)}`);
        prose(child.description);
        quotesOf(child, true);
      }
      if (options.includeFrequencyTables && children.length) {
        freqTable([top.id, ...children.map((c) => c.id)], clean(top.label), true);
      }
    }
  }

  // --- Appendices -------------------------------------------------------------------------------
  if (options.includeCodeListAppendix) {
    blocks.push({ kind: 'pageBreak' });
    heading(1, t('report.appendix.codes', { n: appendixNo('codes') }));
    const origin = originSentence(snapshot, lang);
    if (origin) para(clean(origin), 'muted');
    const { rows, rest } = appendixRows(snapshot.codes);
    const withSelective = rows.some((r) => r.selective !== '');
    if (rows.length) {
      const header = [t('codebook.export.number'), t('codebook.export.open'), t('codebook.export.axial')];
      if (withSelective) header.push(t('codebook.export.selective'));
      blocks.push({
        kind: 'table',
        header,
        rows: rows.map((r) => {
          const row: (string | number)[] = [`${r.number}.`, clean(r.code.label), clean(r.axial)];
          if (withSelective) row.push(clean(r.selective));
          return row;
        }),
      });
    }
    if (rest.length) {
      para(t('report.appendix.rest'), 'lead');
      blocks.push({ kind: 'bullets', items: rest.map(({ code, depth }) => `${'    '.repeat(depth)}${clean(code.label)}`) });
    }
  }
  if (options.agreement) {
    blocks.push({ kind: 'pageBreak' });
    heading(1, t('report.appendix.agreement', { n: appendixNo('agreement') }));
    const [a, b] = options.agreement.coders.map(clean);
    const result = agreement(snapshot, { ...options.agreement, coders: options.agreement.coders });
    if (result.documentIds.length === 0) para(t('report.agreement.none'), 'muted');
    else {
      para(t('report.agreement.intro', { a, b, count: result.documentIds.length, level: t(`report.agreement.level.${options.agreement.level}`) }));
      const table = agreementTable(snapshot, result, options.agreement, lang, 'text');
      blocks.push({
        kind: 'table',
        caption: t('report.tableCaption', { number: ++tableNo, caption: t('report.agreement.tableCaption', { a, b }) }),
        header: table.header.map(clean),
        rows: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? clean(cell) : cell))),
        numericColumns: table.numericColumns,
      });
      for (const sentence of table.rule) para(sentence, 'muted');
    }
  }
  if (options.includeStorylineAppendix) {
    blocks.push({ kind: 'pageBreak' });
    heading(1, t('report.appendix.storyline', { n: appendixNo('storyline') }));
    const storyline = snapshot.project.storyline ?? '';
    if (storyline.trim()) prose(storyline);
    else para(t('report.appendix.noStoryline'), 'muted');
  }

  const model: ReportModel = { lang, title, subtitle, date, titlePage, blocks };
  if (author) model.author = author;
  return model;
}

/** [role, respondents] in the order of RESPONDENT_ROLES, then alphabetically. */
function respondentsPerRole(snapshot: ProjectSnapshot, t: T): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of snapshot.respondents) {
    const role = r.role.trim() || t('report.roleUnknown');
    counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => roleRank(a[0]) - roleRank(b[0]) || a[0].localeCompare(b[0], 'nl'));
}

/** Codes per Baarda phase: level "open"/"axial"/"selective", or leaves/parents when unlevelled. */
export function codeLevels(codes: readonly Code[]): { open: number; axial: number; selective: number } {
  return {
    open: openCodes(codes).length,
    axial: categoryCodes(codes).length,
    selective: codes.filter((c) => c.level === 'selective').length,
  };
}
