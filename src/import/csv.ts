/**
 * One CSV record per line (RFC 4180 quoting: "a,b" and "" for a quote inside quotes). Records that
 * span lines are not supported; a quote left open is reported as such, so a cut line is caught.
 */

/** Splits one CSV line into fields, or returns a problem in words. */
export function splitCsvLine(line: string, delimiter = ','): string[] | { problem: string } {
  if (line.indexOf('"') === -1) return line.split(delimiter);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) return { problem: 'a quoted field is not closed (the line was cut, or a field spans lines)' };
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== delimiter) return { problem: `unexpected text after a quoted field at column ${i + 1}` };
      i++;
    } else {
      const d = line.indexOf(delimiter, i);
      if (d === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, d));
      i = d + 1;
    }
  }
}
