/**
 * A copy of a finding with some fields changed (its range in the document, its id…), as
 * `{ ...finding, ...changes }` makes, key for key and in the same order, except that a field the
 * finding works out when first read stays so on the copy: the engine fits a finding's one-click
 * fixes to its sentence only when its `suggestions` are first read, and a spread would read them
 * all before the underlines are drawn. The copy reads such a field from the finding when the copy's
 * is first read (a card opening, a fix applied), so both give the same value; setting it on the copy
 * sets the copy's alone, as on a spread copy.
 */
export function copyFinding<Finding extends object, Changes extends object>(
  finding: Finding,
  changes: Changes,
): Omit<Finding, keyof Changes> & Changes {
  const copy: Record<PropertyKey, unknown> = {};
  const source = finding as Record<PropertyKey, unknown>;
  for (const key of Object.keys(finding)) {
    if (Object.hasOwn(changes, key)) {
      copy[key] = (changes as Record<PropertyKey, unknown>)[key];
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(finding, key);
    if (descriptor?.get) Object.defineProperty(copy, key, readLater(copy, source, key));
    else copy[key] = source[key];
  }
  return Object.assign(copy, changes) as Omit<Finding, keyof Changes> & Changes;
}

/** An accessor that reads `key` from `source` when first read, then keeps it as the copy's own value. */
function readLater(
  copy: Record<PropertyKey, unknown>,
  source: Record<PropertyKey, unknown>,
  key: string,
): PropertyDescriptor {
  const keep = (value: unknown) => {
    Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
    return value;
  };
  return { get: () => keep(source[key]), set: keep, enumerable: true, configurable: true };
}
