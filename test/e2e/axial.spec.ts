import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createProject, documentRow, importWithoutMapping, repoRoot } from './helpers';

const transcript = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');

const createProjectWithCodebook = (page: Page, name: string, codebookId: string) => createProject(page, name, 'Sanne de Boer', codebookId);

/** Codes a whole turn: its "select turn" button, then a click on the code in the panel. */
async function codeTurn(page: Page, within: string, label: string, expected: number): Promise<void> {
  await page.getByTestId('cv-turn').filter({ hasText: within }).getByTestId('cv-select-turn').click();
  await page.locator(`[data-testid="cv-code"][data-label="${label}"]`).first().click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(expected);
}

const code = (page: Page, label: string) => page.locator(`[data-testid="axial-code"][data-label="${label}"]`);
const category = (page: Page, label: string) => page.locator(`[data-testid="category"][data-label="${label}"]`);
const checkItem = (page: Page, key: string) => page.locator(`[data-testid="check-item"][data-key="${key}"]`);
const NO_DEFINITION = 'analysis.check.axial.categoriesWithoutDefinition';

async function openAxialChecklist(page: Page): Promise<void> {
  if ((await page.getByTestId('phase-axial').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('phase-axial').click();
  await expect(page.getByTestId('phase-panel')).toHaveAttribute('data-phase', 'axial');
}

async function retrieveFor(page: Page, label: string, count: number): Promise<void> {
  await page.getByTestId('axial-retrieval').click();
  await page.locator(`[data-testid="retrieval-node"][data-label="${label}"]`).click();
  await expect(page.getByTestId('retrieval-title')).toHaveText(label);
  await expect(page.getByTestId('fragment')).toHaveCount(count);
}

test('axial coding: checklist, categories by drag and drop, merge, split, relations, network export, valence keys, undo/redo, reload, phase done', async ({ page }) => {
  await createProjectWithCodebook(page, 'Axiaal coderen', '000-renn4-inpandige-samenwerking');
  await importWithoutMapping(page, [transcript]);

  // Open coding: five turns, three codes.
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
  await codeTurn(page, 'Gerard Hofstee', 'Eigen expertise', 1);
  await codeTurn(page, 'op het feit dat het er gewoon', 'Eigen expertise', 2);
  await codeTurn(page, 'trots op het team', 'Meerwaarde samenwerking', 3);
  await codeTurn(page, 'Inpandig is dat Zorgcollectief', 'Frustratie', 4);
  await codeTurn(page, 'Het is een mix', 'Meerwaarde samenwerking', 5);
  await page.getByTestId('cv-back').click();

  // The axial tab with the phase bar's checklist (counts computed from the data).
  await page.getByTestId('tab-axial').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/axial$/);
  // Only the open tab is marked as the current one.
  await expect(page.getByTestId('tab-axial')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('tab-documents')).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('category')).toHaveCount(6);
  await openAxialChecklist(page);
  await expect(page.getByTestId('check-item').first()).toBeVisible();
  const noDefinition = Number(await checkItem(page, NO_DEFINITION).getByTestId('check-count').textContent());
  expect(noDefinition).toBe(6);
  await checkItem(page, NO_DEFINITION).getByRole('button').click();
  await expect(checkItem(page, NO_DEFINITION).getByTestId('check-affected')).toContainText('Deskundigheid');
  await expect(category(page, 'Deskundigheid').getByTestId('category-definition')).toHaveText('Nog geen definitie');

  // A new category; drag two codes into it.
  await page.getByTestId('new-category').click();
  await page.getByTestId('prompt-dialog').getByLabel('Naam van de categorie').fill('Samenwerking in de praktijk');
  await page.getByTestId('prompt-dialog').getByRole('button', { name: 'Aanmaken' }).click();
  await expect(category(page, 'Samenwerking in de praktijk')).toBeVisible();
  await expect(checkItem(page, NO_DEFINITION).getByTestId('check-count')).toHaveText('7');
  // Fold the phase panel away so source and target of the drags fit in the window together.
  await page.getByTestId('phase-axial').click();
  await expect(page.getByTestId('phase-panel')).toHaveCount(0);
  await category(page, 'Samenwerking in de praktijk').scrollIntoViewIfNeeded();
  await expect(code(page, 'Eigen expertise')).toBeInViewport();
  await code(page, 'Eigen expertise').dragTo(category(page, 'Samenwerking in de praktijk'));
  await expect(category(page, 'Samenwerking in de praktijk').locator('[data-testid="axial-code"][data-label="Eigen expertise"]')).toBeVisible();
  await expect(code(page, 'Meerwaarde samenwerking')).toBeInViewport();
  await code(page, 'Meerwaarde samenwerking').dragTo(category(page, 'Samenwerking in de praktijk'));
  await expect(category(page, 'Samenwerking in de praktijk').getByTestId('axial-code')).toHaveCount(2);
  await expect(category(page, 'Deskundigheid').locator('[data-testid="axial-code"][data-label="Eigen expertise"]')).toHaveCount(0);
  await expect(category(page, 'Samenwerking in de praktijk').locator('[data-testid="axial-code"][data-label="Eigen expertise"] .code-count')).toHaveText('2');

  // Keyboard alternative: select a code, "Naar categorie…".
  await code(page, 'Eigen visie').getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('axial-move').click();
  await page.getByTestId('move-dialog').locator('[data-testid="picker-item"][data-label="Samenwerking in de praktijk"]').click();
  await page.getByTestId('picker-confirm').click();
  await expect(category(page, 'Samenwerking in de praktijk').getByTestId('axial-code')).toHaveCount(3);

  // Rename and describe: the checklist item drops back.
  await category(page, 'Samenwerking in de praktijk').getByTestId('category-edit').click();
  await page.getByTestId('category-name').fill('Samenwerking op locatie');
  await page.getByTestId('category-description').fill('Hoe school en zorgpartner in het gebouw samen optrekken.');
  await page.getByTestId('category-save').click();
  await expect(category(page, 'Samenwerking op locatie').getByTestId('category-definition')).toHaveText('Hoe school en zorgpartner in het gebouw samen optrekken.');
  await openAxialChecklist(page);
  await expect(checkItem(page, NO_DEFINITION).getByTestId('check-count')).toHaveText('6');

  // Merge "Frustratie" into "Meerwaarde samenwerking": its fragment moves along.
  await code(page, 'Frustratie').click();
  await page.getByTestId('axial-merge').click();
  await page.getByTestId('merge-dialog').getByTestId('picker-search').fill('Meerwaarde');
  await page.getByTestId('merge-dialog').locator('[data-testid="picker-item"][data-label="Meerwaarde samenwerking"]').click();
  await expect(page.getByTestId('picker-explain')).toContainText('1 fragment');
  await page.getByTestId('picker-confirm').click();
  await expect(code(page, 'Frustratie')).toHaveCount(0);
  await expect(code(page, 'Meerwaarde samenwerking').locator('.code-count')).toHaveText('3');

  // Split "Eigen expertise" via retrieval: choose one fragment, move it to a new code.
  await retrieveFor(page, 'Eigen expertise', 2);
  await expect(page.getByTestId('fragment').first()).toContainText('01-directeur-noord');
  await page.getByTestId('fragment').filter({ hasText: 'trots' }).getByTestId('fragment-select').check();
  await page.getByTestId('split-button').click();
  await page.getByTestId('prompt-dialog').locator('input').fill('Trots op de samenwerking');
  await page.getByTestId('prompt-dialog').getByRole('button', { name: 'Splitsen' }).click();
  await expect(page.getByTestId('fragment')).toHaveCount(1);
  await expect(page.locator('[data-testid="retrieval-node"][data-label="Trots op de samenwerking"] .code-count')).toHaveText('1');

  // A relation, and the network exported as SVG.
  await page.getByTestId('axial-network').click();
  const valueOf = async (select: string, label: string) =>
    (await page.getByTestId(select).locator('option').filter({ hasText: new RegExp(`^\\s*${label}$`) }).first().getAttribute('value'))!;
  await page.getByTestId('relation-from').selectOption(await valueOf('relation-from', 'Samenwerking op locatie'));
  await page.getByTestId('relation-type').selectOption({ label: 'bevordert' });
  await page.getByTestId('relation-to').selectOption(await valueOf('relation-to', 'Visie'));
  await page.getByTestId('relation-note').fill('Korte lijnen maken een gedeelde visie makkelijker.');
  await page.getByTestId('relation-add').click();
  await expect(page.getByTestId('relation-row')).toHaveCount(1);
  await expect(page.getByTestId('relation-row')).toHaveAttribute('data-type', 'promotes');
  await expect(page.getByTestId('network-edge-label')).toHaveText(['bevordert']);
  await expect(page.locator('[data-testid="network-node"][data-label="Samenwerking op locatie"]')).toHaveCount(1);
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('network-export-svg').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readFile((await download.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('Samenwerking op locatie');
  expect(svg).toContain('bevordert');

  // Valence with single keystrokes on the focused fragment.
  await retrieveFor(page, 'Meerwaarde samenwerking', 3);
  const fragments = page.getByTestId('fragment');
  await fragments.nth(0).focus();
  await page.keyboard.press('b');
  await expect(fragments.nth(0)).toHaveAttribute('data-valence', 'bevorderend');
  await page.keyboard.press('ArrowDown');
  await expect(fragments.nth(1)).toBeFocused();
  await page.keyboard.press('h');
  await expect(fragments.nth(1)).toHaveAttribute('data-valence', 'belemmerend');
  await expect(fragments.nth(1).getByTestId('fragment-valence')).toHaveText('belemmerend');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('n');
  await expect(fragments.nth(2)).toHaveAttribute('data-valence', 'neutraal');
  await page.keyboard.press('0');
  await expect(fragments.nth(2)).toHaveAttribute('data-valence', '');

  // Undo and redo (header buttons and keyboard).
  await page.getByTestId('undo').click(); // the cleared valence comes back
  await expect(fragments.nth(2)).toHaveAttribute('data-valence', 'neutraal');
  await page.getByTestId('undo').click();
  await expect(fragments.nth(2)).toHaveAttribute('data-valence', '');
  await page.getByTestId('undo').click();
  await expect(fragments.nth(1)).toHaveAttribute('data-valence', '');
  await page.getByTestId('redo').click();
  await expect(fragments.nth(1)).toHaveAttribute('data-valence', 'belemmerend');
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await expect(fragments.nth(2)).toHaveAttribute('data-valence', '');
  // The valence filter.
  await page.getByTestId('filter-valence').selectOption('bevorderend');
  await expect(fragments).toHaveCount(1);
  await page.getByTestId('filter-valence').selectOption('');

  // Reload: everything is still there.
  await page.reload();
  await expect(page.getByTestId('axial-screen')).toBeVisible();
  await expect(category(page, 'Samenwerking op locatie').getByTestId('category-definition')).toHaveText('Hoe school en zorgpartner in het gebouw samen optrekken.');
  await expect(category(page, 'Samenwerking op locatie').getByTestId('axial-code')).toHaveCount(4);
  await expect(category(page, 'Samenwerking op locatie').locator('[data-testid="axial-code"][data-label="Trots op de samenwerking"]')).toBeVisible();
  await expect(code(page, 'Frustratie')).toHaveCount(0);
  await page.getByTestId('axial-network').click();
  await expect(page.getByTestId('relation-row')).toHaveCount(1);
  await retrieveFor(page, 'Meerwaarde samenwerking', 3);
  await expect(page.getByTestId('fragment').nth(0)).toHaveAttribute('data-valence', 'bevorderend');
  await expect(page.getByTestId('fragment').nth(1)).toHaveAttribute('data-valence', 'belemmerend');

  // "Naar de bron" opens the coding view at the fragment.
  await page.getByTestId('fragment').nth(1).getByTestId('fragment-source').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/code\/[^/]+$/);
  await expect(page.getByTestId('cv-active-tools')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('axial-screen')).toBeVisible();

  // Finish the axial phase: the date shows; undo reopens it.
  await openAxialChecklist(page);
  await page.getByTestId('phase-mark-done').click();
  await expect(page.getByTestId('phase-done-at')).toContainText(`Afgerond op`);
  await expect(page.getByTestId('phase-done-at')).toContainText(String(new Date().getFullYear()));
  await expect(page.getByTestId('phase-axial')).toHaveAttribute('data-done', 'true');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('phase-mark-done')).toBeVisible();
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('phase-done-at')).toBeVisible();
  await page.reload();
  await openAxialChecklist(page);
  await expect(page.getByTestId('phase-done-at')).toContainText('Afgerond op');
});
