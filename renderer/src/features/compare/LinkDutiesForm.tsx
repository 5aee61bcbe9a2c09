import { useId, useState } from 'react';
import type { Duty } from '../../../../shared/model';

type LinkDutiesFormProps = Readonly<{
  dutiesA: readonly Duty[];
  dutiesB: readonly Duty[];
  onLink: (a: number, b: number) => void;
}>;

const preview = (duty: Duty, index: number): string =>
  `${index + 1}. ${duty.text.length > 90 ? `${duty.text.slice(0, 90)}…` : duty.text}`;

/** Lets the analyst pair two duties the engine did not align. */
export function LinkDutiesForm({ dutiesA, dutiesB, onLink }: LinkDutiesFormProps) {
  const id = useId();
  const [a, setA] = useState(0);
  const [b, setB] = useState(0);
  if (dutiesA.length === 0 || dutiesB.length === 0) return null;
  return (
    <form
      className="link-form"
      aria-label="Link two duties"
      onSubmit={(event) => {
        event.preventDefault();
        onLink(a, b);
      }}
    >
      <span className="link-form__title">Pair two duties yourself:</span>
      <label htmlFor={`${id}-a`}>Duty in A</label>
      <select id={`${id}-a`} value={a} onChange={(event) => setA(Number(event.target.value))}>
        {dutiesA.map((duty, index) => (
          <option key={index} value={index}>
            {preview(duty, index)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-b`}>Duty in B</label>
      <select id={`${id}-b`} value={b} onChange={(event) => setB(Number(event.target.value))}>
        {dutiesB.map((duty, index) => (
          <option key={index} value={index}>
            {preview(duty, index)}
          </option>
        ))}
      </select>
      <button type="submit">Link duties</button>
    </form>
  );
}
