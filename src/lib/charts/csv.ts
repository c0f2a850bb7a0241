// A chart's data as CSV, written the way the open data is (UTF-8 with a byte-order mark and CRLF line ends,
// so Excel opens Chinese text correctly).
import { csvCell } from '../targets/openData.ts';

export function csvText(rows: Array<Array<string | number | null>>): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
