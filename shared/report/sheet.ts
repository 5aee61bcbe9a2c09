/** A cell keeps its type: numbers stay numbers in XLSX and print unquoted in CSV. */
export type CellValue = string | number | null;

export type SheetColumn = Readonly<{ header: string; width: number; format?: 'integer' | 'decimal' | 'text' }>;

/** One table of an export: becomes one XLSX worksheet or one CSV file. */
export type SheetModel = Readonly<{
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly CellValue[])[];
}>;
