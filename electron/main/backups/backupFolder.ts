import { join } from 'node:path';
import { app } from 'electron';

/** Where automatic backups go: a backups/ folder inside the app's user-data folder. */
export function automaticBackupFolder(): string {
  return join(app.getPath('userData'), 'backups');
}
