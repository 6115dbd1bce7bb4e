// Records every Content-Security-Policy violation on a page: the browser's events and its console reports.
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts recording before the page's own scripts run; read the result with `violations()`. */
export async function watchCsp(page: Page): Promise<{ violations: () => Promise<string[]> }> {
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return {
    violations: async () => [...(await page.evaluate(() => window.__cspViolations ?? [])), ...consoleReports],
  };
}
