// Writes graph JSON exactly as JSON.stringify(graph, null, 1) would, but element by element: the whole text of a
// large corpus (520 MB at 100× the bundled reports) held as one string took the CLI from 1.8 to 3.1 GB.
import { writeFile } from 'node:fs/promises';

// Elements are gathered into chunks of about this many characters, so a corpus of 400k commitments is written
// in a few hundred writes rather than one per element.
const CHUNK_CHARACTERS = 1 << 20;

/** JSON.stringify(value, null, 1) of a value that sits `depth` levels deep in the document. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 1).replaceAll('\n', `\n${' '.repeat(depth)}`);
}

/** The text of JSON.stringify(graph, null, 1), in chunks. Strings never hold a raw newline in JSON, so
 * re-indenting at every newline is exact. */
export function* graphJsonChunks(graph: object): Generator<string> {
  let chunk = '{';
  const entries = Object.entries(graph).filter(([, value]) => value !== undefined);
  for (const [i, [key, value]] of entries.entries()) {
    chunk += `\n ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) chunk += indented(value, 1);
    else {
      chunk += '[';
      for (const [j, element] of value.entries()) {
        chunk += `\n  ${indented(element ?? null, 2)}${j < value.length - 1 ? ',' : ''}`;
        if (chunk.length >= CHUNK_CHARACTERS) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += '\n ]';
    }
    if (i < entries.length - 1) chunk += ',';
  }
  yield `${chunk}${entries.length > 0 ? '\n' : ''}}`;
}

export async function writeGraphJson(path: string, graph: object): Promise<void> {
  await writeFile(path, graphJsonChunks(graph));
}
