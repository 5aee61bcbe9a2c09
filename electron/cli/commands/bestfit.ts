import type { CliCommand } from '../io';

export const bestfitCommand: CliCommand = async (_args, io) => {
  io.err('bestfit: not built yet');
  return 1;
};
