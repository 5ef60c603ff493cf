/**
 * Checks on a whole sentence after a one-click fix: the fix test counts the breaks the fixed sentence
 * has and the original had not (a pronoun in the wrong case, "you" where no person can stand, abuse
 * "had", an article before an uncountable noun, a word repeated beside itself, a capital or a bracket
 * that repeats its words). Written apart from the engine's fitting step, as fix-shape-checks.ts is.
 */
import {
  articleless,
  auxiliaries,
  conjunctions,
  continuesCompound,
  determiners,
  lower,
  numbers,
  objectPronouns,
  prepositions,
  relatives,
  subjectPronouns,
  wordsOf,
} from './fix-shape-checks.ts';

// nouns a person's name never stands straight before: a "you" there stands for a word that was not the child
const youBeforeNoun = new Set(
  'team service services survey chair council school hospital board panel unit project programme scheme film website office group centre hub trust partnership'.split(
    ' ',
  ),
);

/** Breaks anywhere in a sentence; the fix test counts those the fixed sentence has and the original had not. */
export function sentenceShapeProblems(sentence: string): string[] {
  const found: string[] = [];
  const clauses = sentence.split(/[.;!?,:()]+/);
  for (const clause of clauses) {
    const words = wordsOf(clause);
    for (let index = 0; index < words.length; index++) {
      const word = words[index] as string;
      const w = lower(word);
      const previous = lower(words[index - 1]);
      const next = lower(words[index + 1]);
      // "by we", "to they"
      // "before", "after", "since" and "until" also join clauses; "moving on he…": a verb's particle
      const joins = /^(than|like|before|after|since|until)$/.test(previous);
      const particle = /^(on|up|out|off|in)$/.test(previous) && /ing$/.test(lower(words[index - 2]));
      if (subjectPronouns.has(w) && prepositions.has(previous) && !joins && !particle)
        found.push(`pronoun: "${previous} ${w}"`);
      // "me said", "Conference me should"
      if (objectPronouns.has(w) && /^(should|will|would|must|can|could|said|says|is|was|has|am)$/.test(next))
        found.push(`pronoun: "${w} ${next}"`);
      if (w === 'you') {
        // "two you", "three you"
        if (numbers.has(previous) || /^\d+$/.test(previous)) found.push(`you: "${previous} you"`);
        // "the Town you", "Councillor you" (not the first word: "Thank you")
        if (index > 1 && /^\p{Lu}/u.test(words[index - 1] as string) && previous !== 'i')
          found.push(`you: "${words[index - 1]} you"`);
        // "you is", "you, who is"
        if (/^(is|was|has|does|needs|wants|who)$/.test(next)) {
          if (next !== 'who' || /^(is|was|has)$/.test(lower(words[index + 2]))) found.push(`you: "you ${next}"`);
        }
        // "you have severe autism and is non-verbal"
        const rest = words.slice(index + 1, index + 12).map(lower);
        const joinAt = rest.findIndex((r, at) => /^(and|but)$/.test(r) && /^(is|was|has)$/.test(rest[at + 1] ?? ''));
        if (
          joinAt >= 0 &&
          !rest.slice(0, joinAt).some((r) => subjectPronouns.has(r) || r === 'who' || r === 'which' || r === 'that')
        )
          found.push(`you: "you … ${rest[joinAt]} ${rest[joinAt + 1]}"`);
        // "the Integration you team", "a YouGov you survey": a name read as the child, before its noun
        if (youBeforeNoun.has(next)) found.push(`you: "you ${next}"`);
        // "a number of older you", "those you who", "one of you I work with": children among others
        if (/^(older|younger|those|these|such)$/.test(previous) || (/^(i|we)$/.test(next) && previous === 'of'))
          found.push(`you: "${previous} you ${next}"`.trim());
        // "you do the shopping and collects prescriptions": a second verb left in the third person
        if (joinAt < 0) {
          const verbAt = rest.findIndex(
            (r, at) => /^(and|but)$/.test(r) && /^[a-z]{3,}[^su's]s$/.test(rest[at + 1] ?? ''),
          );
          if (
            verbAt > 0 &&
            rest[verbAt + 2] !== undefined &&
            !/^(and|or)$/.test(rest[verbAt + 2] ?? '') &&
            !rest.slice(0, verbAt).some((r) => subjectPronouns.has(r) || r === 'who' || r === 'which' || r === 'that')
          )
            found.push(`you: "you … ${rest[verbAt]} ${rest[verbAt + 1]}"`);
        }
        // "you Leaving Care"
        if (index + 1 < words.length && /^\p{Lu}\p{Ll}/u.test(words[index + 1] as string) && index > 0)
          found.push(`you: "you ${words[index + 1]}"`);
      }
      // "a copy of me report", "requested that me send": "me" where "my" or "I" stands
      if (
        w === 'me' &&
        /^(of|that)$/.test(previous) &&
        /^\p{Ll}+$/u.test(words[index + 1] ?? '') &&
        !prepositions.has(next) &&
        !conjunctions.has(next) &&
        !relatives.has(next) &&
        !determiners.has(next) &&
        !auxiliaries.has(next) &&
        !/(ing|ly)$/.test(next)
      )
        found.push(`pronoun: "${previous} me ${next}"`);
      // "I heard me asking"
      if (w === 'me' && words.slice(Math.max(0, index - 4), index).some((v) => v === 'I'))
        found.push('pronoun: "I … me" in one clause');
      // "had abuse with", "had a five-year sexual abuse of"
      if (/^(had|has|have|having)$/.test(w)) {
        const tail = words.slice(index + 1, index + 5).map(lower);
        let at = 0;
        if (/^(a|an)$/.test(tail[0] ?? '')) at++;
        if (tail[at] !== 'abuse' && tail[at + 1] === 'abuse') at++;
        else if (tail[at] !== 'abuse' && tail[at + 2] === 'abuse' && tail[at + 1] === 'sexual') at += 2;
        if (tail[at] === 'abuse') found.push(`"${w} … abuse": abuse is not had`);
      }
      // "a heated abuse in", "an annual family time with", "a child protection was"
      if (/^(a|an)$/.test(w)) {
        for (let span = 1; span <= 3 && index + span < words.length; span++) {
          const candidate = lower(words[index + span]);
          const compound = lower(words[index + span - 1]) === 'family' && candidate === 'time';
          if (articleless.has(candidate) || compound) {
            const following = words[index + span + 1];
            if (!following || !continuesCompound(following))
              found.push(`"${w} … ${candidate}": an article before an uncountable noun`);
            break;
          }
          if (prepositions.has(candidate) || determiners.has(candidate)) break;
        }
      }
    }
  }
  // "long-term foster care foster home", "a child in need child in need assessment"
  for (const segment of sentence.split(/[.,;:!?()"“”‘’/\u2013\u2014]+/)) {
    const words = wordsOf(segment).map(lower);
    for (let index = 1; index < words.length; index++) {
      const w = words[index] as string;
      if (w.length < 4 || prepositions.has(w) || conjunctions.has(w) || auxiliaries.has(w) || relatives.has(w))
        continue;
      if (determiners.has(w) || w === 'your' || w === 'their') continue;
      const window = words.slice(Math.max(0, index - 3), index);
      if (
        window.includes(w) &&
        !window.slice(window.lastIndexOf(w)).some((v) => conjunctions.has(v) || auxiliaries.has(v))
      )
        found.push(`repeated word "${w}" within three words`);
    }
  }
  // "a secure care children's home": a kind of care before a kind of home
  for (const match of sentence.matchAll(/\bcare (foster|children's|children’s) home/g))
    found.push(`stacked: "${match[0]}"`);
  // "You, aged 12, is living", "you, who opposed the placement originally, does not": a verb across an aside
  for (const match of sentence.matchAll(/(?:^|[,;]\s*)[Yy]ou,[^,.;]{1,80},\s+(is|was|has|does)\b/g))
    found.push(`you: "you, …, ${match[1]}"`);
  // "My name is you", "the property of you.", "You in question"
  for (const match of sentence.matchAll(/\b(names? (is|was) you|[Yy]ou in question)\b/g))
    found.push(`you: "${match[0]}"`);
  for (const match of sentence.matchAll(/\bthe (\p{L}+) of you(?=[.,;:!?)]|$)/gu))
    if (
      !/^(rest|two|three|four|all|both|each|some|most|none|many|one|other|others|few|majority)$/.test(
        match[1] as string,
      )
    )
      found.push(`you: "${match[0]}"`);
  // "the Teacher … The legal right" mid-sentence: a capital determiner after a lower-case word
  for (const match of sentence.matchAll(/\b([\p{Ll}][\p{L}'’-]*)\s+(The|A|An)\s+\p{Ll}/gu))
    found.push(`case: "${match[1]} ${match[2]}" mid-sentence`);
  // a fix shouting in capitals: "your FOSTER CARER'S SOCIAL WORKER"
  for (const _ of sentence.matchAll(/\b\p{Lu}{2,}['’]?\p{Lu}*\s+\p{Lu}{2,}['’A-Z]*\s+\p{Lu}{2,}\b/gu))
    found.push('case: three or more words in capitals');
  // "Children in Care Council (Children in Care Council)", "Family meeting/family meeting"
  for (const match of sentence.matchAll(/([^()/]+)[(/]([^()/]+)[)/]?/gu)) {
    const plain = (part: string) => wordsOf(part).map(lower).join(' ');
    const inner = plain(match[2] as string);
    const outer = plain(match[1] as string);
    // within the words just before the bracket ("no further action taken (no further action)")
    const size = inner.split(' ').length;
    const near = outer
      .split(' ')
      .slice(-(size + 2))
      .join(' ');
    if (inner.includes(' ') && ` ${near} `.includes(` ${inner} `))
      found.push(`repeated: "${(match[2] as string).trim()}" beside itself`);
  }
  return found;
}
