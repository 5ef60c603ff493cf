import { wordSet } from '../word-set.ts';
import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { isChildNoun, speakerKind, type VoiceReading } from './voice-speaker.ts';
import {
  firstPerson,
  invertedFillers,
  personalWords,
  quotedSayings,
  sayingParticiples,
  speechVerbs,
} from './voice-words.ts';
import { secondPerson, voiceVerbs } from './words.ts';

/** Roles of a word standing for the child. */
const childWordRoles = ['child-name', 'child-phrase', 'child-pronoun'];
const conjunctions = ['and', 'but', 'or', 'so', 'who', 'which', 'that'];
const wantVerbs = ['want', 'wants', 'wanted', 'wish', 'wishes', 'wished', 'saying', 'telling', 'asking'];
/** Words that are no subject, and words after which a person is no subject ("to his mother", "told him"). */
const objectWords = wordSet('his her their my your our him them me us to of for with at by from about');

/**
 * A reporter's bracketed word for the child inside a quotation, then a verb of saying or wanting ("(she) starts by
 * saying that she wants…", "[the child] only wanted the judge to see it"): the quotation reports the child's words, so
 * the sentence records the child's voice. Null otherwise.
 */
export function bracketedChildSpeaks(sentence: NoteSentence, roles: WordRole[]): VoiceReading | null {
  if (!sentence.hasQuote) return null;
  const words = sentence.words;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || !childWordRoles.includes(roles[index] ?? '') || !words[index + 1]?.quoted) continue;
    const after = sentence.text.slice(word.end - sentence.from, (words[index + 1] as NoteWord).start - sentence.from);
    if (!/^[)\]]/.test(after)) continue;
    for (let later = index + 1; later < Math.min(words.length, index + 5); later += 1) {
      const verb = (words[later] as NoteWord).lower;
      // "Tommy (the child) and he told me…": another clause, whose subject may be anyone
      if (conjunctions.includes(verb)) break;
      if (speechVerbs.has(verb) || voiceVerbs.has(verb) || wantVerbs.includes(verb))
        return { voice: 'child', speaker: word.text };
    }
  }
  return null;
}

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const otherRoles = ['other-person', 'other-pronoun', 'self-reference'];
const myOur = ['my', 'our'];
const herHisTheir = ['her', 'his', 'their'];

/** Whether the verb at `verb` has its own speaker before it: a person named after the last quotation before it, or no
 * quotation before it at all and the verb not opening the sentence. */
function spokenBefore(words: NoteWord[], roles: WordRole[], verb: number, address: SentenceAddress): boolean {
  let start = verb - 1;
  while (start >= 0 && !(words[start] as NoteWord).quoted) start -= 1;
  if (start === -1) return verb > 0;
  for (let index = start + 1; index < verb; index += 1) if (speakerKind(words, roles, index, address)) return true;
  return false;
}

/** Quoted words after an inverted speaker ("“I like it here,” said Jade", "…,” says a 15-year-old girl"): whose they are, or null. */
export function invertedSpeaker(words: NoteWord[], roles: WordRole[], address: SentenceAddress): VoiceReading | null {
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const previous = words[index - 1] as NoteWord;
    if (word.quoted || previous.quoted || !speechVerbs.has(previous.lower)) continue;
    // the verb after the quotation with no speaker between ("“…,” is also needed said one young person"), or opening
    // the sentence: "The judge said the boy was “lovely”" and "Describing her as “…”, the judge said she…" have their
    // speaker before the verb, and the child after it is whom the judge spoke of
    if (spokenBefore(words, roles, index - 1, address)) continue;
    // past a determiner or an age: "said one young person", "says a 15-year-old girl"
    let subject = index;
    while (
      subject - index < 5 &&
      (invertedFillers.has((words[subject] as NoteWord).lower) || /^\d/.test((words[subject] as NoteWord).lower)) &&
      words[subject + 1] &&
      !(words[subject + 1] as NoteWord).quoted &&
      !(words[subject + 1] as NoteWord).breakBefore
    )
      subject += 1;
    // "said the boy's juvenile liaison officer": someone of the child's speaks, not the child
    const owner = (words[subject] as NoteWord).lower;
    const owned = words[subject + 1];
    if (/'s$|s'$/.test(owner) && owned && !owned.quoted && !owned.breakBefore) {
      let head = subject + 1;
      while (head - subject < 4 && words[head + 1] && !words[head + 1]?.quoted && !words[head + 1]?.breakBefore)
        head += 1;
      return { voice: 'other', speaker: (words[head] as NoteWord).text };
    }
    const kind = speakerKind(words, roles, subject, address);
    if (kind) return { voice: kind, speaker: (words[subject] as NoteWord).text };
  }
  return null;
}

/** Whose words a quotation is, from the clause that introduces it ("I texted back; “…”", "he sent me a text; “…”"). */
export function quoteIntroducer(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
): VoiceReading | null {
  const words = sentence.words;
  const quoteAt = words.findIndex((word) => word.quoted);
  if (quoteAt < 1) return null;
  // introduced by punctuation ("…back; “", "…message: “"), with no verb of saying to say whose it is
  const gap = sentence.text.slice(
    (words[quoteAt - 1] as NoteWord).end - sentence.from,
    (words[quoteAt] as NoteWord).start - sentence.from,
  );
  if (!/[:;,]/.test(gap) || words.some((word) => !word.quoted && speechVerbs.has(word.lower))) return null;
  // "Theo was holding on to his mother's arm and shouting, “I'm not going”": a participle of saying just before the
  // quotation gives it to the sentence's subject (not to "mother's", a possessive in the words between)
  if (sayingParticiples.has((words[quoteAt - 1] as NoteWord).lower)) {
    // (the nearest subject before it: "When I came to collect Theo, Theo was holding on…, shouting, “…”")
    for (let index = quoteAt - 2; index >= 0; index -= 1) {
      const word = words[index] as NoteWord;
      if (/['’]s$/.test(word.lower) || objectWords.has(word.lower) || objectWords.has(words[index - 1]?.lower ?? ''))
        continue;
      const kind = speakerKind(words, roles, index, address);
      if (kind) return { voice: kind, speaker: word.text };
    }
  }
  let clause = quoteAt - 1;
  while (clause > 0 && !(words[clause] as NoteWord).breakBefore && quoteAt - clause < 6) clause -= 1;
  // ("Emma: “What do you care?”": a speaker who opens the clause just before the quotation counts)
  for (let index = clause; index < (clause === quoteAt - 1 ? quoteAt : quoteAt - 1); index += 1) {
    const kind = speakerKind(words, roles, index, address);
    if (kind) return { voice: kind, speaker: (words[index] as NoteWord).text };
  }
  return null;
}

/** "your own words", "in her words": whose words the sentence says it records, or null. */
export function wordsOwner(words: NoteWord[], roles: WordRole[], address: SentenceAddress): VoiceReading | null {
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || word.lower !== 'words') continue;
    let owner = index - 1;
    const own = words[owner]?.lower === 'own';
    if (own) owner -= 1;
    const ownerWord = words[owner];
    if (!ownerWord) continue;
    // ("the birth mother and grandparents… explaining in their own words": "their" must stand for children)
    const pronoun = herHisTheir.includes(ownerWord.lower);
    if (pronoun && roles[owner] !== 'child-pronoun') continue;
    if ((ownerWord.lower === 'your' || (own && ownerWord.lower === 'their')) && address.addressee !== 'other')
      return { voice: 'child', speaker: ownerWord.lower === 'your' ? 'you' : ownerWord.text };
    if (
      own &&
      !otherRoles.includes(roles[owner] ?? '') &&
      !myOur.includes(ownerWord.lower) &&
      address.addressee !== 'other'
    )
      return { voice: 'child', speaker: ownerWord.text };
    if (herHisTheir.includes(ownerWord.lower) && roles[owner] === 'child-pronoun')
      return { voice: 'child', speaker: ownerWord.text };
  }
  return null;
}

/**
 * The reading of a sentence that is all quotation with no one named as speaker, or null. `namesGiven`: the host
 * names the child, so first-person words quoted in the note are read as the child's whoever the note seems written to.
 */
export function unattributedQuote(
  sentence: NoteSentence,
  address: SentenceAddress,
  namesGiven = false,
): VoiceReading | null {
  const words = sentence.words;
  const quoted = words.filter((word) => word.quoted);
  if (quoted.length < 3) return null;
  const ownWords = quoted.some((word) => firstPerson.has(word.lower));
  // (not words said to someone, "“Do you want to write it… so I can send it”": an adult's to the child)
  const toSomeone = quoted.some((word) => secondPerson.has(word.lower));
  if (address.addressee === 'other' && !(namesGiven && ownWords && !toSomeone)) return null;
  const outside = words.filter((word) => !word.quoted);
  if (outside.some((word, index) => speechVerbs.has(word.lower) && index > 0)) return null;
  // a whole sentence in quotation marks, or first-person words quoted in a note about a child
  // ("“I am seven years old and I live with my gran.”")
  const personal = quoted.some((word) => personalWords.has(word.lower));
  const whole = outside.length === 0;
  if (personal && (whole || ownWords)) return { voice: 'child', speaker: null };
  return null;
}

/**
 * The speaker a dialogue's label names ("Everett: Aw, why not?", "D: Who would?", "Me: Social Services…"): the child
 * when the label is the child (or "Me" in the child's own account), someone else when it is another person, or null.
 */
export function dialogueSpeaker(
  words: NoteWord[],
  roles: WordRole[],
  address: SentenceAddress,
  writerIsChild: boolean,
): VoiceReading | null {
  const label = words[0];
  if (!address.dialogue || !label) return null;
  if (label.lower === 'me') return { voice: writerIsChild ? 'child' : 'other', speaker: label.text };
  // ("Young person: …": the label's noun is its second word)
  const head = label.lower === 'young' ? 1 : 0;
  const kind = speakerKind(words, roles, head, address);
  return kind ? { voice: kind, speaker: (words[head] as NoteWord).text } : null;
}

/** Quoted words with their speaker after a dash ("“…,” - Girl, 11.", "“…” - Boy, aged 10"): whose they are, or null. */
export function dashedSpeaker(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
): VoiceReading | null {
  const words = sentence.words;
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const previous = words[index - 1] as NoteWord;
    if (word.quoted || !previous.quoted) continue;
    const gap = sentence.text.slice(previous.end - sentence.from, word.start - sentence.from);
    if (!/[-\u2013\u2014]/.test(gap)) continue;
    const kind = speakerKind(words, roles, index, address);
    if (kind) return { voice: kind, speaker: word.text };
  }
  return null;
}

/** Nouns for children as a group, which a quotation speaking of them uses of others. */
const groupNouns = ['children', 'babies', 'kids', 'pupils', 'toddlers'];

/**
 * Whether a quotation speaks of children as others ("“Children benefit from their time…”") with no "I" of its own:
 * a description of them, the words of an adult who watches them, not of a child.
 */
export function quotesOfChildren(words: NoteWord[]): boolean {
  let children = false;
  for (const word of words) {
    if (!word.quoted) continue;
    if (firstPerson.has(word.lower)) return false;
    if (groupNouns.includes(word.lower)) children = true;
  }
  return children;
}

/** A quoted verb of saying in the past straight after the word at `index`, inside the same quotation ("…Ruby said…"). */
function quotedSayingAfter(words: NoteWord[], index: number): boolean {
  const verb = words[index + 1];
  return !!verb && verb.quoted && !verb.breakBefore && quotedSayings.has(verb.lower);
}

/** The child by name inside a quotation, then a verb of saying in the past, both quoted: "“Ruby said she would…”". */
export function quotedChildSays(words: NoteWord[], index: number, childNames: ReadonlySet<string>): boolean {
  const name = (words[index] as NoteWord).text;
  return /^\p{Lu}/u.test(name) && childNames.has(name.toLowerCase()) && quotedSayingAfter(words, index);
}

/** Determiners that make a child noun inside a quotation particular children: "the girls said", "my son asked". */
const particularDeterminers = wordSet('the my our');

/** A child noun after "the", "my" or "our" inside a quotation, then a verb of saying in the past: "“…The girls said…”". */
export function quotedChildNounSays(words: NoteWord[], index: number): boolean {
  const before = words[index - 1];
  return (
    !!before?.quoted &&
    particularDeterminers.has(before.lower) &&
    isChildNoun(words, index) &&
    quotedSayingAfter(words, index)
  );
}
