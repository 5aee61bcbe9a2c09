import type { CliCommand } from '../io';

export const parseCommand: CliCommand = async (_args, io) => {
  io.err('parse: not built yet');
  return 1;
};
