import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEBOOK_000, createProject, documentRow, importWithoutMapping, repoRoot } from './helpers';

const transcript = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');

const createProjectWithCodebook = (page: Page, name: string) => createProject(page, name, 'Sanne de Boer', CODEBOOK_000);

/** Codes a whole turn (found by its text) with a code from the panel. */
async function codeTurn(page: Page, turnText: string, code: string, expected: number): Promise<void> {
  await page.getByTestId('cv-turn').filter({ hasText: turnText }).getByTestId('cv-select-turn').click();
  await page.locator(`[data-testid="cv-code"][data-label="${code}"]`).click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(expected);
}

test('analysis: frequencies, co-occurrence with drill-down, crosstab totals, CSV export', async ({ page }, testInfo) => {
  await createProjectWithCodebook(page, 'Analyse');
  await importWithoutMapping(page, [transcript]);
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
  // Two turns carry two codes each (overlapping), a third turn one code.
  await codeTurn(page, 'Gerard Hofstee', 'Eigen expertise', 1);
  await codeTurn(page, 'Gerard Hofstee', 'Gezamenlijke visie', 2);
  await codeTurn(page, 'trots op het team', 'Eigen expertise', 3);
  await codeTurn(page, 'trots op het team', 'Gezamenlijke visie', 4);
  await codeTurn(page, 'op het feit dat het er gewoon', 'Expertise delen', 5);
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-analysis').click();
  await expect(page.getByTestId('analysis-screen')).toBeVisible();

  // Frequencies.
  const row = (code: string) => page.locator(`[data-testid="freq-row"][data-code^="${code}"]`);
  await expect(page.getByTestId('freq-row')).toHaveCount(3);
  await expect(row('Eigen expertise').locator('[data-col="fragments"]')).toHaveText('2');
  await expect(row('Eigen expertise').locator('[data-col="documents"]')).toHaveText('1');
  await expect(row('Gezamenlijke visie').locator('[data-col="fragments"]')).toHaveText('2');
  await expect(row('Expertise delen').locator('[data-col="fragments"]')).toHaveText('1');
  await expect(page.getByTestId('freq-chart').getByTestId('bar')).toHaveCount(3);
  await page.screenshot({ path: testInfo.outputPath('frequencies.png'), fullPage: true });

  // CSV export of the frequency table (Dutch: separator ';').
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('freq-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('Code;Fragmenten;Documenten;Respondenten');
  expect(lines).toHaveLength(4);
  expect(lines.slice(1).sort()).toEqual(['Eigen expertise;2;1;0', 'Expertise delen;1;1;0', 'Gezamenlijke visie;2;1;0']);

  // Co-occurrence: overlap of Eigen expertise and Gezamenlijke visie in two turns.
  await page.getByTestId('analysis-tab-cooccurrence').click();
  const cell = page.locator('[data-testid="cooc-cell"][data-row^="Eigen expertise"][data-col^="Gezamenlijke visie"]');
  await expect(cell).toHaveText('2');
  await expect(page.locator('[data-testid="cooc-cell"][data-row^="Eigen expertise"][data-col^="Expertise delen"]')).toHaveText('0');
  await cell.click();
  const drill = page.getByTestId('cooc-drill');
  await expect(drill.getByTestId('cooc-pair')).toHaveCount(2);
  await expect(drill.getByTestId('cooc-pair').nth(0)).toContainText('Gerard Hofstee');
  await expect(drill.getByTestId('cooc-pair').nth(1)).toContainText('trots op het team');
  // The same turn mode counts the same pairs here.
  await page.getByTestId('cooc-mode-turn').check();
  await expect(cell).toHaveText('2');
  await expect(page.getByTestId('cooc-heatmap')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('cooccurrence.png'), fullPage: true });

  // Crosstab by document: row totals and grand total.
  await page.getByTestId('analysis-tab-crosstab').click();
  await page.getByTestId('crosstab-columns').selectOption('document');
  await expect(page.getByTestId('crosstab-table').locator('thead')).toContainText('01-directeur-noord');
  await expect(page.locator('[data-testid="crosstab-row"][data-code^="Eigen expertise"] [data-testid="crosstab-row-total"]')).toHaveText('2');
  await expect(page.locator('[data-testid="crosstab-row"][data-code^="Expertise delen"] [data-testid="crosstab-row-total"]')).toHaveText('1');
  await expect(page.getByTestId('crosstab-grand-total')).toHaveText('5');
  await page.screenshot({ path: testInfo.outputPath('crosstab.png'), fullPage: true });
});
