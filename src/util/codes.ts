/**
 * A string built from UTF-16 units written into a typed array, for the text paths that turn a
 * long input into a new string a unit or two at a time (transliteration, folding): `out += ch`
 * per unit made a megabyte into a million linked pieces, and the garbage collector's work grew
 * faster than the input (#31).
 */
export class Codes {
  units = new Uint16Array(256);
  length = 0;

  /** Makes room for `more` units. */
  reserve(more: number): void {
    if (this.length + more <= this.units.length) return;
    const grown = new Uint16Array(Math.max(this.units.length * 2, this.length + more));
    grown.set(this.units.subarray(0, this.length));
    this.units = grown;
  }

  /** The units written since `length` was last set to 0, as a string. */
  text(): string {
    let out = '';
    // In slices: `apply` passes each unit as an argument, and engines limit their number.
    for (let i = 0; i < this.length; i += 8192) {
      const slice = this.units.subarray(i, Math.min(this.length, i + 8192));
      out += String.fromCharCode.apply(null, slice as unknown as number[]);
    }
    return out;
  }
}
