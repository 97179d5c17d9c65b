import { expect, test } from '@playwright/test';
import { baseName, chooseTranscripts, createProject, documentRow, fileName, fixtureFiles, importItem, importWithoutMapping } from './helpers';

test('bad files show a message naming the file; good files in the same batch still import', async ({ page }) => {
  const bad = fixtureFiles('bad');
  expect(bad.length, 'fixtures/bad must hold broken inputs').toBeGreaterThan(0);
  const good = fixtureFiles('transcripts')[0];

  await createProject(page);
  await chooseTranscripts(page, [good, ...bad]);
  await expect(importItem(page, good)).toHaveAttribute('data-status', 'ok');
  for (const file of bad) {
    const item = importItem(page, file);
    await expect(item, `${fileName(file)} must be refused`).toHaveAttribute('data-status', 'error');
    await expect(item.getByRole('alert')).toContainText(fileName(file));
  }
  await expect(page.getByTestId('import-summary')).toContainText(`${bad.length} met fout`);
  await expect(page.getByTestId('import-confirm')).toHaveText('Importeren (1)');
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('mapping-dialog').getByRole('button', { name: 'Later doen' }).click();

  // Only the good file is stored, also after a reload.
  await expect(page.getByTestId('document-row')).toHaveCount(1);
  await expect(documentRow(page, baseName(good))).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('document-row')).toHaveCount(1);
});

test('a file imported twice is offered to skip, and can be imported anyway', async ({ page }) => {
  const [first, second] = fixtureFiles('transcripts');
  await createProject(page);
  await importWithoutMapping(page, [first]);
  await expect(page.getByTestId('document-row')).toHaveCount(1);

  await chooseTranscripts(page, [first, second]);
  const dup = importItem(page, first);
  await expect(dup).toHaveAttribute('data-status', 'duplicate');
  await expect(dup).toContainText(`al geïmporteerd als "${baseName(first)}"`);
  await expect(dup.getByLabel('Overslaan')).toBeChecked();
  await expect(page.getByTestId('import-confirm')).toHaveText('Importeren (1)');
  await dup.getByLabel('Toch importeren').check();
  await expect(page.getByTestId('import-confirm')).toHaveText('Importeren (2)');
  await dup.getByLabel('Overslaan').check();
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('mapping-dialog').getByRole('button', { name: 'Later doen' }).click();
  await expect(page.getByTestId('document-row')).toHaveCount(2);
});
