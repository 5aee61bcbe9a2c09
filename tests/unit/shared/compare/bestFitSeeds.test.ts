import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActivityModel, prepareBestFitIndex, rankBestFit, type BestFitIndex } from '../../../../shared/compare';
import { specFromText } from '../../../../shared/import';
import { generateLibrary } from '../../../fixtures/compare/generateLibrary';

// Best fit as the app runs it (work-activity model loaded) over the seeds among 200 generated classes.
const read = (name: string) => specFromText(readFileSync(`seeds/${name}`, 'utf8'));
const houstonSupervisor = read('001_9c6110c3b2aa3f37.txt');
const portlandSupervisor = read('004_3aad121bddd0fb26.txt');
const houstonSeries = ['000_b5875853682912a9.txt', '002_82adbe1bc5983dff.txt', '003_fc5f7224926b921b.txt'].map(read);
let index: BestFitIndex;

beforeAll(async () => {
  const activities = await loadActivityModel();
  index = prepareBestFitIndex(
    [
      { id: 'houston', spec: houstonSupervisor },
      { id: 'portland', spec: portlandSupervisor },
      ...houstonSeries.map((spec, position) => ({ id: `houston-series-${position}`, spec })),
      ...generateLibrary(200, 3).map((spec, position) => ({ id: `generated-${position}`, spec })),
    ],
    { activities },
  );
}, 60_000);

describe('best fit across employers', () => {
  it("ranks Portland's Customer Service Supervisor first for Houston's, above Houston's own series", () => {
    expect(rankBestFit(houstonSupervisor, index, { excludeId: 'houston' })[0]?.id).toBe('portland');
  });

  it("ranks Houston's Customer Service Supervisor among the first two for Portland's", () => {
    const ranked = rankBestFit(portlandSupervisor, index, { excludeId: 'portland', limit: 2 });
    expect(ranked.map((entry) => entry.id)).toContain('houston');
  });
});
