import { expect, test } from '@playwright/test';
import { createProject } from './helpers';

test('the UI switches to English and back, and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welkom bij Werkbank' })).toBeVisible();
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { name: 'Welcome to Werkbank' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'New project' })).toBeVisible();
  await page.getByTestId('lang-nl').click();
  await expect(page.getByRole('button', { name: 'Nieuw project' })).toBeVisible();

  await createProject(page);
  await page.getByTestId('lang-en').click();
  await expect(page.getByTestId('import-button')).toHaveText('Import transcripts');
  await expect(page.getByRole('heading', { name: 'Documents' })).toBeVisible();
  await expect(page.getByTestId('project-stats')).toContainText('0 documents');
  await page.getByTestId('lang-nl').click();
  await expect(page.getByTestId('import-button')).toHaveText('Transcripten importeren');
});
