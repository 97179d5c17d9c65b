import { expect, test, type Page } from '@playwright/test';
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

function layer(page: Page, name: string) {
  return page.locator(`[data-testid="theme-layer"][data-layer="${name}"]`);
}

test('selective coding: themes in layers, definition, valence, key quotes, summary, storyline, undo/redo, reload', async ({ page }, testInfo) => {
  await createProjectWithCodebook(page, 'Selectief');
  await importWithoutMapping(page, [transcript]);
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
  await codeTurn(page, 'Gerard Hofstee', 'Eigen expertise', 1);
  await codeTurn(page, 'trots op het team', 'Expertise delen', 2);
  await codeTurn(page, 'op het feit dat het er gewoon', 'Gezamenlijke visie', 3);
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-selective').click();
  await expect(page.getByTestId('selective-screen')).toBeVisible();
  // The suggested layers of seed 000.
  await expect(page.getByTestId('theme-layer')).toHaveCount(4);

  // Theme 1 from the category "Visie", in layer "visie".
  await page.getByTestId('theme-new').click();
  let dialog = page.getByTestId('theme-create-dialog');
  await dialog.locator('[data-code-label="Visie"] input').first().check();
  await expect(dialog.getByTestId('theme-create-label')).toHaveValue('Visie');
  await dialog.getByTestId('theme-create-layer').fill('visie');
  await dialog.getByTestId('theme-create-confirm').click();
  await expect(layer(page, 'visie').getByTestId('theme-card')).toHaveText(/Visie/);

  // Theme 2 from "Deskundigheid" in layer "strategie" (via the layer's own + button), renamed.
  await layer(page, 'strategie').getByRole('button', { name: 'Nieuw thema in laag "strategie"' }).click();
  dialog = page.getByTestId('theme-create-dialog');
  await dialog.locator('[data-code-label="Deskundigheid"] input').first().check();
  await dialog.getByTestId('theme-create-label').fill('Gedeelde deskundigheid');
  await expect(dialog.getByTestId('theme-create-layer')).toHaveValue('strategie');
  await dialog.getByTestId('theme-create-confirm').click();
  await expect(layer(page, 'strategie').getByTestId('theme-card')).toHaveText(/Gedeelde deskundigheid/);
  const detail = page.getByTestId('theme-detail');
  await expect(detail.getByTestId('theme-label')).toHaveValue('Gedeelde deskundigheid');
  await expect(detail.getByTestId('theme-categories')).toHaveText(/Deskundigheid/);

  // Definition, saved on blur.
  await detail.getByTestId('theme-definition').fill('De mate waarin school en zorg elkaars expertise kennen en benutten.');
  await detail.getByTestId('theme-definition').blur();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /thema/i);

  // Fragments of the theme: valence with b and h, key quotes with k.
  const fragments = detail.getByTestId('fragment');
  await expect(fragments).toHaveCount(2);
  await fragments.nth(0).focus();
  await page.keyboard.press('b');
  await expect(fragments.nth(0)).toHaveAttribute('data-valence', 'bevorderend');
  await fragments.nth(1).focus();
  await page.keyboard.press('h');
  await expect(fragments.nth(1)).toHaveAttribute('data-valence', 'belemmerend');
  await expect(detail.getByTestId('count-bevorderend')).toHaveText('1 bevorderend');
  await expect(detail.getByTestId('count-belemmerend')).toHaveText('1 belemmerend');
  await fragments.nth(0).focus();
  await page.keyboard.press('k');
  await expect(detail.getByTestId('key-quote')).toHaveCount(1);
  await fragments.nth(1).focus();
  await page.keyboard.press('k');
  await expect(detail.getByTestId('key-quote')).toHaveCount(2);
  await expect(detail.getByTestId('key-quote').nth(0)).toContainText('Gerard Hofstee');
  // Reorder with the keyboard: the second quote goes first.
  await detail.getByTestId('key-quote').nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(detail.getByTestId('key-quote').nth(0)).toContainText('trots op het team');
  await expect(detail.getByTestId('key-quote').nth(1)).toContainText('Gerard Hofstee');

  // Summary and storyline, saved on blur.
  await detail.getByTestId('theme-summary').fill('Expertise wordt gedeeld, maar niet overal.');
  await detail.getByTestId('theme-summary').blur();
  await page.getByTestId('storyline').fill('Visie stuurt de strategie; deskundigheid maakt haar waar.');
  await page.getByTestId('storyline').blur();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /verhaallijn/i);

  // Move the theme to the next layer with Alt+→.
  await layer(page, 'strategie').getByTestId('theme-card').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(layer(page, 'praktische randvoorwaarden').getByTestId('theme-card')).toHaveText(/Gedeelde deskundigheid/);
  await expect(layer(page, 'strategie').getByTestId('theme-card')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('selective.png'), fullPage: true });

  // Undo twice (move, storyline), redo twice.
  await page.getByTestId('undo').click();
  await expect(layer(page, 'strategie').getByTestId('theme-card')).toHaveText(/Gedeelde deskundigheid/);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('storyline')).toHaveValue('');
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('storyline')).toHaveValue('Visie stuurt de strategie; deskundigheid maakt haar waar.');
  await page.getByTestId('redo').click();
  await expect(layer(page, 'praktische randvoorwaarden').getByTestId('theme-card')).toHaveText(/Gedeelde deskundigheid/);

  // A layer of one's own, still empty.
  await page.getByTestId('layer-new').click();
  await page.getByLabel('Naam van de laag').fill('Samenwerking in de wijk');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(layer(page, 'Samenwerking in de wijk')).toBeVisible();

  // Reload: everything is still there, the empty layer too.
  await page.reload();
  await expect(page.getByTestId('selective-screen')).toBeVisible();
  await expect(page.getByTestId('storyline')).toHaveValue('Visie stuurt de strategie; deskundigheid maakt haar waar.');
  await expect(layer(page, 'visie').getByTestId('theme-card')).toHaveText(/Visie/);
  await expect(layer(page, 'Samenwerking in de wijk')).toBeVisible();
  await layer(page, 'Samenwerking in de wijk').getByTestId('layer-remove').click();
  await expect(layer(page, 'Samenwerking in de wijk')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(layer(page, 'Samenwerking in de wijk')).toBeVisible();
  await layer(page, 'praktische randvoorwaarden').getByTestId('theme-card').click();
  await expect(detail.getByTestId('theme-label')).toHaveValue('Gedeelde deskundigheid');
  await expect(detail.getByTestId('theme-definition')).toHaveValue('De mate waarin school en zorg elkaars expertise kennen en benutten.');
  await expect(detail.getByTestId('theme-summary')).toHaveValue('Expertise wordt gedeeld, maar niet overal.');
  await expect(detail.getByTestId('key-quote').nth(0)).toContainText('trots op het team');
  await expect(detail.getByTestId('key-quote').nth(1)).toContainText('Gerard Hofstee');
  await expect(detail.getByTestId('count-bevorderend')).toHaveText('1 bevorderend');
  await expect(detail.getByTestId('count-belemmerend')).toHaveText('1 belemmerend');

  // A supervisor comments on the theme and accepts a key quote; both survive a reload.
  await detail.getByTestId('theme-review-flag').click();
  await detail.getByTestId('theme-review-comment').fill('Definitie aanscherpen: wat telt als deskundigheid?');
  await detail.getByTestId('theme-review-comment').press('Delete'); // must not remove a key quote
  await detail.getByTestId('theme-review-comment').press('Enter');
  await expect(detail.getByTestId('theme-review-mark')).toContainText('Definitie aanscherpen');
  await detail.getByTestId('key-quote').nth(0).getByTestId('key-quote-review-accept').click();
  await expect(detail.getByTestId('key-quote').nth(0).getByTestId('key-quote-review-mark')).toContainText('Akkoord');
  await expect(detail.getByTestId('key-quote')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/pw-review/theme-review.png', fullPage: true });
  await page.reload();
  await layer(page, 'praktische randvoorwaarden').getByTestId('theme-card').click();
  await expect(detail.getByTestId('theme-review')).toHaveAttribute('data-status', 'flagged');
  await expect(detail.getByTestId('theme-review-mark')).toContainText('Definitie aanscherpen');
  await expect(detail.getByTestId('key-quote').nth(0).getByTestId('key-quote-review')).toHaveAttribute('data-status', 'accepted');
  await detail.getByTestId('theme-review-clear').click();
  await expect(detail.getByTestId('theme-review')).toHaveAttribute('data-status', 'open');
  await page.getByTestId('undo').click();
  await expect(detail.getByTestId('theme-review')).toHaveAttribute('data-status', 'flagged');

  // Delete a theme (undoable from the toast/undo button).
  await layer(page, 'visie').getByTestId('theme-card').focus();
  await page.keyboard.press('Delete');
  await expect(layer(page, 'visie').getByTestId('theme-card')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(layer(page, 'visie').getByTestId('theme-card')).toHaveText(/Visie/);
});
