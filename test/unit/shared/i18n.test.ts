import { describe, expect, it } from 'vitest';
import { catalogues, translate } from '../../../src/shared/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(catalogues.nl).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(catalogues.nl)) {
      expect({ key, p: placeholders(catalogues.en[key] ?? '') }).toEqual({ key, p: placeholders(catalogues.nl[key]) });
    }
  });

  it('give every counted noun a singular form ("1 document", not "1 documenten")', () => {
    // Messages where {count} stands alone (a label, a total in brackets) read right for 1 as well.
    const countNeutral = new Set([
      'app.documents.assignSpeakers', 'app.import.confirm', 'app.codebookSource.levelCount', 'app.memo.all', 'app.search.previewMore',
      'app.selective.pickedCount', 'app.selective.countPromoting', 'app.selective.countHindering', 'app.selective.countNeutral',
      'app.selective.countUnmarked', 'app.selective.quoteAria', 'app.analysis.chartFrequenciesCaption', 'app.analysis.cellLabel', 'app.phase.more',
      'app.report.namesHint', 'app.report.names.draftCount', 'cli.info.documents', 'cli.info.respondents', 'command.setKeyQuotes',
      'analysis.check.selective.noThemes', 'report.method.roleCount', 'report.factors.item',
    ]);
    const missing = Object.keys(catalogues.nl).filter(
      (key) => !key.endsWith('.one') && catalogues.nl[key].includes('{count}') && !(`${key}.one` in catalogues.nl) && !countNeutral.has(key),
    );
    expect(missing).toEqual([]);
    expect(translate('nl', 'app.import.done', { count: 1 })).toBe('1 document geïmporteerd.');
    expect(translate('en', 'analysis.check.open.codesUsedOnce', { count: 1 })).toBe('1 code is used only once');
  });

  it('have no empty translations', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const [key, text] of Object.entries(catalogues[lang])) expect({ key, text: text.trim().length > 0 }).toEqual({ key, text: true });
    }
  });

  it('fills placeholders and formats numbers per language', () => {
    expect(translate('nl', 'import.error.empty', { file: 'interview 1.txt' })).toBe('interview 1.txt: het bestand is leeg.');
    expect(translate('en', 'import.error.tooLarge', { file: 'a.txt', size: 1234.5, max: 50 })).toContain('1,234.5 MB');
    expect(translate('nl', 'import.error.tooLarge', { file: 'a.txt', size: 1234.5, max: 50 })).toContain('1.234,5 MB');
  });

  it('returns the key for an unknown message rather than failing', () => {
    expect(translate('nl', 'no.such.key')).toBe('no.such.key');
  });
});

describe('singular forms', () => {
  it('uses the ".one" message when count is 1 and the plural otherwise', () => {
    expect(translate('nl', 'app.mapping.turnCount', { count: 1 })).toBe('1 beurt');
    expect(translate('nl', 'app.mapping.turnCount', { count: 2 })).toBe('2 beurten');
    expect(translate('en', 'app.mapping.turnCount', { count: 1 })).toBe('1 turn');
  });
});
