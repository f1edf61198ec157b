/**
 * The ids of a printed PDF's tagged structure. Chromium names a table's header cells after the page's DOM
 * nodes (`/ID (node00000196)`, with `/Headers [(node00000196) …]` in the cells they head and an /IDTree
 * that lists them). Those numbers count the nodes Chromium has named so far in the process, which varies
 * from print to print (seen: the same page gave ids two apart), so the same guide printed to different bytes.
 *
 * This renumbers them in place, in the order of the numbers Chromium gave (which the /IDTree's sorting
 * relies on), to node00000001, node00000002, …: the same width, so every byte offset of the
 * cross-reference table stays true. Only text outside streams is read, so compressed content that
 * happened to hold the same bytes is never touched.
 */
const idPattern = /\(node(\d{8})\)/g;

/** The PDF `pdf` with its structure ids numbered from 1 in their original order. The input is not changed. */
export function withStableStructureIds(pdf: Uint8Array): Buffer {
  const bytes = Buffer.from(pdf);
  // latin1 maps each byte to one character and back, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  const found: { at: number; id: number }[] = [];
  for (const [start, end] of outsideStreams(text)) {
    for (const match of text.slice(start, end).matchAll(idPattern)) found.push({ at: start + match.index + '(node'.length, id: Number(match[1]) });
  }
  const order = new Map([...new Set(found.map((entry) => entry.id))].sort((a, b) => a - b).map((id, index) => [id, index + 1]));
  for (const { at, id } of found) bytes.write(String(order.get(id)).padStart(8, '0'), at, 'latin1');
  return bytes;
}

/** The [start, end) ranges of `text` that are not a stream's content. */
function* outsideStreams(text: string): Generator<[number, number]> {
  let at = 0;
  const opening = /\bstream\r?\n/g;
  for (;;) {
    opening.lastIndex = at;
    const open = opening.exec(text);
    if (!open) break;
    yield [at, open.index];
    const close = text.indexOf('endstream', opening.lastIndex);
    if (close === -1) return;
    at = close + 'endstream'.length;
  }
  yield [at, text.length];
}
