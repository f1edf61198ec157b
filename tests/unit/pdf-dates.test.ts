// The PDF's dates: the build writes a date it chose over the moment Chromium printed, byte for byte in
// place. tests/build/reproducible.spec.ts proves it on the real PDF; these pin the rewrite on small PDFs
// laid out as Chromium (Skia) lays them out, including the cases it must refuse rather than damage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pdfDate, withPdfDates } from '../../src/forms/pdf-dates.ts';
import { readSettings } from '../../src/site/settings.ts';

/** A small PDF with a classic cross-reference table; `objects` are numbered from 1. */
function pdf(objects: string[], trailer: string): Buffer {
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const at = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<</Size ${objects.length + 1}\n${trailer}>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(text, 'latin1');
}

const printedAt = "D:20261203092611+00'00'";
const info = `<</Title (A guide)\n/Producer (Skia/PDF m156)\n/CreationDate (${printedAt})\n/ModDate (${printedAt})>>`;
// A stream that happens to hold the same bytes: only the dictionary the trailer names may change.
const decoy = `<</Length 40>> stream\n/CreationDate (${printedAt})\nendstream`;
const catalog = '<</Type /Catalog>>';
const day = new Date('2024-09-20T00:00:00Z');

describe('the PDF’s dates', () => {
  it('are the date given, in the form Chromium writes, and nothing else changes', () => {
    const printed = pdf([info, decoy, catalog], '/Root 3 0 R\n/Info 1 0 R');
    const fixed = withPdfDates(printed, day);
    assert.equal(fixed.length, printed.length);
    assert.equal(
      fixed.toString('latin1'),
      printed
        .toString('latin1')
        .replace(`/CreationDate (${printedAt})\n/ModDate (${printedAt})`, "/CreationDate (D:20240920000000+00'00')\n/ModDate (D:20240920000000+00'00')"),
    );
    assert.ok(fixed.toString('latin1').includes(`stream\n/CreationDate (${printedAt})`), 'the stream is left alone');
    assert.ok(printed.toString('latin1').includes(`/ModDate (${printedAt})>>`), 'the input is not changed');
  });

  it('are found through the cross-reference table wherever the dictionary is', () => {
    const printed = pdf([decoy, catalog, info], '/Root 2 0 R\n/Info 3 0 R');
    const text = withPdfDates(printed, new Date('2025-01-02T03:04:05Z')).toString('latin1');
    assert.match(
      text,
      /3 0 obj\n<<\/Title \(A guide\)\n\/Producer \(Skia\/PDF m156\)\n\/CreationDate \(D:20250102030405\+00'00'\)\n\/ModDate \(D:20250102030405\+00'00'\)>>/,
    );
    assert.ok(text.includes(`stream\n/CreationDate (${printedAt})`));
  });

  it('leave a PDF with no information dictionary, or no dates in it, as it was', () => {
    const bare = pdf([catalog], '/Root 1 0 R');
    assert.ok(withPdfDates(bare, day).equals(bare));
    const undated = pdf(['<</Title (A guide)>>', catalog], '/Root 2 0 R\n/Info 1 0 R');
    assert.ok(withPdfDates(undated, day).equals(undated));
  });

  it('stop the build rather than shift the file when a date is not in the form of fixed length', () => {
    const short = pdf([info.replaceAll(printedAt, 'D:2026120309'), catalog], '/Root 2 0 R\n/Info 1 0 R');
    assert.throws(() => withPdfDates(short, day), /Chromium wrote \/CreationDate as \(D:2026120309\), not the form D:YYYYMMDDHHmmSS\+HH'MM'/);
    const broken = Buffer.from(pdf([info, catalog], '/Root 2 0 R\n/Info 1 0 R').toString('latin1').replace('1 0 obj', '9 0 obj'), 'latin1');
    assert.throws(() => withPdfDates(broken, day), /does not lead to object 1/);
  });

  it('are written in UTC with four-digit years', () => {
    assert.equal(pdfDate(new Date('2024-09-20T00:00:00Z')), "D:20240920000000+00'00'");
    assert.equal(pdfDate(new Date(0)), "D:19700101000000+00'00'");
  });
});

describe('SOURCE_DATE_EPOCH', () => {
  it('sets the build’s date, in seconds since 1970; unset or empty, there is none', () => {
    assert.equal(readSettings({ SOURCE_DATE_EPOCH: '1726790400' }).sourceDate?.toISOString(), '2024-09-20T00:00:00.000Z');
    assert.equal(readSettings({}).sourceDate, undefined);
    assert.equal(readSettings({ SOURCE_DATE_EPOCH: '' }).sourceDate, undefined);
  });
  it('stops the build when it is not whole seconds, as the convention asks', () => {
    for (const value of ['yesterday', '1.5', '-1', '2024-09-20', '999999999999999']) {
      assert.throws(
        () => readSettings({ SOURCE_DATE_EPOCH: value }),
        /SOURCE_DATE_EPOCH ".*" is not a date\. Expected whole seconds since 1970-01-01 UTC/,
        value,
      );
    }
  });
});
