import type { LibraryCorrections } from '../../shared/corrections';

/** Where a CLI command writes; injected so commands are testable without spawning a process. */
export type CliIo = Readonly<{
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** The analyst's corrections read from `--library-export`, applied to every spec a command reads. */
  library?: LibraryCorrections;
}>;

/** A command takes its own arguments (after the command name) and returns the process exit code. */
export type CliCommand = (args: readonly string[], io: CliIo) => Promise<number>;

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
};
