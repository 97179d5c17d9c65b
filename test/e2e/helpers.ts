import { expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Every file in a fixtures folder, listed at test time (sorted; no dotfiles, folders or README). */
export function fixtureFiles(folder: string): string[] {
  const dir = join(repoRoot, 'fixtures', folder);
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !/^readme/i.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

export function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop()!;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop()!;
}

export const CODEBOOK_000 = '000-renn4-inpandige-samenwerking';

/** Creates a project from the start screen, with a predefined codebook when `codebookId` is given. */
export async function createProject(page: Page, name = 'Passend onderwijs', coder = 'Sanne de Boer', codebookId?: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('new-project').click();
  const dialog = page.getByTestId('new-project-dialog');
  await dialog.getByLabel('Projectnaam').fill(name);
  await dialog.getByLabel('Jouw naam als codeur').fill(coder);
  if (codebookId) {
    await dialog.getByLabel('Voorgedefinieerd codeboek').check();
    await dialog.locator(`[data-codebook="${codebookId}"] input`).check();
    await expect(dialog.getByTestId('predefined-preview')).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Project aanmaken' }).click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
}

/** Opens the import dialog through the "Transcripten importeren" button's file chooser. */
export async function chooseTranscripts(page: Page, files: string[]): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  const chooser = await chooserPromise;
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(files);
  await expect(page.getByTestId('import-dialog')).toBeVisible();
  // Parsing is finished when no file is pending any more.
  await expect(page.getByTestId('import-item').and(page.locator('[data-status="pending"]'))).toHaveCount(0, { timeout: 30_000 });
}

export function importItem(page: Page, file: string) {
  return page.getByTestId('import-item').and(page.locator(`[data-file="${fileName(file)}"]`));
}

export function documentRow(page: Page, name: string) {
  return page.getByTestId('document-row').and(page.locator(`[data-document="${name}"]`));
}

/** Imports the files and closes the speaker mapping with "Later doen". */
export async function importWithoutMapping(page: Page, files: string[]): Promise<void> {
  await chooseTranscripts(page, files);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('mapping-dialog')).toBeVisible();
  await page.getByTestId('mapping-dialog').getByRole('button', { name: 'Later doen' }).click();
  await expect(page.getByTestId('mapping-dialog')).toHaveCount(0);
}

/** The turns of one document as the reader shows them (speaker line + text). */
export async function readTurns(page: Page, documentName: string): Promise<string[]> {
  await documentRow(page, documentName).getByRole('button', { name: documentName, exact: true }).click();
  await expect(page.getByTestId('reader-title')).toHaveText(documentName);
  const turns = await page.getByTestId('turn').allInnerTexts();
  await page.getByTestId('reader-back').click();
  await expect(page.getByTestId('documents-table')).toBeVisible();
  return turns;
}
