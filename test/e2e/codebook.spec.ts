import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import mammoth from 'mammoth';

/** Creates a project and chooses its codebook in the New Project dialog. */
async function createProjectWithCodebook(page: Page, name: string, codebookId: string | null): Promise<void> {
  await page.goto('/');
  await page.getByTestId('new-project').click();
  const dialog = page.getByTestId('new-project-dialog');
  await dialog.getByLabel('Projectnaam').fill(name);
  await dialog.getByLabel('Jouw naam als codeur').fill('Sanne de Boer');
  if (codebookId) {
    await dialog.getByLabel('Voorgedefinieerd codeboek').check();
    await dialog.locator(`[data-codebook="${codebookId}"] input`).check();
    await expect(dialog.getByTestId('predefined-preview')).toContainText('Strockmeijer');
  }
  await dialog.getByRole('button', { name: 'Project aanmaken' }).click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
}

/** The tree as "parent › label" lines (first occurrence of each label), all codes expanded. */
async function treeLines(page: Page): Promise<string[]> {
  const rows = await page.getByTestId('code-row').evaluateAll((els) =>
    els.map((el) => ({ depth: Number(el.getAttribute('data-depth')), label: el.getAttribute('data-label') ?? '' })),
  );
  const stack: string[] = [];
  return rows.map(({ depth, label }) => {
    stack.length = depth;
    const line = `${stack.join(' › ')}${depth ? ' › ' : ''}${label}`;
    stack.push(label);
    return line;
  });
}

function row(page: Page, label: string) {
  return page.locator(`[data-testid="code-row"][data-label="${label}"]`).first();
}

async function expectState(page: Page, state: { renamed: boolean; moved: boolean; merged: boolean }) {
  const lines = await treeLines(page);
  expect(lines.includes('Deskundigheid › Eigen deskundigheid')).toBe(state.renamed);
  expect(lines.includes('Deskundigheid › Eigen expertise')).toBe(!state.renamed);
  expect(lines.includes('Deskundigheid › Leerling centraal')).toBe(state.moved);
  expect(lines.includes('Visie › Leerling centraal')).toBe(!state.moved);
  expect(lines.includes('Visie › Visie vorming')).toBe(!state.merged);
}

test('codebook 000: choose, rename, drag, merge, undo/redo each step, reload, export the appendix', async ({ page }, testInfo) => {
  await createProjectWithCodebook(page, 'RENN4 scriptie', '000-renn4-inpandige-samenwerking');
  await page.getByTestId('tab-codebook').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/codebook$/);
  await expect(page.getByTestId('codebook-origin')).toContainText('Aangepast van: RENN4 inpandige samenwerking');

  // 6 axial codes with their 37 open codes.
  const axial = page.getByTestId('code-row').filter({ has: page.locator('.level-badge.level-axial') });
  await expect(axial).toHaveCount(6);
  await expect(page.getByTestId('code-row').filter({ has: page.locator('.level-badge.level-open') })).toHaveCount(37);
  const lines = await treeLines(page);
  expect(lines.filter((l) => /^(Deskundigheid|Visie|Evaluatie|Praktische randvoorwaarden|Verantwoordelijkheden en rollen|Onderlinge communicatie) › /.test(l) && l.split(' › ').length === 2)).toHaveLength(37);
  await expectState(page, { renamed: false, moved: false, merged: false });

  // Rename inline (F2).
  await row(page, 'Eigen expertise').click();
  await row(page, 'Eigen expertise').press('F2');
  await page.getByTestId('rename-input').fill('Eigen deskundigheid');
  await page.getByTestId('rename-input').press('Enter');
  await expect(row(page, 'Eigen deskundigheid')).toBeVisible();
  await expectState(page, { renamed: true, moved: false, merged: false });
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Eigen expertise.*Eigen deskundigheid/);

  // Move by drag and drop onto another axial code.
  await row(page, 'Leerling centraal').dragTo(row(page, 'Deskundigheid'));
  await expect.poll(() => treeLines(page)).toContain('Deskundigheid › Leerling centraal');
  await expectState(page, { renamed: true, moved: true, merged: false });

  // Merge "Visie vorming" into "Gezamenlijke visie".
  await row(page, 'Visie vorming').click();
  await page.getByTestId('merge-button').click();
  const merge = page.getByTestId('merge-dialog');
  await merge.locator('[data-testid="picker-item"][data-label="Gezamenlijke visie"]').click();
  await expect(merge.getByTestId('picker-explain')).toContainText('"Visie vorming" verdwijnt');
  await merge.getByTestId('picker-confirm').click();
  await expect(row(page, 'Visie vorming')).toHaveCount(0);
  await expectState(page, { renamed: true, moved: true, merged: true });
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /samenvoegen/);

  // Undo each step (keyboard and button), checking the tree after each.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(row(page, 'Visie vorming')).toBeVisible();
  await expectState(page, { renamed: true, moved: true, merged: false });
  await page.getByTestId('undo').click();
  await expect.poll(() => treeLines(page)).toContain('Visie › Leerling centraal');
  await expectState(page, { renamed: true, moved: false, merged: false });
  await page.getByTestId('undo').click();
  await expect(row(page, 'Eigen expertise')).toBeVisible();
  await expectState(page, { renamed: false, moved: false, merged: false });

  // Redo each step.
  await page.getByTestId('redo').click();
  await expect(row(page, 'Eigen deskundigheid')).toBeVisible();
  await expectState(page, { renamed: true, moved: false, merged: false });
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => treeLines(page)).toContain('Deskundigheid › Leerling centraal');
  await expectState(page, { renamed: true, moved: true, merged: false });
  await page.getByTestId('redo').click();
  await expect(row(page, 'Visie vorming')).toHaveCount(0);
  await expectState(page, { renamed: true, moved: true, merged: true });

  // Reload: the codebook tab and the tree are as left.
  const before = await treeLines(page);
  await page.reload();
  await expect(page.getByTestId('codebook-screen')).toBeVisible();
  await expect(page.getByTestId('code-row').first()).toBeVisible();
  expect(await treeLines(page)).toEqual(before);

  // The change log names each step.
  await page.getByTestId('view-log').click();
  await expect(page.getByTestId('log-row').first()).toContainText('Visie vorming');
  await expect(page.getByTestId('codebook-log')).toContainText('Sanne de Boer');
  await page.getByTestId('view-codes').click();

  // Export the Word appendix and read it back.
  await page.getByTestId('export-button').click();
  const exportDialog = page.getByTestId('export-dialog');
  await expect(exportDialog.getByLabel('Codelijst als Word (bijlage)')).toBeChecked();
  const downloadPromise = page.waitForEvent('download');
  await exportDialog.getByTestId('export-confirm').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const path = testInfo.outputPath('bijlage.docx');
  await download.saveAs(path);
  const { value: text } = await mammoth.extractRawText({ path });
  const cells = text.split(/\n+/).map((c) => c.trim()).filter(Boolean);
  expect(cells.join(' | ')).toMatch(/Aangepast van: Strockmeijer, J\. \(2023/);
  // Table rows: number, open code, (axial code on the first row of its group), count.
  const table = cells.join(' | ');
  expect(table).toContain('1. | Aanwezigheid expertises | Deskundigheid');
  expect(table).toContain('2. | Eigen deskundigheid');
  // The moved code now closes the Deskundigheid group; the merged code is gone from the table.
  expect(table).toContain('6. | Leerling centraal | 0 | 7. | Eigen visie | Visie');
  const tablePart = table.slice(0, table.indexOf('Onderlinge communicatie') + 200);
  expect(tablePart).not.toContain('Eigen expertise');
  expect(tablePart).not.toContain('Visie vorming');
  for (const label of ['Deskundigheid', 'Visie', 'Evaluatie', 'Praktische randvoorwaarden', 'Verantwoordelijkheden en rollen', 'Onderlinge communicatie']) {
    expect(cells).toContain(label);
  }
});

test('a bad .qdc names the file and changes nothing; another local project’s codebook can be chosen', async ({ page }, testInfo) => {
  await createProjectWithCodebook(page, 'Bronproject', '000-renn4-inpandige-samenwerking');
  await createProjectWithCodebook(page, 'Nieuw onderzoek', null);
  await page.getByTestId('tab-codebook').click();
  const empty = page.getByTestId('codebook-empty');
  await expect(empty).toBeVisible();

  // A broken REFI-QDA file: a message naming it, nothing applied.
  const bad = testInfo.outputPath('kapot-codeboek.qdc');
  writeFileSync(bad, '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x"');
  await empty.getByLabel('REFI-QDA-codeboek (.qdc)').check();
  const chooser = page.waitForEvent('filechooser');
  await empty.getByTestId('pick-qdc').click();
  await (await chooser).setFiles(bad);
  await expect(empty.getByTestId('qdc-error')).toContainText('kapot-codeboek.qdc');
  await empty.getByTestId('apply-codebook').click();
  await expect(page.getByTestId('code-row')).toHaveCount(0);
  await expect(page.getByTestId('undo')).toBeDisabled();

  // The codebook of another local project.
  await empty.getByLabel('Codeboek van een ander Werkbank-project').check();
  await empty.getByTestId('source-project').selectOption({ label: 'Bronproject' });
  await expect(empty.getByTestId('project-chosen')).toContainText('Bronproject');
  await empty.getByTestId('apply-codebook').click();
  await expect(page.getByTestId('code-row').filter({ has: page.locator('.level-badge.level-axial') })).toHaveCount(6);
  await expect(page.getByTestId('codebook-origin')).toContainText('Aangepast van: project "Bronproject"');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Bronproject/);
});

test('the tree works from the keyboard: move, indent, new code, edit, delete; search filters', async ({ page }) => {
  await createProjectWithCodebook(page, 'Toetsenbord', '000-renn4-inpandige-samenwerking');
  await page.getByTestId('tab-codebook').click();
  await row(page, 'Aanwezigheid expertises').click();

  // Alt+↓ reorders, Alt+← outdents to just after the parent, Alt+→ indents under the previous sibling.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await treeLines(page)).slice(1, 3)).toEqual(['Deskundigheid › Eigen expertise', 'Deskundigheid › Aanwezigheid expertises']);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(async () => (await treeLines(page)).indexOf('Aanwezigheid expertises')).toBe(5);
  await page.keyboard.press('Alt+ArrowRight');
  await expect.poll(() => treeLines(page)).toContain('Deskundigheid › Aanwezigheid expertises');
  await expect(row(page, 'Aanwezigheid expertises')).toBeFocused();

  // ↑/↓ move the selection; N adds a code next to it and starts renaming.
  await page.keyboard.press('ArrowUp');
  await expect(row(page, 'Leren andere samenwerkingen')).toBeFocused();
  await page.keyboard.press('n');
  await page.getByTestId('rename-input').fill('Samenwerking school');
  await page.getByTestId('rename-input').press('Enter');
  await expect.poll(() => treeLines(page)).toContain('Deskundigheid › Samenwerking school');

  // Enter opens the definition editor; a field is saved on blur as one named step.
  await row(page, 'Samenwerking school').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-label')).toBeFocused();
  await page.getByTestId('field-description').fill('Uitspraken over samenwerking met de school.');
  await page.getByTestId('field-inclusion').click();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /Samenwerking school/);
  await page.reload();
  await row(page, 'Samenwerking school').click();
  await expect(page.getByTestId('field-description')).toHaveValue('Uitspraken over samenwerking met de school.');

  // Delete asks first.
  await row(page, 'Samenwerking school').press('Delete');
  await expect(page.getByTestId('confirm-dialog')).toContainText('Samenwerking school');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Verwijderen' }).click();
  await expect(row(page, 'Samenwerking school')).toHaveCount(0);

  // Search keeps matches and their ancestors; the level filter narrows further.
  await page.getByTestId('code-search').fill('expertise');
  await expect.poll(() => treeLines(page)).toEqual([
    'Deskundigheid',
    'Deskundigheid › Eigen expertise',
    'Deskundigheid › Expertise delen',
    'Deskundigheid › Kennis expertise andere partij',
    'Deskundigheid › Aanwezigheid expertises',
  ]);
  await page.getByTestId('code-search').fill('');
  await page.getByTestId('level-filter').selectOption({ label: 'Axiale code' });
  await expect(page.getByTestId('code-row')).toHaveCount(6);
});
