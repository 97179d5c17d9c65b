import { expect, test } from '@playwright/test';
import { baseName, chooseTranscripts, createProject, documentRow, fixtureFiles, importItem, readTurns } from './helpers';

/**
 * The acceptance: create a project, import every transcript fixture, map speakers
 * (interviewer + respondents with roles), reload, and find every document, turn and respondent
 * unchanged.
 */
test('imports all fixture transcripts, maps speakers and keeps everything after a reload', async ({ page }) => {
  const files = fixtureFiles('transcripts');
  expect(files.length, 'fixtures/transcripts must hold the sample interviews').toBeGreaterThanOrEqual(6);

  await createProject(page);
  await chooseTranscripts(page, files);

  // Each file: parsed OK, with its format and number of turns.
  for (const file of files) {
    const item = importItem(page, file);
    await expect(item).toHaveAttribute('data-status', 'ok');
    await expect(item).toContainText(/beurten/);
    await expect(item).toContainText(/\(\.(txt|docx|vtt)\)|SRT/);
  }
  await expect(page.getByTestId('import-confirm')).toHaveText(`Importeren (${files.length})`);
  await page.getByTestId('import-confirm').click();

  // Speaker mapping: interviewer stays interviewer; every other label becomes a respondent with a role.
  const mapping = page.getByTestId('mapping-dialog');
  await expect(mapping).toBeVisible();
  await expect(mapping.getByTestId('mapping-document')).toHaveCount(files.length);
  const roles = ['directeur', 'leerkracht', 'orthopedagoog', 'zorgpartner', 'intern begeleider', 'jeugdhulpverlener', 'ouder'];
  let interviewers = 0;
  let respondentRows = 0;
  const docs = mapping.getByTestId('mapping-document');
  for (let d = 0; d < (await docs.count()); d++) {
    const rows = docs.nth(d).getByTestId('mapping-row');
    // In every fixture interview the interviewer speaks first ("Interviewer", "I", "Sanne Kuipers", ...).
    await rows.first().getByTestId('mapping-choice').selectOption('interviewer');
    interviewers++;
    for (let i = 1; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      if ((await row.getByTestId('mapping-choice').inputValue()) !== 'new') await row.getByTestId('mapping-choice').selectOption('new');
      await row.getByLabel('Rol', { exact: true }).selectOption(roles[respondentRows % roles.length]);
      await row.getByLabel('Locatie').fill(respondentRows % 2 ? 'Zuid' : 'Noord');
      await row.getByLabel('Interviewronde').fill('1');
      respondentRows++;
    }
  }
  expect(interviewers, 'every interview has an interviewer').toBeGreaterThanOrEqual(files.length);
  expect(respondentRows).toBeGreaterThanOrEqual(files.length);
  await page.getByTestId('mapping-save').click();
  await expect(mapping).toHaveCount(0);

  // Overview: every document, with format, turns and mapped speakers.
  await expect(page.getByTestId('document-row')).toHaveCount(files.length);
  await expect(page.getByTestId('assign-speakers')).toHaveCount(0);
  await expect(page.getByTestId('respondent-row')).toHaveCount(respondentRows);
  await expect(page.getByTestId('project-stats')).toContainText(`${files.length} documenten · ${respondentRows} respondenten`);

  const before = await snapshotOfUi(page, files);
  await page.reload();
  await expect(page.getByTestId('documents-table')).toBeVisible();
  const after = await snapshotOfUi(page, files);
  expect(after).toEqual(before);
  for (const doc of Object.values(before.documents)) expect(doc.turns.length).toBeGreaterThan(0);
});

async function snapshotOfUi(page: import('@playwright/test').Page, files: string[]) {
  const documents: Record<string, { format: string; respondents: string; turnCount: string; turns: string[] }> = {};
  for (const file of files) {
    const name = baseName(file);
    const row = documentRow(page, name);
    await expect(row).toHaveCount(1);
    documents[name] = {
      format: await row.getByTestId('document-format').innerText(),
      respondents: await row.getByTestId('document-respondents').innerText(),
      turnCount: await row.getByTestId('document-turns').innerText(),
      turns: await readTurns(page, name),
    };
    expect(documents[name].turns.length).toBe(Number(documents[name].turnCount));
  }
  const respondents = await page.getByTestId('respondent-row').allInnerTexts();
  return { documents, respondents };
}
