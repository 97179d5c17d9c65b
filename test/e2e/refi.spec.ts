import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { chooseTranscripts, createProject, fixtureFiles, readTurns } from './helpers';

async function pickQdpx(page: Page, file: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('import-qdpx').click();
  const chooser = await chooserPromise;
  expect(chooser.isMultiple()).toBe(false);
  await chooser.setFiles(file);
}

async function recentProjects(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Recente projecten' })).toBeVisible();
  await expect(page.getByText('Bezig met laden…')).toHaveCount(0);
  return page.locator('.recent-name').allInnerTexts();
}

test('a project exported as .qdpx imports again through the import report with the same documents', async ({ page }, testInfo) => {
  const files = fixtureFiles('transcripts').slice(0, 2);
  await createProject(page, 'REFI uitwisseling');
  await chooseTranscripts(page, files);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('mapping-save').click();
  await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  const names = await page.getByTestId('document-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-document')!));
  const turns = new Map<string, number>();
  for (const name of names) turns.set(name, (await readTurns(page, name)).length);
  for (const count of turns.values()) expect(count).toBeGreaterThan(0);

  // Export from the project header: a download named after the project, and a toast naming it.
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-qdpx').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('REFI uitwisseling.qdpx');
  await expect(page.getByTestId('toast-success').filter({ hasText: 'REFI uitwisseling.qdpx' })).toBeVisible();
  const saved = testInfo.outputPath('REFI uitwisseling.qdpx');
  await download.saveAs(saved);
  await page.screenshot({ path: testInfo.outputPath('project-header.png') });

  await page.getByRole('button', { name: 'Terug naar het startscherm' }).click();
  const before = await recentProjects(page);
  expect(before).toEqual(['REFI uitwisseling']);

  // "Annuleren" in the report stores nothing.
  await pickQdpx(page, saved);
  const report = page.getByTestId('qdpx-report-dialog');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Importverslag' })).toBeVisible();
  await report.getByRole('button', { name: 'Annuleren' }).click();
  await expect(report).toHaveCount(0);
  expect(await recentProjects(page)).toEqual(before);

  // Import again: the report lists the counts and, per source, the position model.
  await pickQdpx(page, saved);
  await expect(report).toBeVisible();
  const lines = report.getByTestId('qdpx-report-lines');
  await expect(lines).toContainText('REFI uitwisseling.qdpx: 2 documenten, 0 codes, 0 coderingen');
  for (const name of names) {
    await expect(lines.locator('li').filter({ hasText: `${name}: ` })).toContainText('posities als Unicode-codepunten (standaard)');
  }
  await expect(lines).toContainText(/Alles is overgenomen\.|Niet overgenomen:/);
  await page.screenshot({ path: testInfo.outputPath('import-report.png') });

  await report.getByRole('button', { name: 'Project openen' }).click();
  await expect(report).toHaveCount(0);
  await expect(page.getByTestId('project-name')).toHaveText('REFI uitwisseling');
  await expect(page.getByTestId('toast-success').filter({ hasText: 'geïmporteerd uit REFI uitwisseling.qdpx' })).toBeVisible();
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  for (const name of names) expect((await readTurns(page, name)).length).toBe(turns.get(name));

  await page.getByRole('button', { name: 'Terug naar het startscherm' }).click();
  expect((await recentProjects(page)).sort()).toEqual(['REFI uitwisseling', 'REFI uitwisseling']);
});

test('a broken .qdpx shows a message naming the file and stores nothing', async ({ page }, testInfo) => {
  const broken = testInfo.outputPath('kapot.qdpx');
  writeFileSync(broken, randomBytes(4096));
  await page.goto('/');
  await expect(page.getByText('Nog geen projecten.', { exact: false })).toBeVisible();
  await pickQdpx(page, broken);
  await expect(page.getByTestId('toast-error')).toContainText('kapot.qdpx');
  await expect(page.getByTestId('qdpx-report-dialog')).toHaveCount(0);
  await expect(page.getByText('Nog geen projecten.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('recent-projects')).toHaveCount(0);
});
