import type { CliCommand } from '../io';

export const compareCommand: CliCommand = async (_args, io) => {
  io.err('compare: not built yet');
  return 1;
};
