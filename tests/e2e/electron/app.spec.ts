import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';
import { ELECTRON_SKIP_REASON, electronAvailable, expect, test, type DesktopWindow } from './fixtures';

test.describe('Electron app', () => {
  test.skip(!electronAvailable(), ELECTRON_SKIP_REASON);

  test('opens one window on the app origin with the Reclass title', async ({ app, page }) => {
    await expect(page).toHaveTitle(/Reclass/);
    expect(page.url()).toMatch(/^app:\/\/reclass\//);
    expect(app.windows()).toHaveLength(1);
  });

  test('imports the sample specs on first start, through main and its worker threads', async ({ page }) => {
    const library = new LibraryPage(page);
    await library.expectClassCount(SEED_TITLES.length);
    const titles = (await library.titles()).map((title) => title.toLowerCase()).sort();
    expect(titles).toEqual([...SEED_TITLES].map((title) => title.toLowerCase()).sort());
  });

  test('the bridge reports the app name and version', async ({ page }) => {
    const info = await page.evaluate(() => (window as DesktopWindow).desktop?.appInfo());
    expect(info).toMatchObject({
      name: 'Reclass',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown as string,
    });
  });
});
