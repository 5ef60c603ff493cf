/**
 * A copy of a finding with some fields changed (its range in the document, its id…), as
 * `{ ...finding, ...changes }` makes, key for key and in the same order, except that a finding's
 * `suggestions` still to be worked out stay so on the copy: the engine fits a finding's one-click
 * fixes to its sentence only when its `suggestions` are first read, and a spread would read them all
 * before the underlines are drawn. The copy reads them from the finding when the copy's are first
 * read (a card opening, a fix applied), so both give the same; setting them on the copy sets the
 * copy's alone, as on a spread copy.
 */
export function copyFinding<Finding extends object, Changes extends object>(
  finding: Finding,
  changes: Changes,
): Omit<Finding, keyof Changes> & Changes {
  // a copy whose suggestions are still to be read names its finding; any other finding says by its property
  const source = (sources.get(finding) ?? finding) as Record<string, unknown>;
  if (source === finding && Object.getOwnPropertyDescriptor(finding, 'suggestions')?.get === undefined)
    return { ...finding, ...changes };
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(finding)) {
    if (key === 'suggestions' && !Object.hasOwn(changes, key)) Object.defineProperty(copy, key, readLater);
    else
      copy[key] = Object.hasOwn(changes, key)
        ? (changes as Record<string, unknown>)[key]
        : (finding as Record<string, unknown>)[key];
  }
  sources.set(copy, source);
  return Object.assign(copy, changes) as Omit<Finding, keyof Changes> & Changes;
}

/** Each copy's finding, read when the copy's suggestions are first read. */
const sources = new WeakMap<object, Record<string, unknown>>();

/** Keeps `value` as the copy's own suggestions (a plain property from then on). */
function keep(copy: object, value: unknown): unknown {
  sources.delete(copy);
  Object.defineProperty(copy, 'suggestions', { value, writable: true, enumerable: true, configurable: true });
  return value;
}

/** One accessor for every copy (so copies share their shape): the finding's suggestions, read once. */
const readLater: PropertyDescriptor = {
  get(this: object) {
    return keep(this, sources.get(this)?.suggestions);
  },
  set(this: object, value: unknown) {
    keep(this, value);
  },
  enumerable: true,
  configurable: true,
};
