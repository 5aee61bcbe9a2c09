/** Says that the work-activity data failed to load, so duties are matched on their words alone; nothing while it loads or once it has. */
export function WorkModelAlert({ error }: Readonly<{ error: string | null }>) {
  if (error === null) return null;
  return <p role="alert">The work-activity data did not load ({error}); duties are matched on their words alone.</p>;
}
