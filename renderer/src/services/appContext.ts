import { createContext, useContext } from 'react';
import type { Host } from '../platform';
import type { ImportController } from './importController';

export type AppServices = Readonly<{ host: Host; imports: ImportController }>;

export const AppServicesContext = createContext<AppServices | null>(null);

/** The platform host and the import controller, provided once by `App`. */
export function useAppServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (!services) throw new Error('useAppServices must be used inside <App>');
  return services;
}
