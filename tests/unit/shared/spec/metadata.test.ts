import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../../../shared/spec';
import type { ParsedSpec, MetadataField } from '../../../../shared/model';

function metadataOf(header: string): ParsedSpec {
  return parseSpec(`${header}\n\nDUTIES:\n\n- Reviews reports.\n`);
}

describe('metadata fields', () => {
  it.each<[string, MetadataField, string | null]>([
    ['Class Number: 30000445', 'code', '30000445'],
    ['Job Code 887.0', 'code', '887.0'],
    ['Classification Code: AB-1234', 'code', 'AB-1234'],
    ['Position Number: 00012345', 'code', null],
    ['Job Class number changed from 7116 to 30000445.', 'code', '30000445'],
    [
      'Class Code: 1100\nClass code changed from 1100 to 2200 in 2019.\nClass code changed from 2200 to 3300 in 2023.',
      'code',
      '3300',
    ],
    ['Salary Grade: 23', 'grade', '23'],
    ['Range: 14', 'grade', '14'],
    ['Pay Scale & Grade: GS 12', 'grade', 'GS 12'],
    ['**Series/Grade:** GS-0343-12', 'grade', 'GS-12'],
    ['Series/Grade: GS-0343-12', 'code', '0343'],
    ['Series and Grade: GS-2210-11/12', 'grade', 'GS-11/12'],
    ['Job Code: 5120\nSeries/Grade: GS-0343-12', 'code', '5120'],
    ['Salary Range: $52,000 - $68,000', 'salaryRange', '$52,000 - $68,000'],
    ['Salary: $21.50 - $27.80 hourly', 'salaryRange', '$21.50 - $27.80 hourly'],
    ['Salary Range: 48', 'salaryRange', null],
    ['FLSA Status: Exempt', 'flsa', 'exempt'],
    ['FLSA: Non-Exempt', 'flsa', 'non-exempt'],
    ['This class is FLSA non-exempt.', 'flsa', 'non-exempt'],
    ['Effective: October 1990', 'effectiveDate', 'October 1990'],
    ['Adopted: 07-01-02', 'effectiveDate', '07-01-02'],
    ['Revised: 03-04-03 (added wording)\nRevised: 07-23-03 (clarified duties)', 'revisedDate', '07-23-03'],
    ['COUNTY OF SAN MATEO\nAccountant II', 'jurisdiction', 'COUNTY OF SAN MATEO'],
    ['Multnomah County\nAccountant II', 'jurisdiction', 'Multnomah County'],
    ['LAKESIDE WATER DISTRICT\nAccountant II', 'jurisdiction', 'LAKESIDE WATER DISTRICT'],
    ['Riverside Unified School District\nAccountant II', 'jurisdiction', 'Riverside Unified School District'],
    ['CAPITAL AREA TRANSIT AUTHORITY\nAccountant II', 'jurisdiction', 'CAPITAL AREA TRANSIT AUTHORITY'],
    ['PROVINCE OF NOVA SCOTIA\nAccountant II', 'jurisdiction', 'PROVINCE OF NOVA SCOTIA'],
    ['Ministry of Transportation\nAccountant II', 'jurisdiction', 'Ministry of Transportation'],
    ['U.S. Department of Veterans Affairs\nAccountant II', 'jurisdiction', 'U.S. Department of Veterans Affairs'],
    ['Village of Oak Park\nAccountant II', 'jurisdiction', 'Village of Oak Park'],
    ['Chelan County Public Utility District\nAccountant II', 'jurisdiction', 'Chelan County Public Utility District'],
    [
      'PUBLIC UTILITY DISTRICT NO. 1 OF CLARK COUNTY\nAccountant II',
      'jurisdiction',
      'PUBLIC UTILITY DISTRICT NO. 1 OF CLARK COUNTY',
    ],
    ['Government of Ontario\nMinistry of Health\nAccountant II', 'jurisdiction', 'Government of Ontario'],
    ['City of Riverton Class Specification\nCITY OF RIVERTON', 'jurisdiction', 'CITY OF RIVERTON'],
    ['Human Resources Department\nAccountant II', 'jurisdiction', null],
    ['Department of Public Works\nAccountant II', 'jurisdiction', null],
    [
      'City of Riverton is an equal opportunity employer that values a diverse workforce of dedicated staff.',
      'jurisdiction',
      null,
    ],
  ])('%s → %s %s', (header, field, value) => {
    expect(metadataOf(`Accountant II\n${header}`)[field]).toBe(value);
  });

  it.each<[string, string, string]>([
    ['LAKESIDE WATER DISTRICT\n\nWATER TREATMENT OPERATOR', 'LAKESIDE WATER DISTRICT', 'WATER TREATMENT OPERATOR'],
    ['Town of Brookline\nClass Specification\nLibrary Assistant', 'Town of Brookline', 'Library Assistant'],
    [
      '# Claims Examiner\n\n**U.S. Department of Veterans Affairs**\nVeterans Benefits Administration',
      'U.S. Department of Veterans Affairs',
      'Claims Examiner',
    ],
  ])('banner %s names the employer, not the class', (header, jurisdiction, title) => {
    const spec = metadataOf(header);
    expect({ jurisdiction: spec.jurisdiction, title: spec.title }).toEqual({ jurisdiction, title });
    const span = spec.spans.jurisdiction;
    expect(span && spec.text.slice(span.start, span.end)).toBe(jurisdiction);
  });
});

describe('class title', () => {
  it.each<[string, string]>([
    ['CITY OF HOUSTON\n\nJOB DESCRIPTION\n\nJob Code: 887.0\n\nJob Title: **ASSISTANT MANAGER**', 'ASSISTANT MANAGER'],
    ['CLASS SPECIFICATION\nCustomer Service Supervisor\n\nFLSA Status: Exempt', 'Customer Service Supervisor'],
    ['# Management Analyst\n\n**Department of the Interior**', 'Management Analyst'],
    ['Job Title:\nSenior Planner', 'Senior Planner'],
    ['STATE OF NEVADA\nPROGRAM OFFICER II        Grade 31', 'PROGRAM OFFICER II'],
  ])('%s → %s', (header, title) => {
    expect(metadataOf(header).title).toBe(title);
  });
});
