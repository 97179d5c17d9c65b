import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { createProject, documentRow, importWithoutMapping, repoRoot } from './helpers';

const transcript = join(repoRoot, 'fixtures', 'transcripts', '01-directeur-noord.txt');

const createProjectWithCodebook = (page: Page, name: string, codebookId: string) => createProject(page, name, 'Sanne de Boer', codebookId);

/** Screen points at the left edge of `needle`'s first character and the right edge of its last. */
async function textPoints(page: Page, needle: string, within: string) {
  return page.evaluate(([needle, within]) => {
    for (const p of document.querySelectorAll<HTMLElement>('[data-testid="cv-turn-text"]')) {
      const text = p.textContent ?? '';
      if (!text.includes(within)) continue;
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = (index: number) => {
        let seen = 0;
        for (const span of p.querySelectorAll<HTMLElement>('[data-offset]')) {
          const node = span.firstChild as Text;
          const len = node.data.length;
          if (index < seen + len) return { node, offset: index - seen };
          seen += len;
        }
        throw new Error('not found');
      };
      const a = locate(at);
      const b = locate(at + needle.length - 1);
      const ra = document.createRange();
      ra.setStart(a.node, a.offset);
      ra.setEnd(a.node, a.offset + 1);
      const rb = document.createRange();
      rb.setStart(b.node, b.offset);
      rb.setEnd(b.node, b.offset + 1);
      const ka = ra.getBoundingClientRect();
      const kb = rb.getBoundingClientRect();
      return { x1: ka.left + 1, y1: ka.top + ka.height / 2, x2: kb.right - 1, y2: kb.top + kb.height / 2 };
    }
    throw new Error(`text not shown: ${needle}`);
  }, [needle, within] as const);
}

/** Selects text with a real mouse drag. */
async function dragSelect(page: Page, needle: string, within = 'Gerard Hofstee'): Promise<void> {
  const p = await textPoints(page, needle, within);
  await page.mouse.move(p.x1, p.y1);
  await page.mouse.down();
  await page.mouse.move((p.x1 + p.x2) / 2, (p.y1 + p.y2) / 2, { steps: 4 });
  await page.mouse.move(p.x2, p.y2, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByTestId('cv-selection-info')).toContainText(needle.split(' ')[0]);
}

interface Mark {
  label: string;
  start: number;
  end: number;
  text: string;
}

/** Every coding in the margin with the characters it marks in the transcript. */
async function marks(page: Page): Promise<Mark[]> {
  const list = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="cv-bracket"]')).map((b) => {
      const start = Number(b.dataset.start);
      const end = Number(b.dataset.end);
      let text = '';
      for (const span of document.querySelectorAll<HTMLElement>('[data-offset]')) {
        const s = Number(span.dataset.offset);
        const e = Number(span.dataset.end);
        if (s >= start && e <= end) text += span.textContent ?? '';
      }
      return { label: b.dataset.label ?? '', start, end, text };
    }),
  );
  return list.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

test('open coding: select by mouse, apply by click, digit and in vivo, overlap, undo/redo, reload', async ({ page }) => {
  await createProjectWithCodebook(page, 'Coderen', '000-renn4-inpandige-samenwerking');
  await importWithoutMapping(page, [transcript]);
  await documentRow(page, '01-directeur-noord').getByTestId('code-document').click();
  await expect(page).toHaveURL(/#\/project\/[^/]+\/code\/[^/]+$/);
  await expect(page.getByTestId('cv-title')).toHaveText('01-directeur-noord');
  await expect(page.getByTestId('cv-progress')).toHaveText('0% gecodeerd');
  await expect(page.getByTestId('cv-turn').first()).toBeVisible();

  // 1. A real mouse drag, then a click on a code in the panel.
  await dragSelect(page, 'directeur van De Kompasroos');
  await page.locator('[data-testid="cv-code"][data-label="Eigen expertise"]').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(1);
  await expect(page.locator('[data-testid="cv-bracket"][data-label="Eigen expertise"]')).toHaveCount(1);
  expect((await marks(page))[0].text).toBe('directeur van De Kompasroos');
  // The code used last is shortcut 1.
  await expect(page.locator('[data-testid="cv-code"][data-label="Eigen expertise"] [data-testid="cv-digit"]')).toHaveText('1');

  // 2. Keyboard: digit 2 applies the code shown with "2".
  const second = await page.locator('[data-testid="cv-code"]').filter({ has: page.locator('[data-testid="cv-digit"]', { hasText: /^2$/ }) }).getAttribute('data-label');
  expect(second).toBeTruthy();
  await dragSelect(page, 'teamleider');
  await page.keyboard.press('2');
  await expect(page.getByTestId('cv-bracket')).toHaveCount(2);
  await expect(page.locator(`[data-testid="cv-bracket"][data-label="${second}"]`)).toHaveCount(1);

  // 3. In vivo (Ctrl+I): the selected words become a new code.
  await dragSelect(page, 'zes jaar');
  await page.keyboard.press('Control+i');
  await expect(page.locator('[data-testid="cv-bracket"][data-label="zes jaar"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="cv-code"][data-label="zes jaar"]')).toHaveCount(1);

  // 4. An overlapping coding via the quick search (Ctrl+K, type, Enter).
  await dragSelect(page, 'De Kompasroos, locatie Noord');
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('code-search')).toBeFocused();
  await page.keyboard.type('gezamenlijke visie');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  const before = await marks(page);
  const kompas = before.find((m) => m.label === 'Eigen expertise')!;
  const overlap = before.find((m) => m.label === 'Gezamenlijke visie')!;
  expect(overlap.text).toBe('De Kompasroos, locatie Noord');
  expect(overlap.start).toBeLessThan(kompas.end);
  expect(overlap.end).toBeGreaterThan(kompas.end);
  for (const m of before) expect(m.text.length).toBe(m.end - m.start);
  await expect(page.getByTestId('cv-progress')).not.toHaveText('0% gecodeerd');

  // 5. Undo and redo (header buttons and keyboard).
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(3);
  await expect(page.locator('[data-testid="cv-bracket"][data-label="Gezamenlijke visie"]')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('cv-bracket')).toHaveCount(2);
  await expect(page.locator('[data-testid="cv-code"][data-label="zes jaar"]')).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('cv-bracket')).toHaveCount(3);
  await page.getByTestId('redo').click();
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  expect(await marks(page)).toEqual(before);

  // 6. Pick a bracket, widen its end by a word (Shift+→), narrow it back (Shift+←).
  await page.locator('[data-testid="cv-bracket"][data-label="zes jaar"]').click();
  await expect(page.getByTestId('cv-active-tools')).toBeVisible();
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await marks(page)).find((m) => m.label === 'zes jaar')?.text).toBe('zes jaar. Daarvoor');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => (await marks(page)).find((m) => m.label === 'zes jaar')?.text).toBe('zes jaar');
  await page.keyboard.press('Escape');

  // 7. Fold a category in the code list (a long codebook stays manageable); it stays folded.
  const codes = page.getByTestId('cv-code');
  const all = await codes.count();
  const toggle = page.getByTestId('cv-code-toggle').first();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const folded = await codes.count();
  expect(folded).toBeLessThan(all);

  // 8. Reload: every coding at the same characters, the category still folded.
  const progress = await page.getByTestId('cv-progress').textContent();
  await page.reload();
  await expect(page.getByTestId('cv-title')).toHaveText('01-directeur-noord');
  await expect(page.getByTestId('cv-bracket')).toHaveCount(4);
  expect(await marks(page)).toEqual(before);
  await expect(page.getByTestId('cv-progress')).toHaveText(progress!);
  expect(progress).toMatch(/^[1-9]\d?% gecodeerd$/);
  await expect(codes).toHaveCount(folded);
  await page.getByTestId('cv-collapse-all').click();
  expect(await codes.count()).toBeLessThan(folded);
  await page.getByTestId('cv-expand-all').click();
  await expect(codes).toHaveCount(all);

  // 9. Done, and the overview shows the percentage with a check mark.
  await page.getByTestId('cv-done').click();
  await expect(page.getByTestId('cv-done')).toBeChecked();
  await page.getByTestId('cv-back').click();
  const cell = documentRow(page, '01-directeur-noord').getByTestId('document-progress');
  await expect(cell).toContainText(progress!.replace('% gecodeerd', ' %'));
  await expect(cell).toContainText('✓');
  await expect(page.getByTestId('project-progress')).toContainText('1 van 1 document klaar');
});
