/**
 * The dates inside a printed PDF. Chromium stamps the moment of printing into the document information
 * dictionary (/CreationDate and /ModDate), so two builds of the same guide gave different files. This
 * writes a date the build chose instead (SOURCE_DATE_EPOCH, else the guide's last-updated day), so the
 * same content prints to the same bytes.
 *
 * The dates are rewritten in place, each string kept to its length: Chromium (Skia) always writes them as
 * D:YYYYMMDDHHmmSS+HH'MM', and a string of the same length leaves every byte offset of the cross-reference
 * table true. Only the dictionary the trailer names as /Info is touched, found through the cross-reference
 * table, never by searching the whole file, whose compressed streams could hold the same bytes by chance.
 * Anything else this cannot rewrite exactly stops the build rather than writing a damaged PDF.
 *
 * Checked with Chromium 156: the information dictionary is the only place the clock reaches. It writes no
 * XMP metadata stream (which would carry xmp:CreateDate) and no document /ID in the trailer (usually a hash
 * of content and time); the /ID entries in the file are tagged-structure ids, which vary too and are
 * renumbered by pdf-structure-ids.ts. The build test tests/build/reproducible.spec.ts fails if a later
 * Chromium adds something else that varies.
 */

/** `D:20240920000000+00'00'`: the PDF date form (ISO 32000-1, 7.9.4) Chromium writes, in UTC. */
export function pdfDate(date: Date): string {
  const two = (value: number) => String(value).padStart(2, '0');
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  return `D:${year}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}+00'00'`;
}

const dateKeys = ['CreationDate', 'ModDate'] as const;

/** The PDF `pdf` with its information dictionary's dates set to `date`. The input is not changed. */
export function withPdfDates(pdf: Uint8Array, date: Date): Buffer {
  const bytes = Buffer.from(pdf);
  // latin1 maps each byte to one character and back, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  const info = infoDictionary(text);
  if (!info) return bytes;
  const wanted = pdfDate(date);
  for (const key of dateKeys) {
    // A literal string with no parentheses or escapes inside, which is all a date can hold.
    const entry = new RegExp(`/${key}\\s*\\(([^()\\\\]*)\\)`).exec(info.text);
    if (!entry) continue;
    const written = entry[1]!;
    if (written.length !== wanted.length || !/^D:\d{14}[+\-Z]/.test(written)) {
      throw new Error(
        `PDF: Chromium wrote /${key} as (${written}), not the form D:YYYYMMDDHHmmSS+HH'MM' this build rewrites in place; the PDF would differ from build to build`,
      );
    }
    const at = info.start + entry.index + entry[0].indexOf('(') + 1;
    bytes.write(wanted, at, 'latin1');
  }
  return bytes;
}

/** The information dictionary's object, as text and where it starts in the file; absent when there is none. */
function infoDictionary(text: string): { start: number; text: string } | undefined {
  const trailerAt = text.lastIndexOf('trailer');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (trailerAt === -1 || !startxref)
    throw new Error('PDF: no classic trailer and cross-reference table where Chromium writes them; the PDF’s dates cannot be set');
  const infoRef = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(text.slice(trailerAt));
  if (!infoRef) return undefined;
  const offset = objectOffset(text, Number(startxref[1]), Number(infoRef[1]));
  const header = `${infoRef[1]} ${infoRef[2]} obj`;
  const end = text.indexOf('endobj', offset);
  if (!text.startsWith(header, offset) || end === -1)
    throw new Error(`PDF: the cross-reference table does not lead to object ${infoRef[1]} (the information dictionary); the PDF’s dates cannot be set`);
  return { start: offset, text: text.slice(offset, end) };
}

/** Where object `number` starts, read from the cross-reference table at `xrefAt` (one or more subsections of 20-byte entries). */
function objectOffset(text: string, xrefAt: number, number: number): number {
  if (!text.startsWith('xref', xrefAt)) throw new Error('PDF: no cross-reference table at the offset startxref gives; the PDF’s dates cannot be set');
  const subsection = /(\d+) (\d+)\s*\r?\n/y;
  let at = text.indexOf('\n', xrefAt) + 1;
  for (;;) {
    subsection.lastIndex = at;
    const found = subsection.exec(text);
    if (!found) break;
    const first = Number(found[1]);
    const count = Number(found[2]);
    at = subsection.lastIndex;
    if (number >= first && number < first + count) {
      const entry = /^(\d{10}) (\d{5}) n/.exec(text.slice(at + (number - first) * 20, at + (number - first + 1) * 20));
      if (entry) return Number(entry[1]);
      break;
    }
    at += count * 20;
  }
  throw new Error(`PDF: object ${number} (the information dictionary) is not in the cross-reference table; the PDF’s dates cannot be set`);
}
