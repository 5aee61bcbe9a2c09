import { chromium, expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, WEB_URL } from '../pages/chromium';
import { LibraryPage } from '../pages/libraryPage';

const SPEC = [
  'CITY OF FAIRVIEW',
  'Class Title: Harbor Master',
  'Class Code: 7781',
  'Pay Grade: 20',
  'ESSENTIAL DUTIES:',
  '• Manages moorings and harbor traffic.',
  '',
].join('\n');

test('the library survives closing and reopening the browser (on-disk profile)', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'reclass-profile-'));
  const specFile = join(profile, '..', `harbor-${Date.now()}.txt`);
  await writeFile(specFile, SPEC);
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
      baseURL: WEB_URL,
    });

  const first = await launch();
  const library = new LibraryPage(first.pages()[0] ?? (await first.newPage()));
  await library.open();
  await library.expectClassCount(5);
  await library.importFiles([specFile]);
  await library.expectClassCount(6);
  await first.close();

  const second = await launch();
  const reopened = new LibraryPage(second.pages()[0] ?? (await second.newPage()));
  await reopened.open();
  await reopened.expectClassCount(6);
  await reopened.searchFor('harbor');
  await expect(reopened.count).toHaveText(/^1 of 6 classes/);
  await second.close();
});
