// A teacher writes a tour in the app: three steps recorded from the graph, saved in the browser, played after a
// reload, downloaded and loaded back from the file, shared as a link; broken files and links are reported plainly.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axe, collectErrors, openAtlas, waitForCameraToSettle, seriousViolations } from './helpers';

test.describe.configure({ timeout: 180_000 });

const TITLE = 'Why ketamine works in hours';
const NARRATIONS = [
  'Ketamine blocks NMDA receptors, a kind of glutamate receptor.',
  'Follow the chain from ketamine to the growth of new synapses.',
  'Everything the NMDA receptor is joined to, one step away.',
];

async function searchAndPick(page: Page, text: string, option: string): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search the graph' });
  await search.fill(text);
  await page
    .getByRole('listbox', { name: /Search the graph/ })
    .getByRole('option', { name: option })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { name: option })).toBeVisible();
}

async function openTours(page: Page) {
  await page.getByRole('button', { name: 'Tours' }).click();
  const tours = page.getByRole('region', { name: 'Tours' });
  await expect(tours).toBeVisible();
  return tours;
}

/** Writes the three-step tour of the lesson: ketamine, a path to synaptogenesis, the NMDA receptor's neighbourhood. */
async function writeThreeStepTour(page: Page) {
  const tours = await openTours(page);
  await tours.getByRole('button', { name: 'New tour' }).click();
  const editor = page.getByRole('region', { name: 'Tour editor' });
  await expect(editor.getByRole('heading', { name: 'New tour' })).toBeFocused();
  await editor.getByRole('textbox', { name: 'Tour title' }).fill(TITLE);
  const addView = editor.getByRole('button', { name: 'Add this view as a step' });

  await searchAndPick(page, 'ketamine', 'Ketamine');
  await addView.click();
  await expect(editor.getByRole('status')).toContainText('Step 1 added: Ketamine');

  await page.getByRole('button', { name: 'Find path' }).click();
  const finder = page.getByRole('region', { name: 'Path finder' });
  const from = finder.getByRole('combobox', { name: 'From' });
  await from.fill('ketamine');
  await finder.getByRole('option', { name: 'Ketamine' }).first().click();
  await finder.getByRole('combobox', { name: 'To' }).fill('synaptogenesis');
  await finder.getByRole('option').first().click();
  await expect(finder.getByRole('list', { name: 'Path explained step by step' })).toBeVisible();
  await addView.click();
  await expect(editor.getByRole('status')).toContainText('Step 2 added: the path from Ketamine to');
  await finder.getByRole('button', { name: 'Close path finder' }).click();

  await searchAndPick(page, 'NMDA receptor', 'NMDA receptor');
  await page.getByRole('region', { name: 'Details' }).getByLabel('Neighbourhood to show').selectOption('1');
  await addView.click();
  await expect(editor.getByRole('status')).toContainText('Step 3 added: the neighbourhood of NMDA receptor');

  for (const [index, narration] of NARRATIONS.entries()) {
    const step = editor.getByRole('group', { name: `Step ${index + 1}`, exact: true });
    await step.getByRole('textbox', { name: 'Narration' }).fill(narration);
  }
  const sources = editor.getByRole('group', { name: 'Sources for step 1' }).getByRole('checkbox');
  await sources.first().check();
  return editor;
}

test('write a three-step tour, save it, reload, play it, and open it again from the downloaded file', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await openAtlas(page);
  const editor = await writeThreeStepTour(page);

  // Reordering: the neighbourhood up one, and back down again.
  await editor.getByRole('button', { name: 'Move step 3 up' }).click();
  await expect(
    editor.getByRole('group', { name: 'Step 2', exact: true }).getByRole('textbox', { name: 'Narration' }),
  ).toHaveValue(NARRATIONS[2] ?? '');
  await editor.getByRole('button', { name: 'Move step 2 down' }).click();

  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(size);
    await editor.getByRole('heading', { name: 'New tour' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`tour-editor-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // Preview plays the draft in the normal player; leaving it comes back to the editor.
  await editor.getByRole('button', { name: 'Preview' }).click();
  const player = page.getByRole('region', { name: 'Tour', exact: true });
  await expect(player.getByText(NARRATIONS[0] ?? '')).toBeVisible();
  await player.getByRole('button', { name: 'Leave tour' }).click();
  await expect(editor.getByRole('heading', { name: 'New tour' })).toBeFocused();

  await editor.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(editor.getByRole('status')).toContainText(`Saved “${TITLE}” in this browser`);

  await page.reload();
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  const tours = await openTours(page);
  const yours = tours.getByRole('list', { name: 'Your tours' });
  await expect(yours.getByRole('heading', { name: TITLE })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await yours.getByRole('button', { name: `Download "${TITLE}"` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('why-ketamine-works-in-hours.yaml');
  const file = test.info().outputPath('tour.yaml');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toContain(`title: ${TITLE}`);

  // A teacher's own tour becomes slides too.
  const slides = page.waitForEvent('download');
  await yours.getByRole('button', { name: `Export "${TITLE}" as PowerPoint slides` }).click();
  expect((await slides).suggestedFilename()).toBe('why-ketamine-works-in-hours.pptx');

  await yours.getByRole('button', { name: `Start the tour "${TITLE}"` }).click();
  await expect(player.getByText('1 / 3', { exact: true })).toBeVisible();
  await expect(player.getByText(NARRATIONS[0] ?? '')).toBeVisible();
  await expect(player.getByRole('list', { name: 'Sources for this step' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(player.getByText(NARRATIONS[1] ?? '')).toBeVisible();
  await waitForCameraToSettle(page);
  expect(await page.evaluate(() => window.atlas.cy.$('.on-path').length)).toBeGreaterThan(2);
  await player.getByRole('button', { name: 'Leave tour' }).click();

  // Deleted (then brought back), and loaded again from the downloaded file.
  await openTours(page);
  await yours.getByRole('button', { name: `Delete "${TITLE}"` }).click();
  await expect(yours).toBeHidden();
  await tours.getByRole('button', { name: 'Undo delete' }).click();
  await expect(yours.getByRole('heading', { name: TITLE })).toBeVisible();
  await yours.getByRole('button', { name: `Delete "${TITLE}"` }).click();
  await tours.getByLabel('Load a tour file').setInputFiles(file);
  await expect(player.getByText(NARRATIONS[0] ?? '')).toBeVisible();
  await openTours(page);
  await expect(yours.getByRole('heading', { name: TITLE })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a malformed tour file gives a located, plain message and the app carries on', async ({ page }) => {
  const errors = collectErrors(page);
  await openAtlas(page);
  const tours = await openTours(page);
  const broken = test.info().outputPath('broken.yaml');
  writeFileSync(
    broken,
    [
      'id: broken-lesson',
      'title: A broken lesson',
      'summary: Two mistakes.',
      'steps:',
      '  - title: First',
      '    narration: Fine.',
      '    focus: [drug:ketamine]',
      '  - title: Second',
      '    narration: Also fine.',
      '    focus: [drug:no-such-drug]',
      '    sources: [made-up-2024]',
      '',
    ].join('\n'),
  );
  await tours.getByLabel('Load a tour file').setInputFiles(broken);
  const alert = tours.getByRole('alert');
  await expect(alert).toContainText('"broken.yaml" could not be used');
  await expect(alert).toContainText('2 things need fixing');
  await expect(alert).toContainText('Line 10, step 2 (focus): no node with id "drug:no-such-drug"');
  await expect(alert).toContainText('Line 11, step 2 (sources): unknown source "made-up-2024"');
  await expect(page.getByRole('region', { name: 'Tour', exact: true })).toBeHidden();
  await tours.getByRole('button', { name: 'New tour' }).click();
  await expect(page.getByRole('region', { name: 'Tour editor' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a tour shared as a link opens for the recipient, who can keep it; a broken link is reported', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAtlas(page);
  const editor = await writeThreeStepTour(page);
  await editor.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved');
  await editor.getByRole('button', { name: 'Close the editor' }).click();
  const tours = await openTours(page);
  await tours.getByRole('button', { name: `Share link to "${TITLE}"` }).click();
  const linkField = tours.getByRole('textbox', { name: `Link to “${TITLE}”` });
  const link = await linkField.inputValue();
  expect(link).toMatch(/#tour-data=[A-Za-z0-9_-]+$/);
  expect(link.length).toBeLessThan(8000);

  const recipient = await context.browser()!.newContext();
  const other = await recipient.newPage();
  await openAtlas(other, link.replace(/^https?:\/\/[^/]+/, test.info().project.use.baseURL ?? ''));
  await expect(other.getByRole('region', { name: 'Tour', exact: true }).getByText(NARRATIONS[0] ?? '')).toBeVisible();
  await expect(other).not.toHaveURL(/tour-data/);
  await other
    .getByRole('region', { name: 'Shared tour' })
    .getByRole('button', { name: 'Keep it in Your tours' })
    .click();
  await other.getByRole('button', { name: 'Leave tour' }).click();
  await other.getByRole('button', { name: 'Tours' }).click();
  await expect(other.getByRole('list', { name: 'Your tours' }).getByRole('heading', { name: TITLE })).toBeVisible();

  // A link cut short or changed on the way: said plainly, and the page works as usual.
  const broken = await recipient.newPage();
  const errors = collectErrors(broken);
  await openAtlas(broken, '/#tour-data=bm90LWEtdG91cg');
  await expect(broken.getByRole('region', { name: 'Tours' }).getByRole('alert')).toContainText(
    '"The shared link" could not be used',
  );
  await expect(broken.getByRole('region', { name: 'Tour', exact: true })).toBeHidden();
  await searchAndPick(broken, 'ketamine', 'Ketamine');
  expect(errors).toEqual([]);
  await recipient.close();
});

test('the tour editor has no serious accessibility problems', async ({ page }) => {
  await openAtlas(page);
  await writeThreeStepTour(page);
  const results = await axe(page)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(seriousViolations(results)).toEqual([]);
});
