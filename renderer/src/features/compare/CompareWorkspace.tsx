import type { ActivityModel } from '../../../../shared/compare';
import { useMemo, useRef, useState } from 'react';
import { ALGO_VERSION } from '../../../../shared/compare';
import { isCorrectedRecord } from '../../../../shared/corrections';
import {
  buildComparisonReport,
  buildComparisonSheets,
  displayTitle,
  provenanceRow,
  renderComparisonHtml,
} from '../../../../shared/report';
import { isTypedSubjectId } from '../../../../shared/study';
import { navigate } from '../../routing';
import type { ComparisonRow, CorrectedStoredSpec } from '../../db';
import { CompareAnnotator, useComparisonAnnotations } from '../annotations';
import { ExportMenu } from '../export';
import { CaseFields } from './CaseFields';
import { CompareHeader } from './CompareHeader';
import { ConceptTable } from './ConceptTable';
import { DutyTable } from './DutyTable';
import { FactorTable } from './FactorTable';
import { LinkDutiesForm } from './LinkDutiesForm';
import { SaveBar } from './SaveBar';
import { useComparisonWorkspace } from './useComparisonWorkspace';
import { useDifferenceNavigation } from './useDifferenceNavigation';

type CompareWorkspaceProps = Readonly<{
  left: CorrectedStoredSpec;
  right: CorrectedStoredSpec;
  saved: ComparisonRow | null;
  initialThreshold: number;
  /** Work-activity model for duty matching; null matches on words alone. */
  activities: ActivityModel | null;
  onThresholdChange: (threshold: number) => void;
  /** The analyst's first change stored this comparison under a new id. */
  onCreated: (id: number) => void;
  /** Preparer and case number printed on every page for a study's comparisons (the study's); without it the analyst types them here. */
  printFields?: Readonly<{ preparer?: string; caseNumber?: string }>;
}>;

// A position typed into a study has no file behind it.
const sourceOf = (row: CorrectedStoredSpec) =>
  isTypedSubjectId(row.id)
    ? null
    : { id: row.id, version: row.version, sourceName: row.sourceName, employer: row.employer };

const today = (): string =>
  new Date().toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });

/** The side-by-side comparison of two loaded specs: concept, factors, duties, overrides, notes, print and export. */
export function CompareWorkspace({
  left,
  right,
  saved,
  initialThreshold,
  onThresholdChange,
  onCreated,
  activities,
  printFields,
}: CompareWorkspaceProps) {
  const defaultName = saved?.name ?? `${left.title || 'Class A'} vs ${right.title || 'Class B'}`;
  const workspace = useComparisonWorkspace({
    left,
    right,
    saved,
    defaultName,
    initialThreshold,
    onThresholdChange,
    onCreated,
    activities,
  });
  const [differencesOnly, setDifferencesOnly] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  useDifferenceNavigation(container);

  const { comparison, notes } = workspace;
  const printed = printFields ?? workspace.printFields;
  const annotations = useComparisonAnnotations(left, right);
  const titleA = displayTitle(comparison.a, 'Class A');
  const titleB = displayTitle(comparison.b, 'Class B');
  const corrected = useMemo(
    () => ({ a: isCorrectedRecord(left.spec), b: isCorrectedRecord(right.spec) }),
    [left.spec, right.spec],
  );
  const report = useMemo(
    () =>
      buildComparisonReport({
        comparison,
        dutiesA: left.spec.duties.map((duty) => duty.text),
        dutiesB: right.spec.duties.map((duty) => duty.text),
        notes,
        differencesOnly,
        generatedOn: today(),
        corrected,
        ...(saved ? { name: saved.name } : {}),
        annotations,
        provenance: [provenanceRow('A', left.spec, sourceOf(left)), provenanceRow('B', right.spec, sourceOf(right))],
        ...(printed.preparer ? { preparer: printed.preparer } : {}),
        ...(printed.caseNumber ? { caseNumber: printed.caseNumber } : {}),
      }),
    [
      comparison,
      left,
      right,
      notes,
      differencesOnly,
      saved,
      corrected,
      annotations,
      printed.preparer,
      printed.caseNumber,
    ],
  );
  const sheets = useMemo(() => buildComparisonSheets(report, comparison.coverage), [report, comparison.coverage]);
  const noteOf = (rowKey: string): string => notes.find((note) => note.rowKey === rowKey)?.text ?? '';

  return (
    <div className="compare-workspace" ref={container}>
      {workspace.staleAlgoVersion !== null && (
        <div className="notice notice--warning" role="alert">
          <p>
            This comparison was saved with comparison engine version {workspace.staleAlgoVersion}; the engine is now
            version {ALGO_VERSION}. The alignment below is the current engine's, with your {workspace.overrides.length}{' '}
            override(s) applied to it — check them before relying on the result.
          </p>
          <button type="button" onClick={workspace.acceptEngineVersion}>
            I have checked them
          </button>
        </div>
      )}
      {comparison.skipped.length > 0 && (
        <div className="notice notice--warning" role="alert">
          {comparison.skipped.length} saved override(s) no longer fit these duties and were not applied:{' '}
          {comparison.skipped.map((item) => `${item.kind} A${item.a + 1}–B${item.b + 1}`).join(', ')}.
        </div>
      )}
      <CompareHeader
        a={comparison.a}
        b={comparison.b}
        aVersion={left}
        bVersion={right}
        corrected={corrected}
        coverage={comparison.coverage}
        onThresholdChange={workspace.setThreshold}
      />
      <div className="compare-toolbar">
        <SaveBar
          savedName={saved?.name ?? null}
          defaultName={defaultName}
          overrideCount={workspace.overrides.length}
          noteCount={notes.length}
          saveState={workspace.saveState}
          onRetry={workspace.retrySave}
          onSaveCopy={async (name) => {
            const id = await workspace.saveCopyAs(name);
            navigate({ name: 'compare', a: left.id, b: right.id, savedId: id });
          }}
        />
        {!printFields && <CaseFields values={workspace.printFields} onChange={workspace.setPrintField} />}
        <label className="toggle">
          <input
            type="checkbox"
            checked={differencesOnly}
            onChange={(event) => setDifferencesOnly(event.target.checked)}
          />{' '}
          Differences only
        </label>
        <p className="muted keyboard-hint">
          Keys: <kbd>n</kbd> next difference, <kbd>p</kbd> previous.
        </p>
        <ExportMenu title={report.name} sheets={sheets} html={() => renderComparisonHtml(report)} />
      </div>
      <ConceptTable rows={report.concept} titleA={titleA} titleB={titleB} noteOf={noteOf} onNote={workspace.setNote} />
      <FactorTable
        rows={report.factors}
        gaps={comparison.factors}
        textA={left.spec.text}
        textB={right.spec.text}
        titleA={titleA}
        titleB={titleB}
        noteOf={noteOf}
        onNote={workspace.setNote}
      />
      <LinkDutiesForm dutiesA={left.spec.duties} dutiesB={right.spec.duties} onLink={workspace.link} />
      <CompareAnnotator a={left} b={right}>
        <DutyTable
          rows={report.duties}
          hiddenSame={report.hiddenSameDuties}
          titleA={titleA}
          titleB={titleB}
          noteOf={noteOf}
          onUnlink={workspace.unlink}
          onNote={workspace.setNote}
        />
      </CompareAnnotator>
    </div>
  );
}
