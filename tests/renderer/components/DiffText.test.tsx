import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DiffText } from '../../../renderer/src/components/DiffText';

describe('DiffText', () => {
  it('marks added words with <ins> and removed words with <del>', () => {
    const { container } = render(
      <p>
        <DiffText
          segments={[
            { kind: 'same', text: 'Plans ' },
            { kind: 'removed', text: 'work' },
            { kind: 'added', text: 'operations' },
          ]}
        />
      </p>,
    );
    expect(container.querySelector('del')?.textContent).toBe('work');
    expect(container.querySelector('ins')?.textContent).toBe('operations');
    expect(container.textContent).toBe('Plans workoperations');
  });

  it.each(['<img src=x onerror="alert(1)">', '<script>alert(2)</script>', '<b onmouseover=alert(3)>x</b>'])(
    'shows hostile document text as text: %s',
    (text) => {
      const { container } = render(
        <p>
          <DiffText
            segments={[
              { kind: 'added', text },
              { kind: 'same', text },
            ]}
          />
        </p>,
      );
      expect(container.querySelectorAll('img, script, b')).toHaveLength(0);
      expect(container.textContent).toBe(text + text);
    },
  );

  it('says the duty is missing when a side has none', () => {
    const { container } = render(
      <p>
        <DiffText segments={null} missing="Not in B" />
      </p>,
    );
    expect(container.textContent).toBe('— Not in B —');
  });
});
