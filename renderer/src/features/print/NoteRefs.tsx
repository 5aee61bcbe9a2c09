type NoteRefsProps = Readonly<{ numbers: readonly number[] }>;

/** Footnote markers for a row's analyst notes. */
export function NoteRefs({ numbers }: NoteRefsProps) {
  return (
    <>
      {numbers.map((number) => (
        <sup key={number}>[{number}]</sup>
      ))}
    </>
  );
}
