import { useAppServices } from '../../services';
import { AutomaticBackupsPanel } from './AutomaticBackupsPanel';
import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';
import { TrashPanel } from './TrashPanel';

/** #/data: backup, restore (from a file, and in the desktop app from its automatic backups) and the Trash. */
export function DataView() {
  const { host } = useAppServices();
  return (
    <section className="data-view" aria-labelledby="data-title">
      <h1 id="data-title">Backup &amp; Trash</h1>
      <BackupPanel />
      <RestorePanel />
      {host.automaticBackups && <AutomaticBackupsPanel backups={host.automaticBackups} />}
      <TrashPanel />
    </section>
  );
}
