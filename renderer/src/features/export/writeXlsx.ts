import type { SheetModel } from '../../../../shared/report';

const NUMBER_FORMATS = { integer: '0', decimal: '0.0', text: '@' } as const;

/** Excel limits sheet names to 31 characters without []:*?/\ . */
const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';

/** One worksheet per table: bold, shaded, frozen header row; numbers stay numbers. ExcelJS is loaded on first use. */
export async function writeXlsx(sheets: readonly SheetModel[]): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Reclass';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: column.format
        ? {
            numFmt: NUMBER_FORMATS[column.format],
            alignment: { vertical: 'top', wrapText: column.format === undefined || column.format === 'text' },
          }
        : { alignment: { vertical: 'top', wrapText: true } },
    }));
    for (const row of sheet.rows) worksheet.addRow([...row]);
    const header = worksheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8ECF2' } };
    header.alignment = { vertical: 'middle', wrapText: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
