import { BackupPanel } from './BackupPanel';
import { RestorePanel } from './RestorePanel';
import { TrashPanel } from './TrashPanel';

/** #/data: backup, restore and the Trash. */
export function DataView() {
  return (
    <section className="data-view" aria-labelledby="data-title">
      <h1 id="data-title">Backup &amp; Trash</h1>
      <BackupPanel />
      <RestorePanel />
      <TrashPanel />
    </section>
  );
}
