import { describe, expect, it } from 'vitest';
import { classifyHeading, isBannerText, normalizeHeading } from '../../../../shared/spec/headingVocabulary';
import type { SectionKind } from '../../../../shared/model';

describe('canonical kind of a printed heading', () => {
  it.each<[string, SectionKind]>([
    ['GENERAL SUMMARY:', 'summary'],
    ['Nature of Work', 'summary'],
    ['Class Concept', 'summary'],
    ['DISTINGUISHING CHARACTERISTICS', 'distinguishing'],
    ['ESSENTIAL DUTIES AND RESPONSIBILITIES', 'duties'],
    ['Illustrative Examples of Work', 'duties'],
    ['Essential Job Functions:', 'duties'],
    ['Major Areas of Responsibility', 'duties'],
    ['Position Overview and Responsibilities:', 'duties'],
    ['Description of Duties', 'duties'],
    ["What You'll Do", 'duties'],
    ['What You Bring', 'qualifications'],
    ['You will', 'duties'],
    ['You’ll need to accomplish the following things:', 'duties'],
    ['We’re looking for someone who will:', 'duties'],
    ['You’ll be accountable for –', 'duties'],
    ['You’ll have', 'qualifications'],
    ['An excellent candidate will:', 'other'],
    ['OTHER DUTIES', 'other_duties'],
    ['Marginal Functions', 'other_duties'],
    ['Knowledge, Skills & Abilities', 'knowledge'],
    ['Skill in:', 'skills'],
    ['Ability to:', 'abilities'],
    ['DESIRED MINIMUM QUALIFICATIONS', 'qualifications'],
    ['Employment Standards', 'qualifications'],
    ['Training and Experience:', 'experience'],
    ['Education:', 'education'],
    ['Licenses; Certificates; Special Requirements:', 'licenses'],
    ['Substitutions', 'substitutions'],
    ['IMPACT OF ACTIONS:', 'impact'],
    ['Supervision Received', 'supervision_received'],
    ['SUPERVISION EXERCISED:', 'supervision_exercised'],
    ['Supervisory Responsibilities', 'supervision_exercised'],
    ['Direct Supervision:', 'supervision_direct'],
    ['Indirect Supervision:', 'supervision_indirect'],
    ['Internal Contacts:', 'internal_contacts'],
    ['PERSONAL CONTACTS', 'contacts'],
    ['PHYSICAL EFFORT:', 'physical_effort'],
    ['Working Conditions', 'work_environment'],
    ['PHYSICAL AND MENTAL DEMANDS', 'physical_demands'],
    ['JOB FAMILY:', 'job_family'],
    ['Class History:', 'class_history'],
    ['SELECTION PROCESS', 'application'],
    ['How to Apply', 'application'],
    ['ANNUAL SALARY', 'salary'],
    ['Benefits', 'benefits'],
    ['MISCELLANEOUS:', 'miscellaneous'],
    ['Tools and Equipment Used', 'other'],
  ])('%s → %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });
});

describe('letterhead banners', () => {
  it.each<[string, boolean]>([
    ['CITY OF HOUSTON', true],
    ['JOB DESCRIPTION', true],
    ['CLASS SPECIFICATION', true],
    ['Open Competitive Job Bulletin', true],
    ['PROMOTIONAL EXAMINATION BULLETIN', true],
    ['Multnomah County', true],
    ['Human Resources Department', true],
    ['Customer Service Supervisor', false],
    ['GENERAL SUMMARY:', false],
  ])('%s → %s', (line, isBanner) => {
    expect(isBannerText(line)).toBe(isBanner);
  });
});

describe('normalized heading text', () => {
  it.each<[string, string]>([
    ['Knowledge, Skills & Abilities:', 'knowledge skills and abilities'],
    ['**DUTIES:**', 'duties'],
    ['Associate’s Degree / Licensure', 'associates degree licensure'],
    ['R&D', 'r and d'],
    ['  Café — Œuvre 2 ', 'café œuvre 2'],
    ['&', 'and'],
  ])('%s → %s', (heading, normalized) => {
    expect(normalizeHeading(heading)).toBe(normalized);
  });
});
