import { z } from 'zod';
import type { ClassSpec } from '../model';
import { studySchema } from './studySchema';

const span = z.object({ start: z.number(), end: z.number() });

/** The parts of a parsed spec the study, its comparisons and its report read; the rest travels as it is. */
const classSpecSchema = z.looseObject({
  title: z.string().nullable(),
  code: z.string().nullable(),
  grade: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  effectiveDate: z.string().nullable(),
  revisedDate: z.string().nullable(),
  spans: z.record(z.string(), span),
  sections: z.array(
    z.looseObject({
      kind: z.string(),
      heading: z.string(),
      span,
      bodySpan: span,
      headingSpan: span,
    }),
  ),
  duties: z.array(
    z.looseObject({
      text: z.string(),
      category: z.enum(['essential', 'other']),
      span,
      percentTime: z.number().optional(),
    }),
  ),
  qualifications: z.looseObject({}),
  factorStatements: z.record(z.string(), z.unknown()),
  factors: z.record(
    z.string(),
    z.looseObject({
      key: z.string(),
      level: z.number(),
      scaleSize: z.number(),
      label: z.string(),
      text: z.string(),
    }),
  ),
  family: z.array(z.string()),
  documentKind: z.string(),
  warnings: z.array(z.unknown()),
  text: z.string(),
});

/** One imported version of a document, as the library stores it (its id is the SHA-256 of the file's bytes). */
export const specDocumentSchema = z.looseObject({
  id: z.string().regex(/^[0-9a-f]{64}$/u, 'a SHA-256 hex digest'),
  classKey: z.string(),
  version: z.number().int().min(1),
  sourceName: z.string(),
  format: z.string(),
  size: z.number(),
  importedAt: z.number(),
  employer: z.string(),
  title: z.string(),
  code: z.string(),
  spec: classSpecSchema,
});

const overrideSchema = z.object({
  kind: z.enum(['link', 'unlink']),
  a: z.number().int(),
  b: z.number().int(),
});

/** A subject-vs-candidate comparison as the study keeps it: the analyst's links and row notes. */
export const studyComparisonSchema = z.looseObject({
  id: z.number().int().optional(),
  name: z.string(),
  leftId: z.string(),
  rightId: z.string(),
  threshold: z.number().gt(0).max(1),
  algoVersion: z.number(),
  overrides: z.array(overrideSchema),
  notes: z.array(z.object({ rowKey: z.string(), text: z.string() })),
  studyUid: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** An annotation on one of the study's documents (its other fields travel as they are). */
/** An annotation row as the library stores it (renderer/src/db AnnotationRow); the report needs its passage and note. */
export const studyAnnotationSchema = z.looseObject({
  specId: z.string(),
  status: z.enum(['anchored', 'orphaned']).optional(),
  target: z.looseObject({ quote: z.looseObject({ exact: z.string() }) }),
  note: z.string(),
  createdAt: z.number(),
});

/** Everything a study report or bundle needs: the study, the documents in the versions it used, its comparisons, the annotations on those documents. */
export const studyMaterialsSchema = z.object({
  study: studySchema.extend({ id: z.number().int().optional() }),
  specs: z.array(specDocumentSchema),
  comparisons: z.array(studyComparisonSchema),
  annotations: z.array(studyAnnotationSchema),
});

export type SpecDocument = Readonly<{
  id: string;
  classKey: string;
  version: number;
  sourceName: string;
  format: string;
  size: number;
  importedAt: number;
  employer: string;
  title: string;
  code: string;
  spec: ClassSpec;
}>;
export type StudyComparisonRecord = z.infer<typeof studyComparisonSchema>;
export type StudyAnnotation = Readonly<{
  specId: string;
  status?: 'anchored' | 'orphaned';
  target: Readonly<{ quote: Readonly<{ exact: string }> }>;
  note: string;
  createdAt: number;
}>;
export type StudyMaterials = Readonly<{
  study: z.infer<typeof studyMaterialsSchema>['study'];
  specs: readonly SpecDocument[];
  comparisons: readonly StudyComparisonRecord[];
  annotations: readonly StudyAnnotation[];
}>;

/** The ids of every document the study refers to: its subject, candidates, current/requested/recommended classes. */
export function studySpecIds(study: StudyMaterials['study']): string[] {
  const ids = [
    study.subject.kind === 'library' ? study.subject.specId : null,
    study.currentClassId,
    study.requestedClassId,
    ...study.candidates.map((candidate) => candidate.specId),
    study.decision.recommendedClassId,
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
}

/** The passage an annotation is attached to. */
export const annotationQuote = (annotation: StudyAnnotation): string => annotation.target.quote.exact;

/** What the analyst wrote on the passage. */
export const annotationText = (annotation: StudyAnnotation): string => annotation.note;
