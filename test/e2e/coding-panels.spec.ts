import { expect, test, type Page } from '@playwright/test';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject, documentRow, importWithoutMapping, repoRoot } from './helpers';

const audio = join(repoRoot, 'fixtures', 'audio', 'fragment-zorgpartner.wav');
const vtt = join(repoRoot, 'fixtures', 'audio', 'fragment-zorgpartner.vtt');
const directeur = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');

const createPanelsProject = (page: Page, name: string, codebookId?: string) => createProject(page, name, 'Sanne de Boer', codebookId);

async function openCoding(page: Page, documentName: string): Promise<void> {
  await documentRow(page, documentName).getByTestId('code-document').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/code\//);
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
}

/** Links a media file through the media bar's file chooser. */
async function linkMedia(page: Page, file: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByTestId('media-link').click();
  const chooser = await chooserPromise;
  await chooser.setFiles(file);
}

async function currentTime(page: Page): Promise<number> {
  return Number(await page.getByTestId('media-time').getAttribute('data-current-time'));
}

/** The index of the turn the transcript marks as playing (-1 when none). */
async function playingTurn(page: Page): Promise<number> {
  const playing = page.locator('[data-testid="cv-turn"][data-playing="true"]');
  if ((await playing.count()) === 0) return -1;
  return Number(await playing.first().getAttribute('data-turn'));
}

test('audio: link, waveform, timestamps seek, playback follows the turns, unlink with undo', async ({ page }) => {
  await createPanelsProject(page, 'Audio');
  await importWithoutMapping(page, [vtt]);
  await openCoding(page, 'fragment-zorgpartner');

  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'none');
  await linkMedia(page, audio);
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
  await expect(page.getByTestId('media-file')).toHaveText('fragment-zorgpartner.wav');
  await expect(page.getByTestId('media-waveform').locator('div').first()).toBeAttached();
  expect(Number(await page.getByTestId('media-time').getAttribute('data-duration'))).toBeCloseTo(65.9, 0);

  // Clicking turn 4's timestamp (00:00:17.254) seeks the player there.
  await page.locator('[data-testid="cv-turn"][data-turn="3"] .cv-time').click();
  await expect.poll(() => currentTime(page)).toBeCloseTo(17.25, 1);
  await expect(page.getByTestId('media-time')).toContainText('0:17.2');
  await expect.poll(() => playingTurn(page)).toBe(3);

  // Skip forward with the keyboard (outside text fields).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+ArrowRight');
  await expect.poll(() => currentTime(page)).toBeCloseTo(22.25, 1);
  await page.keyboard.press('Control+Shift+ArrowUp');
  await expect(page.getByTestId('media-rate')).toHaveValue('1.25');
  await page.keyboard.press('Control+Shift+ArrowDown');
  await expect(page.getByTestId('media-rate')).toHaveValue('1');

  // Play from just before turn 5 (27.937 s): the playing turn moves on as time passes.
  await page.locator('[data-testid="cv-turn"][data-turn="3"] .cv-time').click();
  await page.keyboard.press('Control+ArrowRight');
  await page.keyboard.press('Control+ArrowRight');
  await expect.poll(() => currentTime(page)).toBeCloseTo(27.25, 1);
  await page.getByTestId('media-play').click();
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => currentTime(page), { timeout: 10_000 }).toBeGreaterThan(28.2);
  await expect.poll(() => playingTurn(page), { timeout: 10_000 }).toBe(4);
  await expect.poll(() => currentTime(page), { timeout: 10_000 }).toBeGreaterThan(30.6);
  await expect.poll(() => playingTurn(page), { timeout: 10_000 }).toBe(5);
  await page.keyboard.press('F4');
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-playing', 'false');

  // Survives a reload (the audio lives in IndexedDB).
  await page.reload();
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });

  // Unlink, then undo brings it back.
  await page.getByTestId('media-unlink').click();
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'none');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
});

test('a file that is not audio gets a message naming it; nothing is linked and the transcript stays usable', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-media-'));
  const fake = join(dir, 'opname-kapot.mp3');
  writeFileSync(fake, 'Dit is geen audio, maar een tekstbestand met een mp3-extensie.\n'.repeat(20));
  const notes = join(dir, 'aantekeningen.txt');
  writeFileSync(notes, 'gewoon tekst');

  await createPanelsProject(page, 'Kapotte audio');
  await importWithoutMapping(page, [vtt]);
  await openCoding(page, 'fragment-zorgpartner');

  await linkMedia(page, fake);
  await expect(page.getByTestId('media-error')).toContainText('opname-kapot.mp3', { timeout: 20_000 });
  await expect(page.getByTestId('media-bar')).toHaveAttribute('data-state', 'none');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /importeren/);

  await linkMedia(page, notes);
  await expect(page.getByTestId('media-error')).toContainText('aantekeningen.txt');
  await expect(page.getByTestId('cv-turn')).toHaveCount(10);
  await expect(page.getByTestId('cv-turn').nth(1)).toContainText('maandagmiddag');
});

test('memo with 5W+1H questions on the document and on a coding, saved on blur, survives a reload', async ({ page }) => {
  await createPanelsProject(page, 'Memo\'s', '000-renn4-inpandige-samenwerking');
  await importWithoutMapping(page, [directeur]);
  await openCoding(page, '01-directeur-noord');

  await page.getByTestId('cv-tab-memos').click();
  const panel = page.getByTestId('memo-panel');
  await panel.getByTestId('memo-target-document').click();
  await panel.getByTestId('memo-new').click();
  const editor = panel.getByTestId('memo-editor').first();
  await editor.getByTestId('memo-title').fill('Eerste indruk');
  await editor.getByTestId('memo-text').fill('De directeur is positief over de coördinator.');
  await editor.getByTestId('memo-prompts-toggle').check();
  await editor.getByTestId('memo-prompt-why').fill('Omdat de lijnen kort zijn.');
  await editor.getByTestId('memo-prompt-who').fill('Directeur en zorgcoördinator');
  await expect(editor).toHaveAttribute('data-dirty', 'true');
  // Leaving the memo saves it (one change set).
  await panel.getByTestId('memo-search').click();
  await expect(editor).toHaveAttribute('data-dirty', 'false');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /memo "Eerste indruk"/);

  // Typing and switching target right away still saves.
  await editor.getByTestId('memo-prompt-how').fill('Wekelijks overleg');
  await panel.getByTestId('memo-target-project').click();
  await expect(panel.getByTestId('memo-list-item')).toHaveCount(1);

  // The memo list searches without accents and filters by kind.
  await panel.getByTestId('memo-search').fill('coordinator');
  await expect(panel.getByTestId('memo-list-item')).toHaveCount(1);
  await panel.getByTestId('memo-filter').selectOption('project');
  await expect(panel.getByTestId('memo-list-item')).toHaveCount(0);
  await panel.getByTestId('memo-filter').selectOption('all');

  await page.reload();
  await page.getByTestId('cv-tab-memos').click();
  await panel.getByTestId('memo-target-document').click();
  const saved = panel.getByTestId('memo-editor').first();
  await expect(saved.getByTestId('memo-title')).toHaveValue('Eerste indruk');
  await expect(saved.getByTestId('memo-text')).toHaveValue('De directeur is positief over de coördinator.');
  await expect(saved.getByTestId('memo-prompt-why')).toHaveValue('Omdat de lijnen kort zijn.');
  await expect(saved.getByTestId('memo-prompt-who')).toHaveValue('Directeur en zorgcoördinator');
  await expect(saved.getByTestId('memo-prompt-how')).toHaveValue('Wekelijks overleg');

  // Deleting is undoable.
  await saved.getByTestId('memo-delete').click();
  await expect(panel.getByTestId('memo-editor')).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(panel.getByTestId('memo-editor').first().getByTestId('memo-title')).toHaveValue('Eerste indruk');

  // A memo on a coding: code one hit, pick its bracket, write; the list jumps back to it.
  await page.getByTestId('cv-tab-search').click();
  await page.getByTestId('search-input').fill('coordinatoren');
  await page.getByTestId('autocode-code').selectOption({ index: 1 });
  await page.getByTestId('autocode-start').click();
  await page.getByTestId('autocode-confirm').click();
  await expect(page.getByTestId('autocode-preview')).toHaveCount(0);
  await page.getByTestId('search-hit').first().click();
  await page.getByTestId('cv-bracket').first().click();
  await page.getByTestId('cv-tab-memos').click();
  await expect(panel.getByTestId('memo-target-coding')).toHaveAttribute('aria-checked', 'true');
  await expect(panel.getByTestId('memo-target-name')).toContainText('coördinatoren');
  await panel.getByTestId('memo-new').click();
  await panel.getByTestId('memo-editor').first().getByTestId('memo-text').fill('Wisselende coördinatoren kosten energie.');
  await panel.getByTestId('memo-target-project').click();
  await panel.getByTestId('memo-filter').selectOption('coding');
  await expect(panel.getByTestId('memo-list-item')).toHaveCount(1);
  await panel.getByTestId('memo-list-item').click();
  await expect(panel.getByTestId('memo-target-coding')).toHaveAttribute('aria-checked', 'true');
  await expect(panel.getByTestId('memo-editor').first().getByTestId('memo-text')).toHaveValue('Wisselende coördinatoren kosten energie.');
  // The comment shows in the margin next to the coding's bracket; clicking it opens the memo.
  await page.getByTestId('cv-tab-codes').click();
  const marker = page.getByTestId('memo-marker');
  await expect(marker).toHaveCount(1);
  await marker.click();
  await expect(page.getByTestId('cv-tab-memos')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByTestId('memo-editor').first().getByTestId('memo-text')).toHaveValue('Wisselende coördinatoren kosten energie.');
});

test('search ignores accents; auto-coding previews, skips coded hits and is undone at once', async ({ page }) => {
  await createPanelsProject(page, 'Zoeken', '000-renn4-inpandige-samenwerking');
  await importWithoutMapping(page, [directeur]);
  await openCoding(page, '01-directeur-noord');

  await page.getByTestId('cv-tab-search').click();
  const panel = page.getByTestId('search-panel');
  await panel.getByTestId('search-input').fill('coordinator');
  await expect(panel.getByTestId('search-hit')).toHaveCount(4);
  await expect(panel.getByTestId('search-hit').first()).toContainText('coördinator');
  await panel.getByTestId('search-whole-word').check();
  await expect(panel.getByTestId('search-hit')).toHaveCount(3);
  await panel.getByTestId('search-whole-word').uncheck();

  // An invalid regular expression shows its message, nothing breaks.
  await panel.getByTestId('search-regex').check();
  await panel.getByTestId('search-input').fill('co(ordinat');
  await expect(panel.getByTestId('search-status')).toContainText('Ongeldige reguliere expressie');
  await panel.getByTestId('search-input').fill('co[oö]rdinator(en)?');
  await expect(panel.getByTestId('search-hit')).toHaveCount(4);
  await panel.getByTestId('search-regex').uncheck();
  await panel.getByTestId('search-input').fill('coordinator');

  // Clicking a hit highlights it in the transcript.
  await panel.getByTestId('search-hit').nth(1).click();
  await expect(panel.getByTestId('search-hit').nth(1)).toHaveAttribute('aria-current', 'true');

  await panel.getByTestId('autocode-code').selectOption({ index: 1 });
  const code = (await panel.getByTestId('autocode-code').locator('option:checked').textContent())!.trim();
  await panel.getByTestId('autocode-start').click();
  const preview = panel.getByTestId('autocode-preview');
  await expect(preview).toHaveAttribute('data-new', '4');
  await expect(preview.getByTestId('autocode-snippet')).toHaveCount(4);
  await preview.getByTestId('autocode-confirm').click();
  await expect(preview).toHaveCount(0);
  await expect(page.getByTestId('undo')).toHaveAttribute('title', new RegExp(`4 .*"${code}"|"${code}".*4`));

  // Again: all four are already coded with this code and would be skipped.
  await panel.getByTestId('autocode-start').click();
  await expect(preview).toHaveAttribute('data-new', '0');
  await expect(preview.locator('[data-testid="autocode-snippet"][data-status="coded"]')).toHaveCount(4);
  await expect(preview.getByTestId('autocode-confirm')).toBeDisabled();
  await preview.getByTestId('autocode-cancel').click();

  // One undo removes all four.
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /importeren/);
  await panel.getByTestId('autocode-start').click();
  await expect(preview).toHaveAttribute('data-new', '4');
  await preview.getByTestId('autocode-cancel').click();

  // Extending to the sentence codes whole sentences.
  await panel.getByTestId('autocode-extension').selectOption('sentence');
  await panel.getByTestId('autocode-start').click();
  await expect(preview.getByTestId('autocode-snippet').first()).toContainText('.');
});
