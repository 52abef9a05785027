import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, onTestFailed, onTestFinished } from 'vitest';
import { REPO_ROOT } from '../../server/src/config.js';
import { DEMO_PASSWORD } from '../../server/src/db/seed/demo.js';
import { SmtpSink } from './smtp-sink.js';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

const require = createRequire(import.meta.url);

/** Debian's chromium package; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * `describe` for browser flows. Without Chromium they are skipped with a loud warning on a
 * developer machine, and fail on CI (CI=true), where skipping would hide a broken install.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      throw new Error(`${CHROMIUM_PATH} is missing on CI; .ci/run installs it with apt-get install -y chromium`);
    });
    return;
  }
  console.warn(
    `\n${'!'.repeat(78)}\n!! BROWSER TESTS SKIPPED: ${CHROMIUM_PATH} not found. Install it: apt-get install -y chromium\n${'!'.repeat(78)}\n`,
  );
  describe.skip(name, body);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS });
}

/** Saves a screenshot of each page to test-results/ when the current test fails. */
export function screenshotOnFailure(pages: Record<string, Page>): void {
  onTestFailed(async ({ task }) => {
    const dir = path.join(REPO_ROOT, 'test-results');
    await mkdir(dir, { recursive: true });
    for (const [who, page] of Object.entries(pages)) {
      const file = path.join(dir, `${task.name.replace(/[^\w]+/g, '-').slice(0, 80)}-${who}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`screenshot: ${file}`);
    }
  });
}

/** Opens the app at `baseUrl` and signs in through the form, as a person would. */
export async function signInThroughForm(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/**
 * WCAG colour-contrast problems (axe-core's `color-contrast` rule) inside `selector`, each as
 * "text: ratio (needs N)": what a person with low vision or a bright screen could not read.
 */
export async function contrastProblems(page: Page, selector: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy rightly refuses script tags.
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: any[] }> } }).axe;
    const { violations } = await axe.run(context, { runOnly: ['color-contrast'] });
    return violations.flatMap((v) =>
      v.nodes.map((n: any) => {
        const data = n.any[0]?.data ?? {};
        return `${n.target.join(' ')} "${n.html.replace(/<[^>]+>/g, '').slice(0, 60)}": ${data.contrastRatio} (needs ${data.expectedContrastRatio})`;
      }),
    );
  }, selector);
}

export interface BrowserFlow {
  /** The server of this file's flows (started before the first test, stopped after the last). */
  readonly server: TestServer;
  readonly browser: Browser;
  /** With `smtpSink`: the SMTP server that receives the mail of the file's server. */
  readonly sink: SmtpSink;
  /**
   * A fresh browser profile (its own cookies and storage) for one person of the current test, not
   * signed in (e.g. a customer); a screenshot of it is saved if the test fails.
   */
  newPage(who?: string): Promise<Page>;
  /** The same, signed in through the form (demo password unless given), on this file's server or `on`. */
  signedIn(email: string, options?: { who?: string; password?: string; on?: TestServer }): Promise<Page>;
  /** Another server for the current test only (e.g. without SMTP), stopped when the test ends. */
  startServer(options?: TestServerOptions): Promise<TestServer>;
}

export interface BrowserFlowOptions {
  /** Starts an SMTP sink (`flow.sink`) before the server, which sends its mail there unless its config says otherwise. */
  smtpSink?: boolean;
  /** Runs once the server started, before the first test (e.g. pausing its timers). */
  afterStart?: (server: TestServer) => Promise<void> | void;
  /** Prepares each person's browser context before its page opens (e.g. a fake clock, permissions). */
  prepareContext?: (context: BrowserContext) => Promise<void> | void;
}

/**
 * The fixture of a browser test file: one server and one Chromium for its flows, pages per person
 * with a screenshot on failure. Call it at the top of a `describeInBrowser` body.
 */
export function browserFlow(
  serverOptions: () => TestServerOptions | Promise<TestServerOptions> = () => ({}),
  { smtpSink = false, afterStart, prepareContext }: BrowserFlowOptions = {},
): BrowserFlow {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const sink = smtpSink ? new SmtpSink() : undefined;
  beforeAll(async () => {
    await sink?.start();
    const options = await serverOptions();
    server = await startTestServer({ ...options, config: { ...(sink ? { smtpUrl: sink.url } : {}), ...options.config } });
    await afterStart?.(server);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.stop();
  });
  const flow: BrowserFlow = {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get sink() {
      if (!sink) throw new Error('browserFlow(…, { smtpSink: true }) starts the SMTP sink');
      return sink;
    },
    async newPage(who = 'page') {
      const context = await browser!.newContext();
      await prepareContext?.(context);
      const page = await context.newPage();
      screenshotOnFailure({ [who]: page });
      return page;
    },
    async signedIn(email, { who, password = DEMO_PASSWORD, on } = {}) {
      const page = await flow.newPage(who ?? email.split('@')[0]);
      await signInThroughForm(page, (on ?? server!).url, email, password);
      return page;
    },
    async startServer(options = {}) {
      const extra = await startTestServer(options);
      onTestFinished(() => extra.stop());
      return extra;
    },
  };
  return flow;
}
