import type { WebJob } from './webReader';

// Bundled as plain asset URLs, so the bytes reach the import pipeline exactly as shipped.
const SEED_URLS = import.meta.glob<string>('../../../seeds/*', { query: '?url', import: 'default', eager: true });

/** The sample specs that ship with the app, as import jobs (fetched from the app's own origin). */
export function seedJobs(fetchBytes: (url: string) => Promise<ArrayBuffer>): WebJob[] {
  return Object.entries(SEED_URLS)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, url]) => {
      const fileName = path.slice(path.lastIndexOf('/') + 1);
      return { fileName, relativePath: fileName, read: () => fetchBytes(url) };
    });
}
