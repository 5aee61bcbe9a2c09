import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';

/** #/data: backup, restore and the Trash. */
export function DataView() {
  return (
    <section className="data-view" aria-labelledby="data-title">
      <h1 id="data-title">Backup &amp; Trash</h1>
      <BackupPanel />
      <RestorePanel />
    </section>
  );
}
