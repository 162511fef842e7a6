import type { Page } from 'playwright-core';

/**
 * What must never reach a person's eyes in the console: the API's and the definitions' internal
 * words. Each with why it is caught.
 */
const INTERNAL: { pattern: RegExp; what: string }[] = [
  { pattern: /\$\.[\w[\]]/, what: 'a JSON path of a definition ($.steps[1]…)' },
  { pattern: /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, what: 'an ISO timestamp (show Beijing time)' },
  { pattern: /\b[a-z]+(?:-[a-z]+)+\b/, what: 'a code (sector, role, state: soe-finance, branch-secretary)' },
  {
    // Not a file name a person gave (setup.pdf, 方案.docx).
    pattern: /\b[a-z]+\.(?!(?:pdf|png|jpe?g|gif|docx?|xlsx?|pptx?|csv|txt|zip|exe)\b)[a-z]+(?:[.-][a-z]+)*\b/,
    what: 'an action or event code (grade.rated)',
  },
  { pattern: /\b[A-Z]+(?:_[A-Z]+)+\b/, what: 'a configuration or error name (PUBLIC_LINK_SECRET)' },
];

/** Ant Design's English texts, which mean its zh-CN locale did not take effect. */
const ENGLISH_COMPONENT_TEXTS = [
  'No data',
  'Select date',
  'Select time',
  'Start date',
  'End date',
  'Select month',
  '/ page',
  'Cancel',
  'Expand',
];

/**
 * The page's visible text (without what is marked `data-scan-ignore`: a login name, issued tokens),
 * each line that shows an internal code, or an English component text while the page is Chinese.
 */
export async function internalTextsOn(page: Page): Promise<string[]> {
  // A string: this project's TypeScript has no DOM types (it runs in the page, not in Node).
  const { text, language } = (await page.evaluate(`(() => {
    let visible = document.body.innerText;
    for (const skipped of document.querySelectorAll('[data-scan-ignore]'))
      if (skipped.innerText) visible = visible.split(skipped.innerText).join(' ');
    return { text: visible, language: document.documentElement.lang };
  })()`)) as { text: string; language: string };
  const found: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line) continue;
    const internal = INTERNAL.find(({ pattern }) => pattern.test(line));
    if (internal) found.push(`${internal.what}: «${line}»`);
    else if (language.startsWith('zh')) {
      const english = ENGLISH_COMPONENT_TEXTS.find((t) => line.includes(t));
      if (english) found.push(`an English component text in the Chinese console («${english}»): «${line}»`);
    }
  }
  return found;
}

/** Fails the test when the page shows internal codes or, in Chinese, English component texts. */
export async function expectNoInternalCodes(page: Page): Promise<void> {
  const found = await internalTextsOn(page);
  if (found.length) throw new Error(`${page.url()} shows internal texts:\n${found.join('\n')}`);
}
