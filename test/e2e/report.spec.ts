import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { chooseTranscripts, CODEBOOK_000, createProject, documentRow, repoRoot } from './helpers';

const transcript = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');

const createProjectWithCodebook = (page: Page, name: string) => createProject(page, name, 'Sanne de Boer', CODEBOOK_000);

/** Imports the transcript; the interviewer stays interviewer, the respondent becomes a "directeur". */
async function importAsDirecteur(page: Page): Promise<void> {
  await chooseTranscripts(page, [transcript]);
  await page.getByTestId('import-confirm').click();
  const mapping = page.getByTestId('mapping-dialog');
  await expect(mapping).toBeVisible();
  const rows = mapping.getByTestId('mapping-row');
  await rows.first().getByTestId('mapping-choice').selectOption('interviewer');
  const respondent = rows.nth(1);
  if ((await respondent.getByTestId('mapping-choice').inputValue()) !== 'new') await respondent.getByTestId('mapping-choice').selectOption('new');
  await respondent.getByLabel('Rol', { exact: true }).selectOption('directeur');
  await page.getByTestId('mapping-save').click();
  await expect(mapping).toHaveCount(0);
}

async function codeTurn(page: Page, turnText: string, code: string, expected: number): Promise<void> {
  await page.getByTestId('cv-turn').filter({ hasText: turnText }).getByTestId('cv-select-turn').click();
  await page.locator(`[data-testid="cv-code"][data-label="${code}"]`).click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(expected);
}

test('report: names hidden, preview with traceable quotes, Word report and fragment CSV', async ({ page }, testInfo) => {
  await createProjectWithCodebook(page, 'Verslag');
  await importAsDirecteur(page);
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
  await codeTurn(page, 'Gerard Hofstee', 'Eigen expertise', 1);
  await codeTurn(page, 'trots op het team', 'Expertise delen', 2);
  await page.getByTestId('cv-back').click();

  // A theme with a key quote: the turn in which the director says his name.
  await page.getByTestId('tab-selective').click();
  await page.getByTestId('theme-new').click();
  const dialog = page.getByTestId('theme-create-dialog');
  await dialog.locator('[data-code-label="Deskundigheid"] input').first().check();
  await dialog.getByTestId('theme-create-label').fill('Gedeelde deskundigheid');
  await dialog.getByTestId('theme-create-layer').fill('strategie');
  await dialog.getByTestId('theme-create-confirm').click();
  const detail = page.getByTestId('theme-detail');
  const fragment = detail.getByTestId('fragment').filter({ hasText: 'Gerard Hofstee' });
  await fragment.focus();
  await page.keyboard.press('k');
  await expect(detail.getByTestId('key-quote')).toHaveCount(1);

  // Names to hide: the list, its live count, one undo step per save.
  await page.getByTestId('tab-report').click();
  await expect(page).toHaveURL(/\/report$/);
  await page.getByTestId('report-pane-names').click();
  await expect(page.getByTestId('pseudonyms-empty')).toBeVisible();
  await page.getByTestId('pseudonym-name').fill('gerard hofstee');
  await expect(page.getByTestId('pseudonym-draft-count')).toHaveText('Komt 1× voor in de transcripten');
  await page.getByTestId('pseudonym-add').click();
  await expect(page.getByTestId('pseudonym-error')).toContainText('Vul in waardoor de naam vervangen wordt');
  await page.getByTestId('pseudonym-name').fill('Gerard Hofstee');
  await page.getByTestId('pseudonym-replacement').fill('[directeur]');
  await page.getByTestId('pseudonym-add').click();
  await expect(page.getByTestId('pseudonym-row')).toHaveCount(1);
  await expect(page.getByTestId('pseudonym-count')).toHaveText('1');
  await page.getByTestId('pseudonym-name').fill('Gerard Hofstee');
  await page.getByTestId('pseudonym-replacement').fill('[x]');
  await page.getByTestId('pseudonym-add').click();
  await expect(page.getByTestId('pseudonym-error')).toHaveText('“Gerard Hofstee” staat al op de lijst.');
  await page.getByTestId('pseudonym-name').fill('Wadlicht');
  await page.getByTestId('pseudonym-replacement').fill('[zorgpartner]');
  await page.getByTestId('pseudonym-add').click();
  await expect(page.getByTestId('pseudonym-row')).toHaveCount(2);
  await expect(page.getByTestId('pseudonym-row').nth(1).getByTestId('pseudonym-count')).not.toHaveText('0');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('pseudonym-row')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('report-names.png'), fullPage: true });

  // The preview: theme heading, the key quote pseudonymised, attributed by role.
  await page.getByTestId('report-pane-report').click();
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByTestId('report-heading').filter({ hasText: 'Gedeelde deskundigheid' }).first()).toBeVisible();
  const quote = preview.getByTestId('report-quote').filter({ hasText: '[directeur], ik ben directeur' });
  await expect(quote).toHaveCount(1);
  await expect(preview).not.toContainText('Gerard Hofstee');
  await expect(quote.getByTestId('report-attribution')).toHaveText(/^\(directeur, interview 1/);
  await expect(preview.getByTestId('report-toc')).toContainText('Gedeelde deskundigheid');
  await page.screenshot({ path: testInfo.outputPath('report-preview.png'), fullPage: true });

  // The Word report: heading and quote are there, the listed name is not.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('report-save-docx').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Themaverslag Verslag.docx');
  const docxPath = testInfo.outputPath('verslag.docx');
  await download.saveAs(docxPath);
  const { value: docText } = await mammoth.extractRawText({ path: docxPath });
  expect(docText).toContain('Gedeelde deskundigheid');
  expect(docText).toContain('[directeur], ik ben directeur van De Kompasroos');
  expect(docText).not.toMatch(/Gerard|Hofstee/);
  // The PDF, with the DejaVu fonts fetched by the browser build.
  const pdfPromise = page.waitForEvent('download');
  await page.getByTestId('report-save-pdf').click();
  const pdf = await pdfPromise;
  expect(pdf.suggestedFilename()).toBe('Themaverslag Verslag.pdf');
  const pdfPath = testInfo.outputPath('verslag.pdf');
  await pdf.saveAs(pdfPath);
  const pdfBytes = readFileSync(pdfPath);
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfBytes.byteLength).toBeGreaterThan(5000);
  // In the browser the download is the end: no "open file" button.
  await expect(page.getByTestId('report-open-saved')).toHaveCount(0);

  // Traceability: the attribution opens the fragment in its transcript.
  await quote.getByTestId('report-attribution').click();
  await expect(page).toHaveURL(/\/code\//);
  await expect(page.getByTestId('cv-transcript')).toBeVisible();
  await expect(page.locator('.cv-bracket.active')).toHaveCount(1);
  await expect(page.getByTestId('cv-turn').filter({ hasText: 'Gerard Hofstee' })).toBeInViewport();

  // Fragments as CSV (semicolon), pseudonymised.
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-report').click();
  await page.getByTestId('report-pane-fragments').click();
  await expect(page.getByTestId('fragments-count')).toHaveText('2 fragmenten worden geëxporteerd');
  await page.getByTestId('fragments-codes').locator('[data-code-label="Eigen expertise"] input').check();
  await expect(page.getByTestId('fragments-count')).toHaveText('1 fragment wordt geëxporteerd');
  await page.getByTestId('fragments-format-csv').check();
  await page.getByTestId('fragments-sep-semicolon').check();
  await page.screenshot({ path: testInfo.outputPath('report-fragments.png'), fullPage: true });
  const csvPromise = page.waitForEvent('download');
  await page.getByTestId('fragments-save').click();
  const csvDownload = await csvPromise;
  expect(csvDownload.suggestedFilename()).toBe('Fragmenten Verslag.csv');
  const csvPath = testInfo.outputPath('fragmenten.csv');
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.split(/\r?\n/).filter(Boolean);
  expect(lines[0]).toMatch(/^Document;Respondent \(pseudoniem\);Rol;/);
  expect(lines[0]).toContain('Code;Categorie');
  expect(lines[0]).toContain('Fragment');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^01-directeur-noord;[^;]*;directeur;/);
  expect(lines[1]).toContain('Eigen expertise;Deskundigheid');
  expect(lines[1]).toContain('[directeur], ik ben directeur');
  expect(csv).not.toMatch(/Gerard|Hofstee/);
});
