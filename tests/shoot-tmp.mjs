import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:4100';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
async function as(email) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(base);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('tandem-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  return page;
}
const priya = await as('priya@example.com');
await priya.waitForTimeout(2500);
await priya.screenshot({ path: '/tmp/shots/1-ranking.png', fullPage: true });
await priya
  .getByRole('link', { name: /Dark mode/ })
  .first()
  .click();
await priya.waitForTimeout(2000);
await priya.screenshot({ path: '/tmp/shots/2-card.png', fullPage: true });
await priya.goto(base + '/feature-requests/reports');
await priya.waitForTimeout(1500);
await priya.screenshot({ path: '/tmp/shots/3-reports.png', fullPage: true });
await priya
  .getByRole('link', { name: /Sept|Oct|Nov|Jan|Mar|May|Jul/ })
  .first()
  .click();
await priya.waitForTimeout(1500);
await priya.screenshot({ path: '/tmp/shots/4-report.png', fullPage: true });
const lena = await as('lena@example.com');
await lena.goto(base + '/inbox');
await lena.waitForTimeout(1000);
await lena.getByText('Dark mode please').first().click();
await lena.waitForTimeout(2000);
await lena.screenshot({ path: '/tmp/shots/5-ticket.png', fullPage: true });
await browser.close();
