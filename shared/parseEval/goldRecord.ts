import { z } from 'zod';

/** One hand-checked record of a gold JSONL file (conventions: the corpus README). */
const goldRecordSchema = z.object({
  file: z.string().min(1),
  title: z.string().nullable(),
  code: z.string().nullable(),
  grade: z.string().nullable(),
  duty_count: z.number().int().nonnegative(),
  first_duty: z.string().nullable(),
  last_duty: z.string().nullable(),
  section_headings: z.array(z.string()),
  experience_years: z.number().nullable(),
  alt: z
    .object({
      title: z.array(z.string()).optional(),
      duty_count: z.array(z.number()).optional(),
      experience_years: z.array(z.number()).optional(),
    })
    .optional(),
});

export type GoldRecord = z.infer<typeof goldRecordSchema>;

export type GoldReading = Readonly<{ records: readonly GoldRecord[]; problems: readonly string[] }>;

/** Every non-blank line as a gold record; a line that is not one is reported with its number, never skipped silently. */
export function readGoldLines(text: string): GoldReading {
  const records: GoldRecord[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`line ${index + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const parsed = goldRecordSchema.safeParse(value);
    if (parsed.success) records.push(parsed.data);
    else
      problems.push(
        `line ${index + 1}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`,
      );
  });
  return { records, problems };
}
