import { useId, useState } from 'react';
import { decodeStudyBundle, type StudyMaterials } from '../../../../shared/study';
import { navigate } from '../../routing';
import { applyStudyBundle, type BundleMode, type BundlePlan, planStudyImport } from '../../db';
import { webSha256 } from './studyFiles';

type Pending = Readonly<{
  materials: StudyMaterials;
  plan: BundlePlan;
  fileName: string;
}>;

/** Imports a study bundle: refused with the reason when damaged or foreign; a study already here is offered as a copy or an update. */
export function BundleImport() {
  const id = useId();
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState<Pending | null>(null);

  const read = async (file: File): Promise<void> => {
    setPending(null);
    setMessage(`Reading ${file.name}…`);
    const reading = await decodeStudyBundle(new Uint8Array(await file.arrayBuffer()), webSha256);
    if (!reading.ok) {
      setMessage(`Nothing was imported from ${file.name}: ${reading.reason}`);
      return;
    }
    const plan = await planStudyImport(reading.materials);
    if (plan.existingStudyId !== null) {
      setPending({ materials: reading.materials, plan, fileName: file.name });
      setMessage(
        `The study “${reading.materials.study.name}” is already here. Import it as a copy, or update the one here with the bundle’s version?`,
      );
      return;
    }
    await apply(reading.materials, 'new');
  };

  const apply = async (materials: StudyMaterials, mode: BundleMode): Promise<void> => {
    const result = await applyStudyBundle(materials, mode, Date.now(), () => crypto.randomUUID());
    setPending(null);
    if (!result.ok) {
      setMessage(`Nothing was imported: ${result.message}`);
      return;
    }
    const reused = materials.specs.length - result.addedSpecs;
    setMessage(
      `Imported “${materials.study.name}”: ${result.addedSpecs} document(s) added, ${reused} already in the library.`,
    );
    navigate({ name: 'study', studyId: result.studyId });
  };

  return (
    <div className="study-import">
      <label htmlFor={id}>Import a study bundle</label>{' '}
      <input
        id={id}
        type="file"
        accept=".reclass-study,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file)
            void read(file).catch((error: unknown) =>
              setMessage(`Nothing was imported: ${error instanceof Error ? error.message : String(error)}`),
            );
        }}
      />
      <p role="status">{message}</p>
      {pending && (
        <div role="group" aria-label="Study already here">
          <button type="button" onClick={() => void apply(pending.materials, 'copy')}>
            Import as a copy
          </button>{' '}
          <button type="button" onClick={() => void apply(pending.materials, 'update')}>
            Update the study here
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setPending(null);
              setMessage('Import cancelled; nothing was changed.');
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
