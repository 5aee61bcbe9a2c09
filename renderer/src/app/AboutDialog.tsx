import { useEffect, useRef } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';

type AboutDialogProps = Readonly<{ info: AppInfo; onClose: () => void }>;

export function AboutDialog({ info, onClose }: AboutDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);
  return (
    <dialog ref={dialogRef} aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">{info.name}</h2>
      <p>Version {info.version}</p>
      <p>{info.platform}</p>
      <p>Works offline: every document stays on this computer.</p>
      <button type="button" onClick={() => dialogRef.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
