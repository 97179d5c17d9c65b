import { expect, test } from '@playwright/test';
import { createProject, fixtureFiles, importWithoutMapping } from './helpers';

test('one undo removes a whole import batch; redo brings it back', async ({ page }) => {
  const files = fixtureFiles('transcripts').slice(0, 3);
  await createProject(page);
  await importWithoutMapping(page, files);
  await expect(page.getByTestId('document-row')).toHaveCount(3);

  const undo = page.getByTestId('undo');
  await expect(undo).toHaveAttribute('title', 'Ongedaan maken: 3 document(en) importeren');
  await undo.click();
  await expect(page.getByTestId('document-row')).toHaveCount(0);
  await expect(page.getByTestId('documents-empty')).toBeVisible();
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('document-row')).toHaveCount(3);

  // Keyboard shortcuts do the same.
  await page.locator('body').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('document-row')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+y');
  await expect(page.getByTestId('document-row')).toHaveCount(3);
});

test('a speaker assignment is undone and redone as one step', async ({ page }) => {
  const [file] = fixtureFiles('transcripts');
  await createProject(page);
  await importWithoutMapping(page, [file]);
  const row = page.getByTestId('document-row');
  await expect(row.getByTestId('assign-speakers')).toBeVisible();

  await row.getByTestId('assign-speakers').click();
  const mapping = page.getByTestId('mapping-dialog');
  const respondentRow = mapping.getByTestId('mapping-row').filter({ has: page.getByTestId('mapping-pseudonym') }).first();
  await respondentRow.getByTestId('mapping-pseudonym').fill('Directeur A');
  await respondentRow.getByLabel('Rol', { exact: true }).selectOption('directeur');
  await page.getByTestId('mapping-save').click();
  await expect(row.getByTestId('document-respondents')).toContainText('Directeur A');
  await expect(mapping).toHaveCount(0);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /^Ongedaan maken: /);

  await page.locator('body').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(row.getByTestId('document-respondents')).not.toContainText('Directeur A');
  await expect(page.getByTestId('respondent-row')).toHaveCount(0);
  await expect(row.getByTestId('assign-speakers')).toBeVisible();

  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(row.getByTestId('document-respondents')).toContainText('Directeur A');
  await expect(page.getByTestId('respondent-row').filter({ hasText: 'Directeur A' })).toContainText('directeur');
});
