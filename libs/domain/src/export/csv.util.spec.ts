import fc from 'fast-check';
import { neutraliseSpreadsheetCell, toCsv } from './csv.util.js';

describe('neutraliseSpreadsheetCell', () => {
  it.each(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', '\rx'])('turns %j into text', (value) => {
    expect(neutraliseSpreadsheetCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[=+\-@\t\r]/.test(s)),
        (s) => neutraliseSpreadsheetCell(s) === s,
      ),
    );
  });
});

describe('toCsv', () => {
  it('quotes, escapes, neutralises and starts with a BOM', () => {
    const csv = toCsv(
      [
        {
          name: '东风村党支部, 一组',
          note: 'say "hi"',
          formula: '=HYPERLINK("x")',
          at: new Date('2026-01-02T03:04:05Z'),
          none: null,
        },
      ],
      [
        { header: '名称', value: (r) => r.name },
        { header: 'note', value: (r) => r.note },
        { header: 'formula', value: (r) => r.formula },
        { header: 'at', value: (r) => r.at },
        { header: 'none', value: (r) => r.none },
      ],
    );
    expect(csv).toBe(
      '\uFEFF名称,note,formula,at,none\r\n"东风村党支部, 一组","say ""hi""","\'=HYPERLINK(""x"")",2026-01-02T03:04:05.000Z,\r\n',
    );
  });

  it('has one line per row plus the header, whatever the cell contents', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 10 }), (values) => {
        const csv = toCsv(values, [{ header: 'v', value: (v) => v }]);
        // Count record separators outside quotes.
        let inQuotes = false;
        let records = 0;
        for (let i = 0; i < csv.length; i += 1) {
          if (csv[i] === '"') inQuotes = !inQuotes;
          else if (!inQuotes && csv[i] === '\r' && csv[i + 1] === '\n') records += 1;
        }
        return records === values.length + 1;
      }),
    );
  });
});
