import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { fragmentRows, fragmentsToCsv, fragmentsToDocx, fragmentsToXlsx } from '../../../src/shared/report/fragments-export';
import { namesProject } from './no-names-fixture';

describe('fragmentRows', () => {
  it('has the documented columns, one per attribute key', () => {
    const { header } = fragmentRows(namesProject(), {}, 'nl');
    expect(header).toEqual([
      'Document', 'Respondent (pseudoniem)', 'Rol', 'locatie', 'ronde', 'Code', 'Categorie', "Thema('s)", 'Waardering',
      'Begintijd', 'Eindtijd', 'Fragment', 'Memo', 'Codeur', 'Reviewstatus',
    ]);
    expect(fragmentRows(namesProject(), {}, 'en').header[1]).toBe('Respondent (pseudonym)');
  });

  it('fills one pseudonymised row per fragment', () => {
    const { rows } = fragmentRows(namesProject(), {}, 'nl');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      'Interview 1', 'Respondent A', 'intern begeleider', '[school]', '1', 'Plan met [school]', 'Samenwerking', 'Samenwerking', 'bevorderend',
      '00:01:30', '00:01:55',
      'Met [leerling] hebben we samen met meneer [directeur] een plan gemaakt. [leerling] woont in [woonplaats].',
      '[leerling] is de leerling.', 'Sanne', '',
    ]);
    expect(rows[2][1]).toBe('Respondent B');
    expect(rows[2][11]).toBe('[directeur]\nregelt alles; [leerling] is er blij mee. Ik ben Respondent B (orthopedagoog), orthopedagoog.');
    expect(fragmentRows(namesProject(), {}, 'en').rows[2][8]).toBe('hindering');
  });

  it('uses the retrieval filters', () => {
    expect(fragmentRows(namesProject(), { codeIds: ['B'] }, 'nl').rows.map((r) => r[5])).toEqual(['Betrokkenheid ouders']);
    expect(fragmentRows(namesProject(), { roles: ['orthopedagoog'] }, 'nl').rows).toHaveLength(1);
    expect(fragmentRows(namesProject(), { valences: ['none'] }, 'nl').rows).toHaveLength(0);
  });
});

describe('fragment files', () => {
  it('writes CSV with BOM, CRLF and the chosen separator', () => {
    const csv = fragmentsToCsv(namesProject(), {}, 'nl', { separator: ';' });
    expect(csv.startsWith('\uFEFFDocument;Respondent (pseudoniem);Rol;')).toBe(true);
    expect(csv).toContain('\r\nInterview 1;Respondent A;intern begeleider;[school];1;');
    expect(csv).toContain('"[directeur]\nregelt alles; [leerling] is er blij mee.');
    expect(fragmentsToCsv(namesProject(), {}, 'nl', { separator: ',' }).split('\r\n')[0]).toContain('Document,Respondent (pseudoniem),Rol');
  });

  it('writes XLSX with a bold, frozen header and wrapped text', async () => {
    const bytes = await fragmentsToXlsx(namesProject(), {}, 'nl');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Fragmenten');
    expect(ws.getRow(1).getCell(1).value).toBe('Document');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(2).getCell(12).value).toContain('[leerling]');
    expect(ws.getRow(2).getCell(12).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(12).width).toBe(80);
  });

  it('writes DOCX grouped per code with attributed quotes', async () => {
    const bytes = await fragmentsToDocx(namesProject(), {}, 'nl');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Gecodeerde fragmenten – Zorg op [school]');
    const a = value.indexOf('Plan met [school] (2 fragmenten)');
    const b = value.indexOf('Betrokkenheid ouders (1 fragment)');
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
    expect(value).toContain('(intern begeleider, interview 1, 00:01:30)');
    expect(value).toContain('(orthopedagoog, interview 2, 00:02:30)');
    expect(value).toContain('Memo: [leerling] is de leerling.');
  });
});
