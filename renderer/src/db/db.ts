import { AppDb } from './schema';

/** The app's one database; tests construct their own AppDb with a unique name instead. */
export const db = new AppDb();
