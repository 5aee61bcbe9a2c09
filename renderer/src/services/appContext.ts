import { createContext, useContext } from 'react';
import type { Host } from '../platform';
import type { ImportController } from './importController';
import type { PrintoutRegistry } from './printouts';

export type AppServices = Readonly<{ host: Host; imports: ImportController; printouts: PrintoutRegistry }>;

export const AppServicesContext = createContext<AppServices | null>(null);

/** The platform host, the import controller and the current view's printout, provided once by `App`. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside <App>');
  return services;
}
