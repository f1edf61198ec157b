// The tagged structure's ids: Chromium numbers them after DOM nodes, differently from print to print; the
// build renumbers them so the same guide prints to the same bytes. These pin the renumbering on text laid
// out as Chromium writes it (tests/build/reproducible.spec.ts proves it on the real PDF).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withStableStructureIds } from '../../src/forms/pdf-structure-ids.ts';

/** The objects Chromium writes for a table with two header cells, their ids counted from `first`. */
const printed = (first: number) => {
  const id = (offset: number) => `(node${String(first + offset).padStart(8, '0')})`;
  return Buffer.from(
    [
      `1 0 obj\n<</Type /StructElem /S /TH /ID ${id(0)}>>\nendobj`,
      `2 0 obj\n<</Type /StructElem /S /TH /ID ${id(4)}>>\nendobj`,
      `3 0 obj\n<</Type /StructElem /S /TD /A [<</O /Table /Headers [${id(0)} ${id(4)}]>>]>>\nendobj`,
      // A stream that happens to hold the same bytes is content, never an id.
      `4 0 obj\n<</Length 16>> stream\n(node00000196)\nendstream\nendobj`,
      `5 0 obj\n<</Names [${id(0)} 1 0 R ${id(4)} 2 0 R]>>\nendobj`,
    ].join('\n'),
    'latin1',
  );
};

describe('the PDF’s structure ids', () => {
  it('are the same whatever Chromium counted from, and keep every byte offset', () => {
    const a = withStableStructureIds(printed(196));
    const b = withStableStructureIds(printed(198));
    assert.ok(a.equals(b));
    assert.equal(a.length, printed(196).length);
  });

  it('keep their order, so the /IDTree stays sorted, and refer to the same cells', () => {
    const text = withStableStructureIds(printed(196)).toString('latin1');
    assert.match(text, /\/S \/TH \/ID \(node00000001\)/);
    assert.match(text, /\/S \/TH \/ID \(node00000002\)/);
    assert.match(text, /\/Headers \[\(node00000001\) \(node00000002\)\]/);
    assert.match(text, /\/Names \[\(node00000001\) 1 0 R \(node00000002\) 2 0 R\]/);
  });

  it('leave streams alone', () => {
    assert.match(withStableStructureIds(printed(198)).toString('latin1'), /stream\n\(node00000196\)\nendstream/);
  });
});
