import { z } from 'zod';
import type { SectionKind } from '../model';
import { CORRECTABLE_FIELDS, type Correction } from './types';

// A record, not a list, so adding a section kind to the model fails to compile until it is listed here.
const SECTION_KIND_SET: Readonly<Record<SectionKind, true>> = {
  summary: true,
  distinguishing: true,
  duties: true,
  other_duties: true,
  knowledge: true,
  skills: true,
  abilities: true,
  qualifications: true,
  education: true,
  experience: true,
  substitutions: true,
  licenses: true,
  specifications: true,
  complexity: true,
  impact: true,
  supervision_received: true,
  supervision_exercised: true,
  supervision_direct: true,
  supervision_indirect: true,
  contacts: true,
  internal_contacts: true,
  external_contacts: true,
  physical_effort: true,
  work_environment: true,
  physical_skill: true,
  physical_demands: true,
  job_family: true,
  class_history: true,
  miscellaneous: true,
  application: true,
  salary: true,
  benefits: true,
  other: true,
};

export const SECTION_KINDS = Object.keys(SECTION_KIND_SET) as SectionKind[];

const category = z.enum(['essential', 'other']);
const offset = z.number().int().nonnegative();
const anchor = z
  .object({
    quote: z.string().min(1),
    start: offset,
    end: offset,
    prefix: z.string(),
    suffix: z.string(),
  })
  .readonly();
const base = {
  id: z.string().min(1),
  createdAt: z.number(),
  origin: z.object({ specId: z.string().min(1), version: z.number().int().positive() }).readonly(),
  anchor: anchor.nullable(),
};

/** A correction as stored or exported; anything else in a file is rejected rather than guessed at. */
export const correctionSchema: z.ZodType<Correction> = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('field'),
      field: z.enum(CORRECTABLE_FIELDS),
      value: z.string().nullable(),
    })
    .readonly(),
  z
    .object({
      ...base,
      kind: z.literal('splitDuty'),
      secondStart: z.string().min(1),
      offset,
    })
    .readonly(),
  z.object({ ...base, kind: z.literal('mergeDuties') }).readonly(),
  z.object({ ...base, kind: z.literal('notDuty') }).readonly(),
  z.object({ ...base, kind: z.literal('markDuty'), category }).readonly(),
  z
    .object({
      ...base,
      kind: z.literal('addDuty'),
      text: z.string().min(1),
      category,
    })
    .readonly(),
  z.object({ ...base, kind: z.literal('categorizeDuty'), category }).readonly(),
  z
    .object({
      ...base,
      kind: z.literal('sectionKind'),
      sectionKind: z.enum(SECTION_KINDS as [SectionKind, ...SectionKind[]]),
    })
    .readonly(),
]);
