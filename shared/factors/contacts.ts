import type { FactorKey, FactorReading } from '../model';
import { readCueScale } from './cueScale';
import { CONTACT_NATURE, CONTACT_PARTY } from './cueScales';
import type { TextSource } from './sentences';

/**
 * Contacts rank first by the nature of the interaction (routine/courtesy < tact/cooperation <
 * sensitivity < persuasion/negotiation), then by whom they are with (staff and public <
 * professionals < senior officials): level = nature × 3 + party, on a 12-step scale.
 */
export function readContacts(
  key: Extract<FactorKey, 'internal_contacts' | 'external_contacts'>,
  source: TextSource,
): FactorReading | null {
  const nature = readCueScale({ key, ...CONTACT_NATURE }, source);
  const party = readCueScale({ key, ...CONTACT_PARTY }, source);
  if (!nature && !party) return null;
  const natureLevel = nature?.level ?? 0;
  const partyLevel = party?.level ?? 0;
  const evidenceParts = [party, nature].filter((reading): reading is FactorReading => reading !== null);
  const start = Math.min(...evidenceParts.map((reading) => reading.evidence.start));
  const end = Math.max(...evidenceParts.map((reading) => reading.evidence.end));
  const text = [...new Set(evidenceParts.map((reading) => reading.text))].join(' ');
  const label = `${nature?.label ?? 'nature not stated'}, with ${party?.label ?? 'unstated parties'}`;
  return {
    key,
    level: natureLevel * CONTACT_PARTY.scaleSize + partyLevel,
    scaleSize: CONTACT_NATURE.scaleSize * CONTACT_PARTY.scaleSize,
    label,
    evidence: { start, end },
    text,
    basis: 'cue',
  };
}
