import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CODEBOOK_000, createProject, documentRow, importWithoutMapping, repoRoot } from './helpers';

const transcript = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');
const CODE = 'Eigen expertise';

const createReviewProject = (page: Page, name: string, coder: string) => createProject(page, name, coder, CODEBOOK_000);

async function codeTurn(page: Page, within: string, label: string, expected: number): Promise<void> {
  await page.getByTestId('cv-turn').filter({ hasText: within }).getByTestId('cv-select-turn').click();
  await page.locator(`[data-testid="cv-code"][data-label="${label}"]`).first().click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(expected);
}

/** Sets the coder name and waits until it is stored (the undo button then names the change). */
async function setCoderName(page: Page, name: string): Promise<void> {
  await page.getByTestId('coder-name').fill(name);
  await page.getByTestId('coder-name').press('Enter');
  await expect(page.getByTestId('undo')).toHaveAttribute('title', new RegExp(`codeursnaam wijzigen in “${name}”`));
}

async function saveAs(page: Page, expectedName: string, to: string): Promise<void> {
  const download = page.waitForEvent('download');
  await page.getByTestId('save-as').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(expectedName);
  await file.saveAs(to);
}

/** The text of every turn a coder's visible brackets cover (whole turns are coded here), in order. */
async function rangesOf(page: Page, coder: string): Promise<string[]> {
  const brackets = page.locator(`[data-testid="cv-bracket"][data-coder="${coder}"]`);
  const found: [number, string][] = [];
  for (let i = 0; i < (await brackets.count()); i++) {
    const b = brackets.nth(i);
    const turn = page.getByTestId('cv-turn').filter({ has: page.locator(`[data-testid="cv-bracket"][data-coding="${await b.getAttribute('data-coding')}"]`) });
    found.push([Number(await b.getAttribute('data-start')), (await turn.getByTestId('cv-turn-text').textContent()) ?? '']);
  }
  return found.sort((x, y) => x[0] - y[0]).map(([, text]) => text);
}

test('review: blind second coding in a copy, merge, agreement, keyboard review queue, marks in the coding view after reload', async ({ page }) => {
  await createReviewProject(page, 'Review en overeenstemming', 'Sanne');
  await importWithoutMapping(page, [transcript]);

  // First coder: two turns.
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();
  await codeTurn(page, 'Gerard Hofstee', CODE, 1);
  await codeTurn(page, 'op het feit dat het er gewoon', CODE, 2);
  const sanne = await rangesOf(page, 'Sanne');
  expect(sanne).toHaveLength(2);

  // A copy for the second coder, as the student would hand it over.
  const original = page.url();
  const handedOver = join(tmpdir(), `review-${Date.now()}.werkbank`);
  await saveAs(page, 'Review en overeenstemming.werkbank', handedOver);

  // The second coder opens the copy (here in the same browser, so it is stored under new ids).
  await page.getByTestId('cv-back').click();
  await page.getByRole('button', { name: 'Terug naar het startscherm' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('open-project-file').click();
  await (await chooser).setFiles(handedOver);
  await expect(page.getByTestId('project-name')).toHaveText(/Review en overeenstemming/);
  expect(page.url()).not.toBe(original);
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(2);

  // Own name; blind coding hides Sanne's brackets and the coder filter.
  await setCoderName(page, 'Bram');
  await page.getByTestId('cv-blind').check();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(0);
  await expect(page.getByTestId('cv-coder-filter')).toBeDisabled();
  await codeTurn(page, 'Gerard Hofstee', CODE, 1);
  // The bracket shows at once (optimistically); reload only once the coding is stored.
  await expect(page.getByTestId('undo')).toHaveAttribute('title', /toekennen/);
  // Blind coding holds across a reload: Sanne's codings stay hidden.
  await page.reload();
  await expect(page.getByTestId('cv-blind')).toBeChecked();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(1);
  await codeTurn(page, 'trots op het team', CODE, 2);
  const bram = await rangesOf(page, 'Bram');
  await page.screenshot({ path: '/tmp/pw-review/blind.png' });
  await page.getByTestId('cv-blind').uncheck();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  const sentBack = join(tmpdir(), `review-bram-${Date.now()}.werkbank`);
  await saveAs(page, 'Review en overeenstemming.werkbank', sentBack);

  // The student merges Bram's copy into the original: his codings are added, hers stay once.
  await page.goto(original);
  await expect(page.getByTestId('cv-bracket')).toHaveCount(2);
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-review').click();
  const mergeChooser = page.waitForEvent('filechooser');
  await page.getByTestId('merge-copy').click();
  await (await mergeChooser).setFiles(sentBack);
  await expect(page.getByTestId('merge-report')).toContainText('2 coderingen erbij');
  await page.getByTestId('merge-confirm').click();
  await expect(page.getByTestId('merge-report')).toHaveCount(0);

  // In the coding view: both coders, then only Sanne via the coder filter.
  await page.getByTestId('tab-documents').click();
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  await page.getByTestId('cv-coder-filter').selectOption({ label: 'Sanne' });
  await expect(page.getByTestId('cv-bracket')).toHaveCount(2);
  await page.getByTestId('cv-coder-filter').selectOption({ label: 'alle' });
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  // A research assistant reviews on this machine under her own name.
  // Enter, then at once a click elsewhere (the blur commits too): one change, no stale-data error.
  await page.getByTestId('coder-name').fill('Ayla');
  await page.getByTestId('coder-name').press('Enter');
  await page.getByTestId('cv-back').click();
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('coder-name')).toHaveValue('Ayla');
  await expect(page.getByTestId('toast-error')).toHaveCount(0);

  // Same first turn, different second turn: the counts are the non-whitespace characters of the
  // passages (the agreement's character units).
  expect(bram[0]).toEqual(sanne[0]);
  const len = (text: string) => text.replace(/\s/g, '').length;
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-review').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/review$/);
  await page.getByTestId('agreement-coder-a').selectOption('Sanne');
  await page.getByTestId('agreement-coder-b').selectOption('Bram');
  const row = page.locator(`[data-testid="agreement-row"][data-label="${CODE}"]`);
  await expect(row.getByTestId('ag-both')).toHaveText(String(len(sanne[0])));
  await expect(row.getByTestId('ag-onlyA')).toHaveText(String(len(sanne[1])));
  await expect(row.getByTestId('ag-onlyB')).toHaveText(String(len(bram[1])));
  await expect(page.getByTestId('agreement-rule')).not.toBeEmpty();
  await page.getByTestId('agreement-level').selectOption('segment');
  await expect(page.getByTestId('agreement-rule')).toContainText('0,5');
  await page.getByTestId('agreement-level').selectOption('character');
  await expect(page.getByTestId('disagreement')).toHaveCount(2);

  // Review queue by keyboard: accept the first fragment, flag the second with a comment.
  await page.getByTestId('review-order').selectOption('document');
  await expect(page.getByTestId('review-progress')).toContainText('0 van 4 beoordeeld');
  const first = await page.getByTestId('review-current').getAttribute('data-coding-id');
  await page.locator('body').press('a');
  await expect(page.getByTestId('review-progress')).toContainText('1 van 4 beoordeeld');
  await expect(page.getByTestId('review-position')).toHaveText('Fragment 2 van 4');
  const second = await page.getByTestId('review-current').getAttribute('data-coding-id');
  expect(second).not.toBe(first);
  await page.locator('body').press('f');
  await expect(page.getByTestId('review-comment')).toBeFocused();
  await page.keyboard.type('Neem de hele zin mee');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-progress')).toContainText('2 van 4 beoordeeld');
  await page.locator('body').press('k');
  await expect(page.getByTestId('review-current')).toHaveAttribute('data-status', 'flagged');
  await expect(page.getByTestId('review-mark')).toContainText('Neem de hele zin mee');
  await expect(page.getByTestId('toast-error')).toHaveCount(0);
  await page.screenshot({ path: '/tmp/pw-review/queue.png', fullPage: true });

  // After a reload the marks are still there, and the coding view shows them in the margin.
  await page.reload();
  await expect(page.getByTestId('review-progress')).toContainText('2 van 4 beoordeeld');
  await page.getByTestId('tab-documents').click();
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  await expect(page.locator(`[data-testid="cv-bracket"][data-coding="${first}"]`)).toHaveAttribute('data-review', 'accepted');
  await expect(page.locator(`[data-testid="cv-bracket"][data-coding="${second}"]`)).toHaveAttribute('data-review', 'flagged');
  const flag = page.locator('[data-testid="cv-review"][data-status="flagged"]');
  await expect(flag).toHaveCount(1);
  await expect(flag).toHaveAttribute('title', 'Ayla: Neem de hele zin mee');
  await expect(page.locator('[data-testid="cv-review"][data-status="accepted"]')).toHaveCount(1);
  await page.screenshot({ path: '/tmp/pw-review/margin.png' });

  // Undo the flag from the project history.
  await page.getByTestId('undo').click();
  await expect(page.locator('[data-testid="cv-review"][data-status="flagged"]')).toHaveCount(0);

  // The theme report can carry the agreement table as an appendix.
  await page.getByTestId('cv-back').click();
  await page.getByTestId('tab-report').click();
  await page.getByTestId('report-part-agreement').check();
  await expect(page.getByTestId('report-agreement-a')).toHaveValue('Sanne');
  await expect(page.getByTestId('report-agreement-b')).toHaveValue('Bram');
  const preview = page.getByTestId('report-preview');
  await expect(preview.getByTestId('report-heading').filter({ hasText: 'Overeenstemming tussen codeurs' })).toHaveText('Bijlage II: Overeenstemming tussen codeurs');
  await expect(preview).toContainText('Overeenstemming tussen Sanne en Bram');
  await expect(preview).toContainText(CODE);
});
