// A view embedded in a course page: `?embed=1` inside an iframe of another origin (with its storage blocked) shows the
// graph, Details, the legend and a tour without the app's tools, links to the full app, and stays accessible.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { axe, collectErrors, openAtlas, waitForCameraToSettle, seriousViolations } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const TOOLBAR_BUTTONS = ['Tours', 'Export', 'Find path', 'Compare', 'Copy link', 'Copy embed code', 'Undo'];

/**
 * A course site: a real server on this computer (Chromium refuses frames of local addresses in pages that are not),
 * reached as `localhost` on its own port, another origin than the app's 127.0.0.1. Pages are set by the tests.
 */
const pages = new Map<string, string>();
let server: Server;
let course = '';
test.beforeAll(async () => {
  server = createServer((request, response) => {
    const body = pages.get(request.url ?? '');
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  course = `http://localhost:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Opens a course page at `path` on the course site with `body`. */
async function openCourse(page: Page, path: string, body: string): Promise<void> {
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Week 3</title></head><body>${body}</body></html>`,
  );
  await page.goto(`${course}${path}`);
}

/** A course page holding an iframe of `path` on the app's server, at `size`; returns the frame once drawn. */
async function openCoursePage(
  page: Page,
  baseURL: string | undefined,
  path: string,
  size = { width: 960, height: 600 },
): Promise<FrameLocator> {
  const src = `${baseURL ?? ''}${path}`.replaceAll('&', '&amp;');
  await openCourse(
    page,
    `/course-${size.width}.html`,
    `<h1 style="font-size:16px;margin:0 0 8px">Week 3: fast antidepressants</h1>
<iframe src="${src}" title="Synapse Atlas: ketamine" width="${size.width}" height="${size.height}" loading="lazy"
 style="border:1px solid #999"></iframe>`,
  );
  const frame = page.frameLocator('iframe[title="Synapse Atlas: ketamine"]');
  await expect(frame.locator('[data-ready="true"]')).toBeVisible({ timeout: 30_000 });
  return frame;
}

/** Storage a browser may refuse to a third-party frame: every use throws, as in a locked-down browser. */
async function blockStorageInFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window === window.top) return;
    for (const name of ['indexedDB', 'localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('Storage is blocked in this frame.', 'SecurityError');
        },
      });
    }
  });
}

async function expectNoToolbar(scope: FrameLocator | Page): Promise<void> {
  for (const name of TOOLBAR_BUTTONS) await expect(scope.getByRole('button', { name, exact: true })).toHaveCount(0);
  await expect(scope.getByRole('combobox', { name: 'Search the graph' })).toHaveCount(0);
  await expect(scope.getByRole('button', { name: /Find a path from here/ })).toHaveCount(0);
}

test.describe('embedding a view in a course page', () => {
  test.describe.configure({ timeout: 90_000 });

  test('shows the graph and Details in a cross-origin iframe, without tools, even with storage blocked', async ({
    page,
    baseURL,
  }) => {
    const errors = collectErrors(page);
    await blockStorageInFrames(page);
    const frame = await openCoursePage(page, baseURL, '/?focus=drug:ketamine&embed=1');
    await expect(frame.getByRole('region', { name: 'Graph' })).toBeVisible();
    const details = frame.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { name: 'Ketamine', exact: true })).toBeVisible();
    await expect(frame.getByRole('region', { name: 'Legend' })).toBeAttached();
    await expectNoToolbar(frame);
    await expect(frame.getByRole('heading', { name: 'Is this an emergency?' })).toBeAttached();

    const open = frame.getByRole('link', { name: 'Open in Synapse Atlas' });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).not.toContain('embed');
    expect(new URL(href).searchParams.get('focus')).toBe('drug:ketamine');

    // The full app opens in a new tab at the same view, with its tools.
    const [full] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
    await expect(full.locator('[data-ready="true"]')).toBeVisible();
    await expect(
      full.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' }),
    ).toBeVisible();
    await expect(full.getByRole('button', { name: 'Tours', exact: true })).toBeVisible();
    expect(errors.filter((error) => !/Storage is blocked/.test(error))).toEqual([]);
  });

  test('plays a tour in the frame and keeps it embedded from step to step', async ({ page, baseURL }) => {
    const frame = await openCoursePage(page, baseURL, '/?tour=ketamine-fast-acting&step=1&embed=1');
    const player = frame.getByRole('region', { name: 'Tour' });
    await expect(player).toBeVisible();
    await player.getByRole('button', { name: /^Next/ }).click();
    await expect(player.getByText(/^2 \/ \d+$/)).toBeVisible();
    const url =
      page
        .frames()
        .find((each) => each.url().includes('tour='))
        ?.url() ?? '';
    expect(url).toContain('step=2');
    expect(url).toContain('embed=1');
    await expectNoToolbar(frame);
  });

  test('a plain-http page elsewhere is not allowed to frame the app', async ({ page, baseURL }) => {
    // [::1] is this computer too, but not an origin the policy names: it stands for any other http site.
    const port = new URL(course).port;
    pages.set(
      '/elsewhere.html',
      `<!doctype html><title>x</title><iframe src="${baseURL ?? ''}/?embed=1" title="atlas"></iframe>`,
    );
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(`http://[::1]:${port}/elsewhere.html`);
    await refused;
    await expect(page.frameLocator('iframe[title="atlas"]').locator('[data-ready="true"]')).toHaveCount(0);
  });

  test('Copy link offers the embed code: an iframe of this view, and the link copied is the full app', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAtlas(page, '/?focus=drug:ketamine');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText(/Link copied/)).toBeVisible();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByText(/Embed code copied/)).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const iframe = await page.evaluate((html) => {
      const element = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
      return {
        src: element?.getAttribute('src') ?? '',
        title: element?.getAttribute('title') ?? '',
        width: element?.getAttribute('width'),
        loading: element?.getAttribute('loading'),
      };
    }, code);
    expect(new URL(iframe.src).searchParams.get('embed')).toBe('1');
    expect(new URL(iframe.src).searchParams.get('focus')).toBe('drug:ketamine');
    expect(iframe.title).toMatch(/^Synapse Atlas: .*Ketamine/);
    expect(iframe).toMatchObject({ width: '800', loading: 'lazy' });

    // The snippet works as pasted, in a page of another origin.
    await openCourse(page, '/pasted.html', code);
    const frame = page.frameLocator('iframe');
    await expect(
      frame.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' }),
    ).toBeVisible();
  });

  test('has no serious accessibility problem, and reads at a course page’s sizes', async ({ page, baseURL }) => {
    for (const size of [
      { width: 1024, height: 768 },
      { width: 768, height: 1024 },
    ]) {
      await page.setViewportSize(size);
      await openAtlas(page, '/?focus=drug:ketamine&embed=1');
      await waitForCameraToSettle(page);
      await expectNoToolbar(page);
      const details = page.getByRole('region', { name: 'Details' });
      await expect(details).toBeInViewport();
      await expect(page.getByRole('link', { name: 'Open in Synapse Atlas' })).toBeInViewport();
      await expect(page.getByRole('heading', { name: 'Is this an emergency?' })).toBeInViewport();
      await page.screenshot({ path: test.info().outputPath(`embed-${size.width}x${size.height}.png`) });
      const results = await axe(page).withTags(TAGS).analyze();
      const report = test.info().outputPath(`axe-embed-${size.width}.json`);
      writeFileSync(report, JSON.stringify(results.violations, null, 2));
      expect(seriousViolations(results), `embed at ${size.width} × ${size.height}`).toEqual([]);
    }

    // A small iframe in a course page: the graph, the node's name and the way out stay in sight.
    await page.setViewportSize({ width: 800, height: 560 });
    const frame = await openCoursePage(page, baseURL, '/?focus=drug:ketamine&embed=1', { width: 640, height: 420 });
    const graph = await frame.getByRole('region', { name: 'Graph' }).boundingBox();
    expect(graph?.height ?? 0).toBeGreaterThan(200);
    await expect(
      frame.getByRole('region', { name: 'Details' }).getByRole('heading', { name: 'Ketamine' }),
    ).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open in Synapse Atlas' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('embed-640x420.png') });
  });
});
