import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import { lowerWords } from './lower-words.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { Voice } from './types.ts';
import { groupReading } from './voice-groups.ts';
import { dialogueSpeaker, invertedSpeaker, quoteIntroducer, unattributedQuote, wordsOwner } from './voice-quotes.ts';
import { isChildNoun, speakerKind, type VoiceReading } from './voice-speaker.ts';
import {
  actsOnViews,
  authoredBy,
  between,
  causative,
  childNouns,
  clauseOpeners,
  clauseVerbs,
  conditional,
  coordinatedVerbs,
  describedThings,
  feelingAdjectives,
  feelings,
  firstPerson,
  hypothetical,
  madeVerbs,
  metBy,
  pastVerbs,
  speechVerbs,
  wishAdjectives,
  wishNouns,
} from './voice-words.ts';
import { voiceVerbs } from './words.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const beAuxiliaries = ['was', 'were', 'been', 'being', 'is', 'are'];
const beForms = ['is', 'are', 'was', 'were', "'s"];
const notForms = ['not', "didn't", "don't", "doesn't"];
const andBut = ['and', 'but'];
const linkingAdverbs = ['then', 'also', 'later', 'just'];
const wishVerbs = ['want', 'wants', 'wanted', 'wish', 'wished', 'wishes'];
const wouldForms = ['would', "'d"];
const likeLovePrefer = ['like', 'love', 'prefer'];
const herHisTheir = ['her', 'his', 'their'];
const withAndBut = ['with', 'and', 'but'];
const haveForms = ['has', 'have', "'s", "'ve"];
const passiveBe = ['is', 'are', 'was', 'were', 'been'];
const sheHe = ['she', 'he'];
const andButSo = ['and', 'but', 'so'];

export type { VoiceReading } from './voice-speaker.ts';

/** Words before a person that make them no subject ("a review of six children"). */
const prepositions = new Set(['of', 'for', 'with', 'to', 'about', 'by', 'from', 'on', 'at', 'between']);
/** Words after a person that open a clause about them ("children who were…"). */
const relatives = new Set(['who', 'whom', 'which', 'that', 'whose']);

/** Determiners before a noun that "you" may describe in a clause of its own ("the people you wish…"). */
const relativeHeads = new Set(['the', 'any', 'all', 'those', 'these', 'every', 'other']);

/** Words that say nothing was said: "did not ask", "wouldn't even say". */
const negations = new Set([
  'not',
  "didn't",
  "don't",
  "doesn't",
  'never',
  "wouldn't",
  "couldn't",
  "won't",
  "can't",
  'cannot',
]);

/** Adverbs that make a want or a feeling the writer's account of children in general: "they generally want…". */
// lists read for every word, made once (an array written in a loop is a new array each time round)
const modals = ['should', 'must', 'will', 'can', 'could', 'may', 'might', 'ensure', 'ensured', 'ensures'];
const contentOpeners = ['to', 'that'];
const hedges = new Set(['generally', 'usually', 'typically', 'often', 'tend', 'tends']);

/** Words that may stand between a preposition and the person it governs: "with these young people". */
const nounPhrase = new Set(
  'the these those a an some all other our their his her its many older younger little young both'.split(' '),
);

/** Words before "of" that make the children after it the ones who act: "none of the children", "a couple of young people". */
const quantities = new Set(
  'none some all many most one two three few several each lots majority half couple number both any'.split(' '),
);

/** Whether the person at `index` follows a preposition ("working with these young people"): not a subject. */
function afterPreposition(words: NoteWord[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && index - before <= 3 && nounPhrase.has((words[before] as NoteWord).lower)) before -= 1;
  const word = words[before];
  // ("none of the children I spoke to felt…", "a couple of young people described…": the group speaks)
  return before < index - 1 && !!word && !word.quoted && word.lower !== 'of' && prepositions.has(word.lower);
}

/** Pronouns that are never the subject of a clause. */
const notSubjects = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our', 'him', 'them', 'me', 'us']);

const made = (word: NoteWord): boolean => madeVerbs.has(word.lower);

/** Words of a title set after a name: "Anne Longfield, Children's Commissioner, said". */
const titleJoins = new Set(['of', 'for', 'the', 'and', '&']);

/** The index of the verb after a subject at `index`, skipping adverbs and auxiliaries, or -1. */
function verbAfter(words: NoteWord[], index: number): number {
  let next = index + 1;
  // past a surname and a title in capitals: "Anne Longfield, Children's Commissioner said"
  const name = words[index] as NoteWord | undefined;
  if (name && /^\p{Lu}\p{Ll}/u.test(name.text) && index + 1 < words.length) {
    let end = next;
    while (
      end < words.length &&
      end - index <= 6 &&
      !(words[end] as NoteWord).quoted &&
      (/^\p{Lu}/u.test((words[end] as NoteWord).text) || titleJoins.has((words[end] as NoteWord).lower))
    )
      end += 1;
    if (end > next && speechVerbs.has(words[end]?.lower ?? '')) next = end;
  }
  while (words[next] && between.has((words[next] as NoteWord).lower)) next += 1;
  const verb = words[next];
  return verb && !verb.quoted ? next : -1;
}

/** Words that may describe a group of children before their verb: "children in care who explain", "children and young adults describe". */
const groupWords = new Set('in care who and young people adults person persons we i met spoke to'.split(' '));

/** The verb after a group of children, past a short description of them, or -1. */
function verbAfterGroup(words: NoteWord[], index: number): number {
  const verb = verbAfterGroupNear(words, index);
  const near = words[verb]?.lower ?? '';
  if (words[index + 1]?.lower !== 'who' || speechVerbs.has(near) || voiceVerbs.has(near)) return verb;
  // "the father of the child (who denies…)": the clause is about whoever the child belongs to
  let start = index - 1;
  while (start >= 0 && index - start <= 3 && nounPhrase.has((words[start] as NoteWord).lower)) start -= 1;
  if (words[start]?.lower === 'of' && !quantities.has(words[start - 1]?.lower ?? '')) return verb;
  // "young people who have had reviews have told us": the verb of saying after a clause about them
  for (let next = index + 2; next < words.length && next - index <= 9; next += 1) {
    const word = words[next] as NoteWord;
    if (word.quoted || word.breakBefore) return verb;
    if (!speechVerbs.has(word.lower)) continue;
    // "children who were told…": someone else spoke to them
    return beAuxiliaries.includes(words[next - 1]?.lower ?? '') ? verb : next;
  }
  return verb;
}

/** The verb just after a group of children, past a few words that describe them, or -1. */
function verbAfterGroupNear(words: NoteWord[], index: number): number {
  let next = index + 1;
  while (next - index <= 4 && words[next] && !(words[next] as NoteWord).breakBefore) {
    const lower = (words[next] as NoteWord).lower;
    if (!groupWords.has(lower)) break;
    // "children spoke to us" speak; "children I spoke to", "young people we met" are spoken to
    if (metBy.has(lower) && !lowerWords(words, index + 1, next).some((w) => w === 'i' || w === 'we')) break;
    next += 1;
    // "children and young people in Wakefield told us", "the Children in Care Council felt": a place or body's name
    if (lower === 'in' || lower === 'from')
      while (
        next - index <= 7 &&
        words[next] &&
        !(words[next] as NoteWord).quoted &&
        /^\p{Lu}/u.test((words[next] as NoteWord).text)
      )
        next += 1;
  }
  return verbAfter(words, next - 1);
}

/** Whether a clause of its own follows the verb at `index` ("felt that…", "felt he was…"). */
function clauseFollows(words: NoteWord[], roles: WordRole[], index: number): boolean {
  const next = words[index + 1];
  if (!next || next.quoted) return false;
  if (clauseOpeners.has(next.lower)) return true;
  const role = roles[index + 1];
  return role === 'child-name' || role === 'other-person' || role === 'child-phrase';
}

/**
 * A feeling said with "is/was": "she was worried that…", "he is keen to go home". Returns the index
 * of the adjective, or -1.
 */
function feelingStated(words: NoteWord[], subject: number): number {
  let next = subject + 1;
  while (words[next] && between.has((words[next] as NoteWord).lower)) next += 1;
  const adjective = words[next];
  // "she is looking forward to…": a wish of hers
  const lookingForward = adjective?.lower === 'looking' && words[next + 1]?.lower === 'forward';
  if (!adjective || adjective.quoted || !(feelingAdjectives.has(adjective.lower) || lookingForward)) return -1;
  const auxiliaries = lowerWords(words, subject + 1, next);
  if (!auxiliaries.some((word) => beForms.includes(word))) return -1;
  if (auxiliaries.some((word) => notForms.includes(word))) return -1;
  if (lookingForward) return next;
  const after = words[next + 1]?.lower;
  if (after === 'that' || (after === 'to' && wishAdjectives.has(adjective.lower))) return next;
  return -1;
}

/** "he wasn't happy at school and wanted to move": a verb of saying or wanting later in the subject's clause. */
function coordinatedVerb(words: NoteWord[], roles: WordRole[], from: number, address: SentenceAddress): number {
  for (let index = from; index < words.length - 1; index += 1) {
    const word = words[index] as NoteWord;
    // (a comma before "and" or "but" keeps the clause: "…the care system, and would prefer that…")
    if (word.quoted || (index > from && word.breakBefore && !andBut.includes(word.lower))) return -1;
    // another subject ("and Mum said") starts a clause of its own; "his school", "told him" do not
    if (!notSubjects.has(word.lower) && speakerKind(words, roles, index, address) !== null) return -1;
    if (word.lower !== 'and' && word.lower !== 'but') continue;
    let verb = index + 1;
    while (words[verb] && linkingAdverbs.includes((words[verb] as NoteWord).lower)) verb += 1;
    const candidate = words[verb];
    if (!candidate || candidate.quoted || !coordinatedVerbs.has(candidate.lower)) continue;
    // "she had prepared and asked Evie": whoever asks the child is not the child
    const object = roles[verb + 1];
    if (object === 'child-name' || object === 'child-pronoun' || object === 'child-phrase') return -1;
    return verb;
  }
  return -1;
}

/** Whether the child is named by name later in the clause of the verb at `index` (up to a comma or stop). */
function namesChildAfter(words: NoteWord[], roles: WordRole[], index: number): boolean {
  for (let next = index + 1; next < words.length; next += 1) {
    const word = words[next] as NoteWord;
    if (word.breakBefore && next > index + 1) return false;
    if (!word.quoted && roles[next] === 'child-name') return true;
  }
  return false;
}

/** Whether the verb at `index` states a wish: "wanted", "would prefer", "'d like". */
function wishAt(words: NoteWord[], index: number): boolean {
  const verb = words[index]?.lower ?? '';
  if (wishVerbs.includes(verb)) return true;
  return wouldForms.includes(verb) && likeLovePrefer.includes(words[index + 1]?.lower ?? '');
}

/**
 * Whose words or views a sentence records. Quoted words belong to whoever the sentence says spoke
 * them ("Jade said “…”", "“…”, Mum told me"); reported words count as the child's when the child
 * (or "you", when the note is written to them) told, said, drew, showed, wants or feels. In a
 * note in the child's own words, every sentence in the first person is their voice. `namesGiven`: the
 * child's names are the host's, not guessed from the note.
 */
export function readVoice(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
  writerIsChild: boolean,
  previous?: Voice,
  namesGiven = false,
): VoiceReading {
  const words = sentence.words;
  const labelled = dialogueSpeaker(words, roles, address, writerIsChild);
  if (labelled) return labelled;
  if (
    writerIsChild &&
    !sentence.text.trimEnd().endsWith('?') &&
    words.some((word) => !word.quoted && firstPerson.has(word.lower))
  )
    return { voice: 'child', speaker: 'I' };
  const owned = wordsOwner(words, roles, address);
  if (owned) return owned;
  let reported: VoiceReading | null = null;
  let reportedAt = -1;
  // "your child's views should be heard", "I have ensured the child's views are identified": not their views
  const modal = words.some((word) => modals.includes(word.lower));
  const reportsSpeech = sentence.hasQuote || words.some((w) => speechVerbs.has(w.lower));
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    // "the children's wishes and feelings", "Jade's wishes"
    // "the girl's desire to leave care", "her request", "his wish"
    // ("a girl's desire to leave care could not be fulfilled" states the wish, whatever the modal says of it)
    const withContent = contentOpeners.includes(words[index + 1]?.lower ?? '');
    if (wishNouns.has(word.lower) && index > 0 && (!modal || withContent)) {
      const owner = index - 1;
      const ownerWord = words[owner] as NoteWord;
      // "to respect her wishes", "took his views into account": what an adult did with them, not the views
      if (actsOnViews.has(words[owner - 1]?.lower ?? '')) continue;
      if (ownerWord.lower.endsWith("'s") || ownerWord.lower.endsWith("s'") || herHisTheir.includes(ownerWord.lower)) {
        const kind =
          ownerWord.lower === 'your'
            ? address.addressee === 'child'
              ? 'child'
              : 'other'
            : (speakerKind(words, roles, owner, address) ?? (isChildNoun(words, owner) ? 'child' : null));
        if (kind === 'child') return { voice: 'child', speaker: ownerWord.text };
      }
    }
    const kind = speakerKind(words, roles, index, address);
    if (kind === null) continue;
    // "according to Jade, …", "a letter written by Jade": whose words or work the sentence records
    const twoBefore = words[index - 2]?.lower ?? '';
    const oneBefore = words[index - 1]?.lower ?? '';
    if ((twoBefore === 'according' && oneBefore === 'to') || (oneBefore === 'by' && authoredBy.has(twoBefore))) {
      if (kind === 'child') return { voice: 'child', speaker: word.text };
      continue;
    }
    // "to help Evie feel at ease… something she enjoyed": a description, not her view
    if (causative.has(words[index - 1]?.lower ?? '') && kind === 'child') continue;
    // "professionals working with these young people have said": the children are not the ones speaking
    if (afterPreposition(words, index)) continue;
    let verbIndex = childNouns.has(word.lower) ? verbAfterGroup(words, index) : verbAfter(words, index);
    let verb = words[verbIndex];
    // a verb found later in the subject's clause ("she is starting a new school and tells me…")
    let coordinated = false;
    const stated = feelingStated(words, index);
    if (stated !== -1) {
      verbIndex = stated;
      verb = words[stated];
    } else if (
      !verb ||
      !(voiceVerbs.has(verb.lower) || speechVerbs.has(verb.lower) || clauseVerbs.has(verb.lower) || made(verb))
    ) {
      // "a review of six children who were… and said": the later verb is someone else's
      if (prepositions.has(words[index - 1]?.lower ?? '') || relatives.has(words[index + 1]?.lower ?? '')) continue;
      const later = coordinatedVerb(words, roles, index + 1, address);
      if (later === -1) continue;
      verbIndex = later;
      verb = words[later];
      coordinated = true;
    }
    if (!verb || verb.breakBefore) continue;
    // "the father refused to return his daughter saying that…": the saying is the father's
    if (
      verb.lower.endsWith('ing') &&
      verbIndex === index + 1 &&
      herHisTheir.includes(words[index - 1]?.lower ?? '') &&
      index > 1 &&
      !(words[index - 1] as NoteWord).breakBefore &&
      !withAndBut.includes(words[index - 2]?.lower ?? '')
    )
      continue;
    const auxiliaries = coordinated ? [] : lowerWords(words, index + 1, verbIndex);
    const clause = clauseVerbs.has(verb.lower) && clauseFollows(words, roles, verbIndex);
    if (stated === -1) {
      if (!(voiceVerbs.has(verb.lower) || speechVerbs.has(verb.lower) || clause || made(verb))) continue;
      // "Jade has written a letter" ("the letter one of the children had written" is not said to be theirs)
      if (made(verb) && !auxiliaries.some((w) => haveForms.includes(w))) continue;
      // "Jade was told", "she is asked": someone else spoke to her; "she was saying" is her words
      if (auxiliaries.some((w) => passiveBe.includes(w)) && !verb.lower.endsWith('ing')) continue;
    }
    // "if you would like", "what you tell them", "how you feel": not words anyone said
    let start = index;
    while (start > 0 && index - start < 5 && !(words[start] as NoteWord).breakBefore) start -= 1;
    const before = lowerWords(words, start, index);
    // ("what you told me" is what was said: a verb in the past is not hypothetical)
    const past = /ed$/.test(verb.lower) || pastVerbs.has(verb.lower);
    if (before.some((w) => conditional.has(w) || (!past && hypothetical.has(w)))) continue;
    // "the people you wish to be at your meeting": a description of them, not words anyone said
    if (!past && word.lower === 'you' && relativeHeads.has(words[index - 2]?.lower ?? '')) continue;
    if (verb.lower === 'would' && before.includes('that')) continue;
    // "did not ask", "never said": nothing was said ("did not feel that it was right" is a view)
    const negated = auxiliaries.some((w) => negations.has(w));
    if (negated && !clause && !wishVerbs.includes(verb.lower)) continue;
    // "they generally want to…", "young people usually like…": the writer's account of children, not their words
    if (!speechVerbs.has(verb.lower) && auxiliaries.some((w) => hedges.has(w))) continue;
    if (stated === -1 && feelings.has(verb.lower)) {
      // "something she enjoyed", "the things he likes": a description of them, not their view
      if (describedThings.has(words[index - 1]?.lower ?? '')) continue;
      // "B enjoys being with Tanya" is the writer's view; "you told me you like it", "he felt that…" are the child's
      // ("she would like to live with her nan", "he'd prefer to stay" state a wish)
      const wished = likeLovePrefer.includes(verb.lower) && auxiliaries.some((w) => w === 'would' || w === "'d");
      // ("children worry about the stigma and would prefer that…": the wish after "and" is theirs)
      if (!reportsSpeech && !clause && !wished && !wishAt(words, coordinatedVerb(words, roles, verbIndex + 1, address)))
        continue;
    }
    if (verb.lower === 'would' || verb.lower === "you'd") {
      if (!likeLovePrefer.includes(words[verbIndex + 1]?.lower ?? '')) continue;
    }
    if (verb.lower === 'showed' && words[verbIndex + 1]?.lower !== 'me' && !sentence.hasQuote) continue;
    // "She wanted help with Kim's behaviour", "he feels that Jack's refusal…": a pronoun whose own clause names
    // the child after it is someone else (of the child it would say "her", not "Kim"); only a name the host gave
    // is sure enough ("She was reluctant… as Katie was her cousin": a guessed name may be the cousin's)
    const namedAfter =
      kind === 'child' &&
      roles[index] === 'child-pronoun' &&
      sheHe.includes(word.lower) &&
      namesGiven &&
      namesChildAfter(words, roles, verbIndex);
    const reading: VoiceReading = { voice: namedAfter ? 'other' : kind, speaker: word.text };
    // the first speaker of a sentence is the one whose words it records ("Mum said Jade wants…"),
    // unless the child speaks in a clause of their own ("I asked Louis and he said…")
    if (kind === 'child') {
      const ownClause =
        reportedAt === -1 ||
        words.slice(reportedAt + 1, index + 1).some((w) => w.breakBefore || andButSo.includes(w.lower));
      return ownClause ? reading : (reported ?? reading);
    }
    if ((speechVerbs.has(verb.lower) || sentence.hasQuote) && reported === null) {
      reported = reading;
      reportedAt = verbIndex;
    }
  }
  // quoted words after an inverted speaker: "“I like it here,” said Jade", "…,” said one young person"
  const inverted = sentence.hasQuote ? invertedSpeaker(words, roles, address) : null;
  if (inverted) return inverted;
  if (reported) return reported;
  // "Another said: “…”", "Some also said that…": a group word speaking, read from the group it is part of
  const group = groupReading(sentence, previous);
  if (group) return group;
  if (sentence.hasQuote) {
    const introduced = quoteIntroducer(sentence, roles, address);
    if (introduced) return introduced;
  }
  return unattributedQuote(sentence, address) ?? { voice: 'none', speaker: null };
}
