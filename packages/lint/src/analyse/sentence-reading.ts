import type { NoteAddress } from './addressee.ts';
import type { ChildIdentity } from './names.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence } from './read-note.ts';
import { childRoles, greetingsToChild, imperatives } from './sentence-kind.ts';
import type { SentenceKind } from './types.ts';

const objectPronouns = new Set(['him', 'her', 'them']);
const spokeVerbs = new Set(['said', 'says', 'told', 'tells', 'thinks', 'thought', 'explained']);
const clauseOpeners = new Set(['if', 'when', 'once', 'before', 'after']);

/**
 * Reads "you" in one sentence against whom the note addresses: a vocative to the child counts as
 * speaking to them ("Kai, thanks for…"); "you" said to an adult, "thank you" in a note to nobody in
 * particular, and a generic "you" in the child's reported words ("he said at his dad's you can stay
 * up late") do not.
 */
export function addressRoles(
  sentence: NoteSentence,
  roles: WordRole[],
  address: NoteAddress['sentences'][number],
): void {
  const words = sentence.words;
  if (address.vocative !== -1 && roles[address.vocative] === 'child-name') roles[address.vocative] = 'second-person';
  let childSpoke = false;
  for (let index = 0; index < words.length; index += 1) {
    const role = roles[index];
    const word = words[index];
    if (!word) continue;
    if (childRoles.includes(role as WordRole) && !objectPronouns.has(word.lower)) {
      const verb = words[index + 1];
      if (verb && spokeVerbs.has(verb.lower)) childSpoke = true;
    }
    if (role !== 'second-person' || index === address.vocative) continue;
    const previous = words[index - 1]?.lower;
    // "he told me at his dad's you can stay up late": the child's own "you" is anyone
    const generic = childSpoke && previous !== 'told' && previous !== 'asked';
    if (address.addressee !== 'child' || generic || address.dialogue) roles[index] = 'none';
  }
}

/** Whether the sentence itself speaks to someone ("you", a name or greeting, "thank you", an imperative). */
export function speaksToSomeone(sentence: NoteSentence, read: NoteAddress['sentences'][number]): boolean {
  if (read.you.length > 0 || read.vocative !== -1 || read.opening || read.thanks !== -1) return true;
  // "Happy 16th Birthday.": a greeting to the child (sentence-kind.ts)
  if (greetingsToChild.has(read)) return true;
  // the words outside quotation marks, read in place
  const words = sentence.words;
  let at = 0;
  while (at < words.length && (words[at] as NoteSentence['words'][number]).quoted) at += 1;
  const first = words[at];
  if (first && imperatives.has(first.lower)) return true;
  // "If this is difficult, discuss it with…": the verb after an opening clause
  if (first && clauseOpeners.has(first.lower)) {
    for (let index = at + 1; index < words.length; index += 1) {
      const word = words[index] as NoteSentence['words'][number];
      if (word.quoted || !word.breakBefore) continue;
      return imperatives.has(word.lower);
    }
  }
  return false;
}

export function pronounFor(child: ChildIdentity): string {
  return child.givenPronouns === 'she' ? 'her' : child.givenPronouns === 'he' ? 'him' : 'them';
}

/** Why a sentence was counted as it was, for a meter or an audit to show. */
export function reasonFor(
  kind: SentenceKind,
  voice: string,
  speaker: string | null,
  childLabel: string,
  address: NoteAddress['sentences'][number],
): string {
  const counted =
    kind === 'to-child'
      ? address.vocative !== -1
        ? `speaks to ${childLabel} by name`
        : greetingsToChild.has(address)
          ? `greets ${childLabel}`
          : `“you” here is ${childLabel}`
      : kind === 'about-child'
        ? `talks about ${childLabel} in the third person`
        : address.addressee === 'other'
          ? 'written to another adult'
          : `does not speak to or about ${childLabel}`;
  if (voice === 'child') return `${counted}; records ${childLabel}’s own words or views`;
  if (voice === 'other' && speaker) return `${counted}; records ${speaker}’s words, not ${childLabel}’s`;
  return counted;
}
