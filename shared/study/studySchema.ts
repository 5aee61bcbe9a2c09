import { z } from 'zod';

export const STUDY_STATUSES = ['open', 'under_review', 'decided', 'appealed', 'closed'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<StudyStatus, string>> = {
  open: 'Open',
  under_review: 'Under review',
  decided: 'Decided',
  appealed: 'Appealed',
  closed: 'Closed',
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date as YYYY-MM-DD');
const percent = z.number().min(0).max(100);

export const typedDutySchema = z.object({
  text: z.string().trim().min(1, 'a duty needs its text'),
  percentTime: percent.nullable(),
});

/** The position studied: an imported document from the library, or duties typed into the study. */
export const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('library'),
    specId: z.string().min(1),
    /** Percent of time per duty of the document (by index) as the analyst weighed it; null keeps what the document states. */
    percentTime: z.array(percent.nullable()),
  }),
  z.object({
    kind: z.literal('typed'),
    title: z.string(),
    /** What the position description says about the position as a whole (role, supervision). */
    summary: z.string(),
    duties: z.array(typedDutySchema),
  }),
]);

export const candidateSchema = z.object({
  specId: z.string().min(1),
  /** The saved subject-vs-candidate comparison (comparisons table), with its overrides and notes. */
  comparisonId: z.number().int().nullable(),
});

export const statusChangeSchema = z.object({
  status: z.enum(STUDY_STATUSES),
  date: isoDate,
  at: z.number(),
  note: z.string(),
});

export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const FLSA_STATUSES = ['exempt', 'non-exempt'] as const;

export const decisionSchema = z.object({
  recommendedClassId: z.string().nullable(),
  grade: z.string(),
  flsa: z.enum(FLSA_STATUSES).nullable(),
  effectiveDate: isoDate.or(z.literal('')),
  rationale: z.string(),
  confidence: z.enum(CONFIDENCE_LEVELS).nullable(),
});

export const studySchema = z.object({
  /** Identity across machines (bundles); the database row id is local. */
  uid: z.string().min(8),
  name: z.string().trim().min(1, 'the study needs a name'),
  caseNumber: z.string(),
  requester: z.string(),
  positionNumber: z.string(),
  workingTitle: z.string(),
  department: z.string(),
  preparer: z.string(),
  currentClassId: z.string().nullable(),
  requestedClassId: z.string().nullable(),
  subject: subjectSchema,
  candidates: z.array(candidateSchema),
  status: z.enum(STUDY_STATUSES),
  history: z.array(statusChangeSchema).min(1),
  notes: z.string(),
  decision: decisionSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type TypedDuty = z.infer<typeof typedDutySchema>;
export type StudySubject = z.infer<typeof subjectSchema>;
export type StudyCandidate = z.infer<typeof candidateSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type StudyDecision = z.infer<typeof decisionSchema>;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type Study = z.infer<typeof studySchema>;
