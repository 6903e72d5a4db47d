/**
 * A string from UTF-16 units written into a typed array, for the text paths that build a long
 * string a unit or two at a time (transliteration, folding): `out += ch` per unit made a megabyte
 * into a million linked pieces, and the garbage collector's work grew faster than the input (#31).
 */
export function fromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  // In slices: `apply` passes each unit as an argument, and engines limit their number.
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as never);
  }
  return out;
}
