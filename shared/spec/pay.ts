import { firstField, matchIn, type Found, type LineFields } from './fieldValues';

const SALARY_LABEL = /\bsalary\b|\bpay (range|rate)\b|\bhiring range\b|\bcompensation\b|\bwages?\b|\brate of pay\b/;
const PAY_UNIT =
  '(?:\\s*(?:(?:per|\\/|an?)\\s*(?:year|annum|hour|month|week|hr|yr)|hourly|annually|monthly|weekly|bi-?weekly|yearly)\\b)?';
// Dollars, pounds or euros: "$48,000-$50,000", "£23,067-£26,715", "$20-23/hr".
const MONEY_RANGE_SOURCE = `[$£€]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?\\s*(?:-|–|—|to)\\s*[$£€]?\\s?\\d[\\d,]*(?:\\.\\d{1,2})?${PAY_UNIT}`;
const MONEY_RANGES = new RegExp(MONEY_RANGE_SOURCE, 'gi');
const MONEY = new RegExp(`[$£€]\\s?\\d[\\d,]*(?:\\.\\d{1,2})?${PAY_UNIT}`, 'i');
const CURRENCY = /[$£€]/;
const ANNUAL_UNIT = /\b(?:year|annum|yr|annually|yearly)\b/i;
const OTHER_UNIT = /\b(?:hour|hr|hourly|month|monthly|week|weekly|bi-?weekly)\b/i;
const MIN_UNITLESS_ANNUAL = 10000;
const PAY_PLAN_LABEL = /^pay plan$/;
// "GS-12", "CS-05", "IT-02": a federal or public-service group and level, the letters naming the pay plan.
const PLAN_OF_GRADE = /^([A-Z]{2,3})-\d/;

function isAnnual(range: string): boolean {
  if (ANNUAL_UNIT.test(range)) return true;
  if (OTHER_UNIT.test(range)) return false;
  const amount = Number(/\d[\d,]*/.exec(range)?.[0].replace(/,/g, '') ?? 0);
  return amount >= MIN_UNITLESS_ANNUAL;
}

// The ranges printed in a value; the first annual one, else the first.
function preferredRange(value: string, offset: number): Found | null {
  let first: Found | null = null;
  MONEY_RANGES.lastIndex = 0;
  for (let match = MONEY_RANGES.exec(value); match; match = MONEY_RANGES.exec(value)) {
    const found = matchIn(match[0], offset + match.index, /.+/s);
    if (found === null) continue;
    if (isAnnual(found.value)) return found;
    first ??= found;
  }
  return first;
}

/**
 * The pay printed: a salary field's range, else the first annual salary range the text prints
 * (a bulletin lists hourly, monthly and annual lines; the annual one is its pay), else the first range.
 */
export function readSalary(all: readonly LineFields[]): Found | null {
  for (const { fields } of all) {
    for (const field of fields) {
      if (!SALARY_LABEL.test(field.normalizedLabel)) continue;
      const range = preferredRange(field.value, field.valueSpan.start);
      if (range) return range;
    }
  }
  const labelled = firstField(all, SALARY_LABEL, MONEY);
  if (labelled) return labelled;
  let first: Found | null = null;
  for (const { line } of all) {
    if (!CURRENCY.test(line.text)) continue;
    const range = preferredRange(line.text, line.content.start);
    if (range && isAnnual(range.value)) return range;
    first ??= range;
  }
  return first;
}

/** The pay plan: a "Pay Plan:" field, else the group letters of a grade written like "GS-12" or "CS-05"; null when neither is printed. */
export function readPayPlan(all: readonly LineFields[], grade: Found | null): Found | null {
  const labelled = firstField(all, PAY_PLAN_LABEL, /\S.*/);
  if (labelled) return labelled;
  const plan = grade ? PLAN_OF_GRADE.exec(grade.value)?.[1] : undefined;
  return plan === undefined || grade === null
    ? null
    : { value: plan, span: { start: grade.span.start, end: grade.span.start + plan.length } };
}
