import { processIo, type CliCommand, type CliIo } from './io';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse <file...> [--json] [--with-text] [--timeout <s>]   structured record of each class specification
  compare <a> <b> [--json] [--threshold 0.7]               duty alignment, coverage and factor gaps
          [--html out.html] [--pdf out.pdf]                ...and write the side-by-side printout
          [--preparer <name>] [--case <number>]            ...with the preparer and case number on every page
  series <file or folder...> [--json] [--calibrate]        class series ladder with inversions
  bestfit <file> --library <folder> [--limit 10] [--json]  rank library classes against one spec
  study report <bundle> [--pdf out.pdf] [--docx out.docx]  a study's reclassification report from its bundle
          [--html out.html]
`;

// Loaded on demand so `parse` does not pay for the comparison engine and vice versa.
const commands: Readonly<Record<string, () => Promise<CliCommand>>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  compare: async () => (await import('./commands/compare')).compareCommand,
  series: async () => (await import('./commands/series')).seriesCommand,
  bestfit: async () => (await import('./commands/bestfit')).bestfitCommand,
  study: async () => (await import('./commands/study')).studyCommand,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.err(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  return (await load())(rest, io);
}

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`reclass: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
