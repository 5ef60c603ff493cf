import type { ChildContext, NoteContext } from '@casenote/lint';

/**
 * Reads one child written as `Name` or `Name:age` (the `child` attribute, or one entry of
 * `household`). Returns undefined for an empty value; an age that is not a whole number is dropped.
 * @example parseChild('Jade:9') // { name: 'Jade', age: 9 }
 */
export function parseChild(value: string | null | undefined): ChildContext | undefined {
  if (!value) return undefined;
  const colon = value.lastIndexOf(':');
  const name = (colon < 0 ? value : value.slice(0, colon)).trim();
  if (name === '') return undefined;
  const ageText = colon < 0 ? '' : value.slice(colon + 1).trim();
  const age = /^\d{1,2}$/.test(ageText) ? Number(ageText) : undefined;
  return age === undefined ? { name } : { name, age };
}

/**
 * The note context from the `child` and `household` attributes (`household` is a comma-separated
 * list of `Name[:age]`). Returns undefined when neither names anyone.
 * @example parseNoteContext('Jade:9', 'Sam:6, Leo') // { child: { name: 'Jade', age: 9 }, household: [{ name: 'Sam', age: 6 }, { name: 'Leo' }] }
 */
export function parseNoteContext(child: string | null, household: string | null): NoteContext | undefined {
  const context: NoteContext = {};
  const parsedChild = parseChild(child);
  if (parsedChild) context.child = parsedChild;
  const members = (household ?? '').split(',').flatMap((entry) => parseChild(entry) ?? []);
  if (members.length > 0) context.household = members;
  return context.child || context.household ? context : undefined;
}
