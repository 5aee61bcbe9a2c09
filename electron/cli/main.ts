import { processIo, type CliCommand, type CliIo } from './io';
import { takeGlobalOptions } from './libraryCorrections';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  parse <file...> [--json] [--timeout <s>]                 structured record of each class specification (--json includes its text)
  compare <a> <b> [--json] [--threshold 0.7]               duty alignment, coverage and factor gaps
          [--html out.html] [--pdf out.pdf]                ...and write the side-by-side printout
          [--preparer <name>] [--case <number>]            ...with the preparer and case number on every page
  series <file or folder...> [--json] [--calibrate]        class series ladder with inversions
  bestfit <file> --library <folder> [--limit 10] [--json]  rank library classes against one spec
  eval-parse <gold.jsonl> <docs folder> [min] [--details]  field accuracy of the parser against hand-checked records
  reanchor <old> <new> --annotations <anns.json> [--json]  move annotations (offsets into old text) onto a new version
  study report <bundle> [--pdf out.pdf] [--docx out.docx]  a study's reclassification report from its bundle
          [--html out.html]

Option of every command:
  --library-export <file>   apply the analyst's corrections stored in a library backup (the
                            .reclass-backup file "Back up library…" writes, or a bare dexie export
                            JSON): a file the library holds gets the corrections of its version,
                            any other file those of the class it identifies as (a revision);
                            corrections whose passage is not in a file are reported on stderr
`;

// Loaded on demand so `parse` does not pay for the comparison engine and vice versa.
const commands: Readonly<Record<string, () => Promise<CliCommand>>> = {
  parse: async () => (await import('./commands/parse')).parseCommand,
  compare: async () => (await import('./commands/compare')).compareCommand,
  series: async () => (await import('./commands/series')).seriesCommand,
  bestfit: async () => (await import('./commands/bestfit')).bestfitCommand,
  'eval-parse': async () => (await import('./commands/evalParse')).evalParseCommand,
  reanchor: async () => (await import('./commands/reanchor')).reanchorCommand,
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
  const prepared = await takeGlobalOptions(rest, io);
  if (typeof prepared === 'string') {
    io.err(`${name}: ${prepared}`);
    return 2;
  }
  return (await load())(prepared.args, prepared.io);
}

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `reclass: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
