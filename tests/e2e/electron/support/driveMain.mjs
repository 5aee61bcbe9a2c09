// Loads out/main/index.js against the stand-in electron module, drives it like a window would, and prints one JSON report.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recorded } from './fakeElectron.mjs';

const projectRoot = process.argv[2] ?? process.cwd();
await import(pathToFileURL(join(projectRoot, 'out', 'main', 'index.js')).href);
await new Promise((resolve) => setImmediate(resolve));

const trustedFrame = { url: 'app://reclass/index.html' };
const invoke = (channel, frame, ...args) => {
  const events = [];
  let onFinished = () => undefined;
  const finished = new Promise((resolve) => (onFinished = resolve));
  const sender = {
    isDestroyed: () => false,
    send: (_channel, event) => (events.push(event), event.kind === 'finished' && onFinished()),
  };
  const result = recorded.channels
    .get(channel)({ sender, senderFrame: frame }, ...args)
    .then(
      (value) => ({ ok: true, value }),
      (error) => ({ ok: false, error: String(error.message) }),
    );
  return { result, events, finished };
};

const page = await recorded.protocolHandlers.get('app')(new Request('app://reclass/index.html'));
const seeds = invoke('app:importSeeds', trustedFrame);
const seedsResult = await seeds.result;
await seeds.finished;

const firstSeed = join(projectRoot, 'seeds', (await readdir(join(projectRoot, 'seeds'))).sort()[0] ?? '');
const dropped = invoke('app:importDropped', trustedFrame, [firstSeed]);
const droppedResult = await dropped.result;
await dropped.finished;

const saveFolder = await mkdtemp(join(tmpdir(), 'reclass-stand-in-'));
recorded.savePath = join(saveFolder, 'factors');
const saveResult = await invoke(
  'app:saveFile',
  trustedFrame,
  'factors',
  'csv',
  new TextEncoder().encode('factor,a,b\n'),
).result;
const savedText = await readFile(join(saveFolder, 'factors.csv'), 'utf8').catch(() => null);
await rm(saveFolder, { recursive: true, force: true });

console.log(
  JSON.stringify({
    calls: recorded.calls,
    privileged: recorded.privileged,
    windows: recorded.windows,
    channels: [...recorded.channels.keys()],
    menu: recorded.menu.map((item) => item.label),
    page: {
      status: page.status,
      type: page.headers.get('content-type'),
      csp: page.headers.get('content-security-policy'),
    },
    seeds: {
      result: seedsResult,
      events: seeds.events.map((event) => event.kind),
      titles: seeds.events.flatMap((event) => (event.kind === 'imported' ? [event.spec.spec.title] : [])),
    },
    dropped: { result: droppedResult, events: dropped.events.map((event) => event.kind) },
    saved: { result: saveResult, text: savedText },
    untrusted: await invoke('app:importSeeds', { url: 'https://evil.example/' }).result,
    invented: await invoke('app:importDropped', trustedFrame, [join(projectRoot, 'no-such-file.pdf')]).result,
  }),
);
process.exit(0);
