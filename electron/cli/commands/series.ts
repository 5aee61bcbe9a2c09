import type { CliCommand } from '../io';

export const seriesCommand: CliCommand = async (_args, io) => {
  io.err('series: not built yet');
  return 1;
};
