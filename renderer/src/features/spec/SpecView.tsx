import { useState } from 'react';
import { routeToHash, seriesRouteOf } from '../../routing';
import { useSpec, useSpecVersions } from '../../db';
import { AddDutyForm } from './corrections/AddDutyForm';
import { CorrectionsPanel } from './corrections/CorrectionsPanel';
import { DutyActions } from './corrections/DutyActions';
import { PassageCorrector } from './corrections/PassageCorrector';
import { RecordFieldsForm } from './corrections/RecordFieldsForm';
import { SectionKindSelect } from './corrections/SectionKindSelect';
import { useCorrectionActions } from './corrections/useCorrectionActions';
import './corrections/corrections.css';
import { AnnotatableSpec } from '../annotations';
import { VersionHistory } from '../history';
import { DeleteControls } from './DeleteControls';
import { DutyList } from './DutyList';
import { FactorTable } from './FactorTable';
import { FamilyLinks } from './FamilyLinks';
import { OriginalText } from './OriginalText';
import { QualificationsPanel } from './QualificationsPanel';
import { SectionOutline } from './SectionOutline';
import { SpecHeader } from './SpecHeader';
import { SpecWarnings } from './SpecWarnings';

type SpecViewProps = Readonly<{ specId: string }>;

export function SpecView({ specId }: SpecViewProps) {
  const stored = useSpec(specId);
  const versions = useSpecVersions(stored?.classKey);
  const [isShowingOriginal, setShowingOriginal] = useState(false);
  const [isCorrecting, setCorrecting] = useState(false);
  const corrections = useCorrectionActions(stored);

  if (stored === undefined) return <p role="status">Loading…</p>;
  if (stored === null) {
    return (
      <section aria-labelledby="missing-title">
        <h1 id="missing-title">Class not found</h1>
        <p>
          This spec is not in the library (it may have been deleted).{' '}
          <a href={routeToHash({ name: 'library' })}>Back to the library</a>
        </p>
      </section>
    );
  }
  const { spec } = stored;
  return (
    <article className="spec-view" aria-label={`Class specification: ${stored.title}`}>
      <SpecHeader stored={stored} versions={versions ?? []} />
      <div className="spec-view__actions">
        <a href={routeToHash({ name: 'compare', a: stored.id })}>Compare with…</a>
        <a href={routeToHash({ name: 'bestfit', specId: stored.id })}>Find best-fitting classes</a>
        <a href={routeToHash(seriesRouteOf(spec.family, stored.id))}>Series</a>
        <button type="button" aria-pressed={isShowingOriginal} onClick={() => setShowingOriginal((value) => !value)}>
          Show original text
        </button>
        <button type="button" aria-pressed={isCorrecting} onClick={() => setCorrecting((value) => !value)}>
          Correct the parse
        </button>
        <DeleteControls stored={stored} versionCount={versions?.length ?? 1} />
      </div>
      {isCorrecting && <RecordFieldsForm key={stored.id} stored={stored} actions={corrections} />}
      {(isCorrecting || stored.corrections.applied.length > 0 || stored.corrections.orphaned.length > 0) && (
        <CorrectionsPanel stored={stored} actions={corrections} />
      )}
      <AnnotatableSpec stored={stored} versions={versions ?? []}>
        {isShowingOriginal ? (
          <>
            <OriginalText spec={spec} />
            {isCorrecting && <PassageCorrector text={spec.text} actions={corrections} />}
          </>
        ) : (
          <>
            <section aria-labelledby="duties-title">
              <h2 id="duties-title">Duties</h2>
              <DutyList
                duties={spec.duties}
                renderActions={
                  isCorrecting
                    ? (duty, next, label) => (
                        <DutyActions text={spec.text} duty={duty} next={next} label={label} actions={corrections} />
                      )
                    : undefined
                }
              />
              {isCorrecting && (
                <>
                  <AddDutyForm actions={corrections} />
                  <PassageCorrector text={spec.text} actions={corrections} />
                </>
              )}
            </section>
            <section aria-labelledby="qualifications-title">
              <h2 id="qualifications-title">Qualifications</h2>
              <QualificationsPanel qualifications={spec.qualifications} />
            </section>
            <section aria-labelledby="factors-title">
              <h2 id="factors-title">Factors</h2>
              <FactorTable spec={spec} />
            </section>
            <section aria-labelledby="family-title">
              <h2 id="family-title">Job family</h2>
              <FamilyLinks family={spec.family} currentTitle={stored.title} employer={stored.employer} />
            </section>
            <section aria-labelledby="sections-title">
              <h2 id="sections-title">Sections</h2>
              <SectionOutline
                spec={spec}
                renderKindControl={
                  isCorrecting
                    ? (section) => <SectionKindSelect text={spec.text} section={section} actions={corrections} />
                    : undefined
                }
              />
            </section>
            <section aria-labelledby="history-title">
              <h2 id="history-title">Version history</h2>
              <VersionHistory stored={stored} />
            </section>
            <section aria-labelledby="warnings-title">
              <h2 id="warnings-title">Warnings ({spec.warnings.length})</h2>
              <SpecWarnings warnings={spec.warnings} />
            </section>
          </>
        )}
      </AnnotatableSpec>
    </article>
  );
}
