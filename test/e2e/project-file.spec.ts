import { expect, test } from '@playwright/test';
import { chooseTranscripts, createProject, fixtureFiles } from './helpers';

test('a project saved as .werkbank opens again with the same documents and respondents', async ({ page }, testInfo) => {
  const files = fixtureFiles('transcripts').slice(0, 2);
  await createProject(page, 'Opslaan en openen');
  await chooseTranscripts(page, files);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('mapping-save').click();
  await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
  await expect(page.getByTestId('toast-error')).toHaveCount(0);
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  const respondents = await page.getByTestId('respondent-row').allInnerTexts();
  const documents = await page.getByTestId('document-row').allInnerTexts();
  expect(respondents.length).toBeGreaterThan(0);

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('save-as').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Opslaan en openen.werkbank');
  const saved = testInfo.outputPath('Opslaan en openen.werkbank');
  await download.saveAs(saved);

  // Open the file from the start screen: it becomes a project with the same content.
  await page.getByRole('button', { name: 'Terug naar het startscherm' }).click();
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('open-project-file').click();
  await (await chooserPromise).setFiles(saved);
  await expect(page.getByTestId('project-name')).toHaveText(/Opslaan en openen/);
  await expect(page.getByTestId('document-row')).toHaveCount(2);
  expect(await page.getByTestId('respondent-row').allInnerTexts()).toEqual(respondents);
  expect(await page.getByTestId('document-row').allInnerTexts()).toEqual(documents);
});

test('a damaged .werkbank file shows a message naming the file and stores nothing', async ({ page }, testInfo) => {
  const broken = testInfo.outputPath('kapot.werkbank');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(broken, '{"format": "iets anders"');
  await page.goto('/');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('open-project-file').click();
  await (await chooserPromise).setFiles(broken);
  await expect(page.getByTestId('toast-error')).toContainText('kapot.werkbank');
  await expect(page.getByText('Nog geen projecten.', { exact: false })).toBeVisible();
});
