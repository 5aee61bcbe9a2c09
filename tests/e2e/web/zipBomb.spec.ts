import { expect, test } from '@playwright/test';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { customerServiceSupervisor } from '../../fixtures/extract/sampleSpecs';
import { lyingZipBomb } from '../../fixtures/generateMalformed';
import { renderTxt } from '../../fixtures/generateSpecDocuments';
import { LibraryPage, SEED_TITLES } from '../pages/libraryPage';

test('a DOCX whose zip headers lie about its size is refused in the browser, and the other file is imported', async ({
  page,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'reclass-bomb-web-'));
  const bomb = join(folder, 'lying-bomb.docx');
  const good = join(folder, 'harbor.txt');
  await writeFile(bomb, lyingZipBomb());
  await writeFile(good, renderTxt({ ...customerServiceSupervisor, title: 'Harbor Master', code: '7781' }));
  const library = new LibraryPage(page);
  await library.open();
  await library.expectClassCount(SEED_TITLES.length);

  await library.importFiles([bomb, good]);

  await expect(library.importPanel).toContainText('2 of 2 files · 1 imported, 1 failed');
  await expect(library.failures.getByRole('listitem')).toHaveText(
    /^lying-bomb\.docx: .*possible zip bomb.*whatever its headers declare.*re-save it from Word/,
  );
  await library.expectClassCount(SEED_TITLES.length + 1);
});
