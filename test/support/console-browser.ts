import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumExecutable } from './chromium.js';
import { expectNoInternalCodes } from './console-text-scan.js';
import type { TestStack } from './test-stack.js';

/** The console's build the API serves (npm run build:console), and where the e2e specs save screenshots. */
export const CONSOLE_DIR = new URL('../../dist/console/', import.meta.url).pathname;
export const SCREENSHOTS = new URL('../../tmp/e2e-screenshots/', import.meta.url).pathname;
/** The password the e2e specs give the users they log in as. */
export const CONSOLE_PASSWORD = 'console-e2e-passphrase';

export interface ConsoleBrowser {
  /** The API serving the console, once `open` ran. */
  readonly baseUrl: string;
  /** The page of the user who logged in last. */
  readonly page: Page;
  /** In beforeAll: the stack's API listens on a free port, Chromium starts. */
  open(stack: TestStack): Promise<void>;
  /** Each user in a fresh browser context (its own session storage), as on their own computer. */
  logIn(username: string, options?: { timezoneId?: string; locale?: string }): Promise<Page>;
  /** A visitor's phone, no login (the public pages: rating, 三亮, 公示). */
  phone(): Promise<Page>;
  /**
   * Saves a screenshot of the logged-in user's page, or of `on` (a phone) — and fails when it shows
   * internal codes or English component texts in Chinese (console-text-scan.ts): every page a spec
   * photographs is checked.
   */
  shot(name: string, on?: Page): Promise<void>;
  /** Picks an option of an Ant Design select from the keyboard, as a keyboard user would: type, Enter. */
  chooseOption(label: string, option: string): Promise<void>;
}

/**
 * Debian's Chromium (playwright-core, no browser download) on the console the test stack's API
 * serves. Call it before `useTestStack`: its afterAll then runs first and closes the browser, whose
 * open connections (SSE) would otherwise keep the API from closing.
 */
export function useConsoleBrowser(): ConsoleBrowser {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let baseUrl = '';
  afterAll(async () => {
    await browser?.close();
  });
  const current = (): Page => {
    if (!page) throw new Error('log in first');
    return page;
  };
  return {
    get baseUrl() {
      return baseUrl;
    },
    get page() {
      return current();
    },
    async open(stack) {
      if (!existsSync(`${CONSOLE_DIR}index.html`))
        throw new Error(`the console is not built (${CONSOLE_DIR}): run npm run build:console first`);
      await stack.api.listen(0, '127.0.0.1');
      baseUrl = `http://127.0.0.1:${(stack.api.getHttpServer().address() as AddressInfo).port}`;
      mkdirSync(SCREENSHOTS, { recursive: true });
      browser = await chromium.launch({ executablePath: chromiumExecutable(), args: ['--no-sandbox'] });
    },
    async logIn(username, options = {}) {
      if (!browser) throw new Error('open the console browser first');
      await context?.close();
      context = await browser.newContext({
        // An office desktop's 1280 px: the side menu keeps every entry of the longest menu (the
        // branch secretary's nine) visible and clickable by name.
        viewport: { width: 1280, height: 800 },
        locale: options.locale ?? 'zh-CN',
        timezoneId: options.timezoneId ?? 'Asia/Shanghai',
        acceptDownloads: true,
      });
      page = await context.newPage();
      page.on('pageerror', (error) => console.error(`[browser] ${error.message}`));
      await page.goto(`${baseUrl}/console/login`);
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(CONSOLE_PASSWORD);
      await page
        .getByRole('button', { name: '登 录' })
        .or(page.getByRole('button', { name: '登录' }))
        .click();
      return page;
    },
    async phone() {
      if (!browser) throw new Error('open the console browser first');
      return browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true });
    },
    async shot(name, on) {
      const shown = on ?? current();
      await shown.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
      await expectNoInternalCodes(shown);
    },
    async chooseOption(label, option) {
      const p = current();
      // By its label (a Form.Item's <label for> or the select's aria-label), narrowed to the input.
      const select = p.getByRole('combobox').and(p.getByLabel(label, { exact: true }));
      await select.focus();
      await p.keyboard.type(option);
      await p.locator('.ant-select-item-option-active', { hasText: option }).waitFor();
      await p.keyboard.press('Enter');
      await p.locator('.ant-select-selection-item', { hasText: option }).first().waitFor();
    },
  };
}
