/**
 * The last value computed from a list of inputs, computed again only when one of them changes
 * (each compared with `===`). Getters that derive what a widget shows (its items, its quote,
 * search results) use one each, so a render reads them as often as it likes for the price of one.
 */
export class Memo<T> {
  private key?: readonly unknown[];
  private value?: T;

  /** The value for `key`: the remembered one when every part is the same, else `compute()`. */
  get(key: readonly unknown[], compute: () => T): T {
    const last = this.key;
    if (last && last.length === key.length && last.every((part, i) => part === key[i]))
      return this.value as T;
    const value = compute();
    this.key = key;
    this.value = value;
    return value;
  }
}
