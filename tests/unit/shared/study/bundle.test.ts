import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeStudyBundle, encodeStudyBundle, type Sha256 } from '../../../../shared/study';
import { seedMaterials } from './studyFixture';

const sha256: Sha256 = (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex'));
const materials = seedMaterials();
const encode = () => encodeStudyBundle(materials, sha256, 1_800_000_000_000);
const text = async () => new TextDecoder().decode(await encode());
const bytesOf = (value: string) => new TextEncoder().encode(value);

describe('study bundle', () => {
  it('reads back exactly what was written', async () => {
    const reading = await decodeStudyBundle(await encode(), sha256);
    expect(reading).toEqual({
      ok: true,
      materials: JSON.parse(JSON.stringify(materials)) as unknown,
      exportedAt: 1_800_000_000_000,
    });
  });

  it('says a truncated bundle is cut short', async () => {
    const whole = await encode();
    const reading = await decodeStudyBundle(whole.slice(0, Math.floor(whole.length / 2)), sha256);
    expect(reading).toEqual({
      ok: false,
      reason: 'The bundle is damaged or cut short: it ends before the study does.',
    });
  });

  it('catches a changed character through the checksum', async () => {
    const damaged = (await text()).replace(
      'Half the time goes to supervising a unit.',
      'Half the time goes to supervising a unix.',
    );
    expect(await decodeStudyBundle(bytesOf(damaged), sha256)).toEqual({
      ok: false,
      reason: 'The bundle is damaged: its checksum does not match its content.',
    });
  });

  it('refuses a foreign file and binary bytes', async () => {
    expect(await decodeStudyBundle(bytesOf('{"name":"something else"}'), sha256)).toEqual({
      ok: false,
      reason: 'The file is not a Reclass study bundle.',
    });
    expect(await decodeStudyBundle(new Uint8Array([0xff, 0xfe, 0x00, 0x81]), sha256)).toEqual({
      ok: false,
      reason: 'The file is not a Reclass study bundle (it is not text).',
    });
    expect((await decodeStudyBundle(bytesOf('PK\u0003\u0004 zip'), sha256)).ok).toBe(false);
  });

  it('refuses a bundle from a newer format and says to update', async () => {
    const newer = (await text()).replace('"formatVersion":1', '"formatVersion":2');
    const reading = await decodeStudyBundle(bytesOf(newer), sha256);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(/newer Reclass \(format 2\).*Update Reclass/u);
  });

  it('refuses a well-formed bundle whose study refers to a document it does not carry', async () => {
    const incomplete = await encodeStudyBundle({ ...materials, specs: materials.specs.slice(1) }, sha256, 0);
    expect(await decodeStudyBundle(incomplete, sha256)).toEqual({
      ok: false,
      reason: 'The bundle is incomplete: it refers to 1 document(s) it does not contain.',
    });
  });

  it('refuses a payload that is not a study, even with a valid checksum', async () => {
    const broken = await encodeStudyBundle(
      {
        ...materials,
        study: { ...materials.study, status: 'pending' as 'open' },
      },
      sha256,
      0,
    );
    const reading = await decodeStudyBundle(broken, sha256);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(/^The bundle does not hold a valid study \(study\.status/u);
  });
});
