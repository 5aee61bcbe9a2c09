import { expect, test } from '@playwright/test';

test('the web server sends the same Content-Security-Policy as the page, plus frame-ancestors', async ({
  request,
  page,
}) => {
  const response = await request.get('./');
  expect(response.status()).toBe(200);
  const header = response.headers()['content-security-policy'] ?? '';
  await page.goto('./');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

const REFUSED: readonly (readonly [string, string, number])[] = [
  ['encoded dot segments', './..%2f..%2fpackage.json', 400],
  ['encoded backslash segments', './..%5c..%5cpackage.json', 404],
  ['a NUL byte', './index.html%00.txt', 400],
  ['a missing file', './nothing-here.js', 404],
];
for (const [name, path, status] of REFUSED) {
  test(`refuses ${name}`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(status);
  });
}

test('serves scripts and workers with JavaScript MIME types', async ({ request, page }) => {
  await page.goto('./');
  const script = await page.locator('script[type="module"]').first().getAttribute('src');
  const response = await request.get(`./${script?.replace(/^\.\//, '') ?? ''}`);
  expect(response.headers()['content-type']).toMatch(/^text\/javascript/);
});
