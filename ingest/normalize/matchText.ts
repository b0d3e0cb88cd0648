// Builds the text that matching runs on: simplified characters, half-width ASCII letters, digits and common
// punctuation. It is exactly as long as the original, character for character, so an index into the match
// text is the same index into the original: offsets never need a map and can never drift.
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

// Full-width forms U+FF01..U+FF5E map to ASCII by a fixed offset; U+3000 is the ideographic space.
function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Converts one line; falls back to character-by-character when a phrase rule would change the length. */
function simplifyLine(line: string): string {
  const whole = toSimplified(line);
  if (whole.length === line.length) return whole;
  let out = '';
  for (const ch of line) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

export function toMatchText(original: string): string {
  const simplified = toSimplified(original);
  const sameLength = simplified.length === original.length ? simplified : original.split('\n').map(simplifyLine).join('\n');
  return toHalfWidth(sameLength);
}

/** True when the text reads as traditional Chinese: enough characters change under conversion. */
export function looksTraditional(original: string, matchText: string): boolean {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (original[i] !== matchText[i]) changed++;
    }
  }
  return han > 0 && changed / han > 0.03;
}
