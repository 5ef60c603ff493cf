import type { SentenceAddress } from './addressee.ts';
import { isAdultRole, reportsSelf } from './adult-roles.ts';
import type { WordRole } from './people.ts';
import { lowerWords } from './lower-words.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { Voice } from './types.ts';
import {
  afterPreposition,
  clauseFollows,
  coordinatedVerb,
  feelingStated,
  likeLovePrefer,
  made,
  madeClear,
  namesChildAfter,
  possessiveOfWish,
  prepositions,
  verbAfter,
  verbAfterGroup,
  wishAt,
  wishStated,
} from './voice-clauses.ts';
import { answerAfterAsked } from './voice-answers.ts';
import { answerAfterColon } from './voice-replied.ts';
import { verbAfterAside } from './voice-asides.ts';
import {
  bracketedChildSpeaks,
  dashedSpeaker,
  dialogueSpeaker,
  invertedSpeaker,
  quotedChildNounSays,
  quotedChildSays,
  quotesOfChildren,
  wordsOwner,
} from './voice-quotes.ts';
import { complaintVerbs, particularChildActs } from './voice-particular.ts';
import { insideReport, roleSpeaksOfNamedChild, speaksOfOwnChild, unanchoredSpeaksOfChild } from './voice-others.ts';
import { hopeFor, inRelativeObject, namedOnly, ownClauseBefore, ownedBy, throughVia } from './voice-scope.ts';
import { isChildNoun, speakerKind, type VoiceReading } from './voice-speaker.ts';
import { unspokenReading } from './voice-unspoken.ts';
import {
  actsOnViews,
  admittedCharge,
  authoredBy,
  causative,
  childNouns,
  clauseVerbs,
  conditional,
  describedThings,
  feelings,
  firstPerson,
  hypothetical,
  pastVerbs,
  refersAs,
  refusals,
  speechVerbs,
  talkAfterBegin,
  ownedComplaint,
  wishNouns,
  wishVerbs,
  writingTold,
} from './voice-words.ts';
import { voiceVerbs } from './words.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const herHisTheir = ['her', 'his', 'their'];
const withAndBut = ['with', 'and', 'but'];
const haveForms = ['has', 'have', "'s", "'ve"];
const passiveBe = ['is', 'are', 'was', 'were', 'been'];
const sheHe = ['she', 'he'];
const andButSo = ['and', 'but', 'so'];
const isWas = ['is', 'was'];

export type { VoiceReading } from './voice-speaker.ts';

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

/**
 * Whose words or views a sentence records. Quoted words belong to whoever the sentence says spoke
 * them ("Jade said “…”", "“…”, Mum told me"); reported words count as the child's when the child
 * (or "you", when the note is written to them) told, said, drew, showed, wants or feels. In a
 * note in the child's own words, every sentence in the first person is their voice. `givenNames`: the
 * child's names when they are the host's, not guessed from the note.
 */
export function readVoice(
  sentence: NoteSentence,
  roles: WordRole[],
  address: SentenceAddress,
  writerIsChild: boolean,
  previous?: Voice,
  givenNames?: ReadonlySet<string>,
): VoiceReading {
  const namesGiven = givenNames !== undefined;
  const words = sentence.words;
  const labelled = dialogueSpeaker(words, roles, address, writerIsChild);
  if (labelled) return labelled;
  if (
    writerIsChild &&
    !sentence.text.trimEnd().endsWith('?') &&
    words.some((word) => !word.quoted && firstPerson.has(word.lower))
  )
    // a child's own first-person account is the child's voice whoever it reports ("My mom decided to remove…",
    // "My foster carer always told me that…": the lead's round-27 ruling)
    return { voice: 'child', speaker: 'I' };
  const owned = wordsOwner(words, roles, address);
  if (owned) return owned;
  const inserted = bracketedChildSpeaks(sentence, roles);
  if (inserted) return inserted;
  const answer = answerAfterAsked(words, roles, address);
  if (answer) return answer;
  const replied = answerAfterColon(sentence, roles, address);
  if (replied) return replied;
  let reported: VoiceReading | null = null;
  let reportedAt = -1;
  let reportedByRole = false;
  // "your child's views should be heard", "I have ensured the child's views are identified": not their views
  const modal = words.some((word) => modals.includes(word.lower));
  const reportsSpeech = sentence.hasQuote || words.some((w) => speechVerbs.has(w.lower));
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    // "“Ruby said she would like to see her dad,” the reviewing officer read": inside someone's quotation, the child
    // by name who said something is the child speaking
    if (word.quoted) {
      // (the quotation running on stays its speaker's: "…when Ruby said she wanted to join. The club means a lot to us.”")
      if ((namesGiven && quotedChildSays(words, index, givenNames)) || quotedChildNounSays(words, index))
        return { voice: 'child', speaker: word.text, quotedReport: true, ...(reported ? { quotedBy: reported } : {}) };
      continue;
    }
    // "the children's wishes and feelings", "Jade's wishes"
    // "the girl's desire to leave care", "her request", "his wish"
    // ("a girl's desire to leave care could not be fulfilled" states the wish, whatever the modal says of it)
    const withContent = contentOpeners.includes(words[index + 1]?.lower ?? '');
    // ("S's complaint about the Council reducing contact": the child's words told as a noun the child owns)
    const complaint = ownedComplaint(words, index);
    if ((wishNouns.has(word.lower) || complaint) && index > 0 && (!modal || withContent)) {
      const owner = index - 1;
      const ownerWord = words[owner] as NoteWord;
      // "to respect her wishes", "took his views into account": what an adult did with them, not the views
      // ("The Council considered S's wish to increase contact…": the wish stated with its content is the child's)
      if (actsOnViews.has(words[owner - 1]?.lower ?? '') && !withContent) continue;
      if (ownerWord.lower.endsWith("'s") || ownerWord.lower.endsWith("s'") || herHisTheir.includes(ownerWord.lower)) {
        const kind =
          ownerWord.lower === 'your'
            ? address.addressee === 'child'
              ? 'child'
              : 'other'
            : // "His wish is to go home": a possessive pronoun read as the child's owns the wish too
              roles[owner] === 'child-pronoun'
              ? 'child'
              : (speakerKind(words, roles, owner, address) ?? (isChildNoun(words, owner) ? 'child' : null));
        if (kind === 'child' && (complaint || wishStated(words, index)))
          return { voice: 'child', speaker: ownerWord.text };
      }
    }
    // "L's wishes", "the children's wishes and feelings": a possessive and its noun, not a subject and its verb
    if (possessiveOfWish(words, index)) continue;
    // "staff who support care leavers have reported…": the object of a relative clause is not its sentence's speaker
    if (inRelativeObject(words, index)) continue;
    const kind = speakerKind(words, roles, index, address);
    if (kind === null) continue;
    // "She remembered the girl leaving the school" with no one before it: a "she" or "he" read as the child only for want
    // of anyone else, whose own clause names a child, is someone else (of themself a child would not say "the girl")
    if (kind === 'child' && !namesGiven && unanchoredSpeaksOfChild(words, roles, index)) continue;
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
    // "Jack begins to talk about his mother": the talk after the verb of beginning
    const talk = verb ? talkAfterBegin(words, verbIndex) : -1;
    if (talk !== -1) {
      verbIndex = talk;
      verb = words[talk];
    }
    // "The girl, who has been suspended…, said:": the child's verb of saying after an aside about them
    let aside = -1;
    if (kind === 'child' && !(verb && (speechVerbs.has(verb.lower) || voiceVerbs.has(verb.lower)))) {
      aside = verbAfterAside(words, roles, index, address);
      if (aside !== -1) {
        verbIndex = aside;
        verb = words[aside];
      }
    }
    // a verb found later in the subject's clause ("she is starting a new school and tells me…")
    let coordinated = false;
    const stated = feelingStated(words, index);
    if (stated !== -1) {
      verbIndex = stated;
      verb = words[stated];
    } else if (
      !verb ||
      !(
        voiceVerbs.has(verb.lower) ||
        speechVerbs.has(verb.lower) ||
        clauseVerbs.has(verb.lower) ||
        made(verb) ||
        writingTold(words, verbIndex) ||
        madeClear(words, verbIndex) ||
        refusals.has(verb.lower) ||
        talk !== -1 ||
        refersAs(words, verbIndex) ||
        hopeFor(words, index, verbIndex)
      )
    ) {
      // "a review of six children who were… and said": the later verb is someone else's
      if (prepositions.has(words[index - 1]?.lower ?? '') || relatives.has(words[index + 1]?.lower ?? '')) continue;
      const later = coordinatedVerb(words, roles, index + 1, address);
      if (later === -1) continue;
      verbIndex = later;
      verb = words[later];
      coordinated = true;
    }
    if (!verb || (verb.breakBefore && verbIndex !== aside)) continue;
    // "she maintained that her child was lying and told the court…": the verb joined on is the reporter's
    if (coordinated && kind === 'child' && insideReport(words, index)) continue;
    // "the views of children in care shared through the surveys": what was shared, not who shared it
    if (throughVia.includes(words[verbIndex + 1]?.lower ?? '') && ownedBy(words, index)) continue;
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
    // (an aside's words are not the verb's auxiliaries: "who has been suspended…, said")
    const auxiliaries = coordinated || verbIndex === aside ? [] : lowerWords(words, index + 1, verbIndex);
    // "Sam has been refusing school" is his refusal; "the signs were: children refusing to attend…" is a list of signs
    // ("young people who were refusing services" describes them, as a review's finding)
    if (verb.lower === 'refusing' && (auxiliaries.length === 0 || relatives.has(words[index + 1]?.lower ?? '')))
      continue;
    // "Any child who makes an allegation…", "Staff advised … that Zayne was refusing…": any child, or another's report
    const acts =
      refusals.has(verb.lower) ||
      complaintVerbs.has(verb.lower) ||
      (madeClear(words, verbIndex) && words[verbIndex + 1]?.lower !== 'it');
    if (kind === 'child' && acts && !particularChildActs(words, roles, index, address, verbIndex)) {
      if (reported) return reported;
      continue;
    }
    const clause = clauseVerbs.has(verb.lower) && clauseFollows(words, roles, verbIndex);
    // "the young people made it clear how important…", "he has refused to meet her": said plainly
    const plainly =
      writingTold(words, verbIndex) ||
      madeClear(words, verbIndex) ||
      refusals.has(verb.lower) ||
      talk !== -1 ||
      refersAs(words, verbIndex) ||
      hopeFor(words, index, verbIndex);
    if (stated === -1) {
      if (!(voiceVerbs.has(verb.lower) || speechVerbs.has(verb.lower) || clause || made(verb) || plainly)) continue;
      // "Jade has written a letter" ("the letter one of the children had written" is not theirs); "admitted to assaulting…"
      if ((made(verb) && !auxiliaries.some((w) => haveForms.includes(w))) || admittedCharge(words, verbIndex)) continue;
      // "Jade was told", "she is asked": someone else spoke to her; "she was saying" is her words
      if (auxiliaries.some((w) => passiveBe.includes(w)) && !verb.lower.endsWith('ing')) continue;
    }
    // "if you would like", "what you tell them", "how you feel": not words anyone said
    let start = index;
    while (start > 0 && index - start < 5 && !(words[start] as NoteWord).breakBefore) start -= 1;
    const before = ownClauseBefore(lowerWords(words, start, index));
    // ("what you told me" is what was said: a verb in the past is not hypothetical)
    const past = /ed$/.test(verb.lower) || pastVerbs.has(verb.lower);
    // ("What he wants is to live with his nan": the wish stated, not a hypothetical one)
    const cleft =
      words[index - 1]?.lower === 'what' &&
      wishVerbs.includes(verb.lower) &&
      isWas.includes(words[verbIndex + 1]?.lower ?? '');
    if (before.some((w) => conditional.has(w) || (!past && !cleft && hypothetical.has(w)))) continue;
    // "a deeper look at what children told…", "capture what the child said": what was said is named, not given
    if (namedOnly(words, index)) continue;
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
      const wished =
        (likeLovePrefer.includes(verb.lower) && auxiliaries.some((w) => w === 'would' || w === "'d")) ||
        hopeFor(words, index, verbIndex);
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
    // "She said: “Children benefit from…”": a guessed "she" whose quoted words speak of children as others is an adult
    const describes =
      kind === 'child' && !namesGiven && sheHe.includes(word.lower) && sentence.hasQuote && quotesOfChildren(words);
    // "In evidence, she maintained that her child was lying": the child's parent; "My daughter has asked me what C will
    // think…": a child by role who speaks of the child the host named is someone else
    const another =
      kind === 'child' &&
      (speaksOfOwnChild(words, roles, index) || roleSpeaksOfNamedChild(words, roles, index, verbIndex, namesGiven));
    const reading: VoiceReading = { voice: namedAfter || describes || another ? 'other' : kind, speaker: word.text };
    // the first speaker of a sentence is the one whose words it records ("Mum said Jade wants…"),
    // unless the child speaks in a clause of their own ("I asked Louis and he said…")
    // ("She claimed Megan did not want…": the "she" who reports the named child is someone else, and the child named
    // in her report may still be the one speaking)
    if (namedAfter && reported === null && speechVerbs.has(verb.lower)) {
      reported = reading;
      reportedAt = verbIndex;
      continue;
    }
    if (kind === 'child') {
      // ("The former principal said she agreed…": a "she" or "he" after an adult by role's report is that adult; "The
      // judge said A had expressed to him the view…": the child named after it is still the child speaking)
      // ("She claimed Megan did not want to go to school": the name the host gave, after a "she" or "he" who reports
      // it, is the child speaking, as after an adult by role)
      const ownClause =
        reportedAt === -1 ||
        words.slice(reportedAt + 1, index + 1).some((w) => w.breakBefore || andButSo.includes(w.lower)) ||
        ((reportedByRole ||
          (namesGiven &&
            roles[index] === 'child-name' &&
            sheHe.includes((reported?.speaker ?? '').toLowerCase()) &&
            !feelings.has(verb.lower))) &&
          !(roles[index] === 'child-pronoun' && reportsSelf(words, reportedAt, index)));
      return ownClause ? reading : (reported ?? reading);
    }
    if ((speechVerbs.has(verb.lower) || sentence.hasQuote) && reported === null) {
      reported = reading;
      reportedAt = verbIndex;
      reportedByRole = isAdultRole(words, index);
    }
  }
  // quoted words after an inverted speaker: "“I like it here,” said Jade", "…,” said one young person"
  const inverted = sentence.hasQuote ? invertedSpeaker(words, roles, address) : null;
  if (inverted) {
    // ("“Babies and children demonstrate…,” she said": the same of a guessed "she" after the quotation)
    const guessed = !namesGiven && sheHe.includes((inverted.speaker ?? '').toLowerCase());
    return inverted.voice === 'child' && guessed && quotesOfChildren(words)
      ? { voice: 'other', speaker: inverted.speaker }
      : inverted;
  }
  // "“…,” - Girl, 11.": the speaker after a dash
  const dashed = sentence.hasQuote ? dashedSpeaker(sentence, roles, address) : null;
  if (dashed) return dashed;
  if (reported) return reported;
  return unspokenReading(sentence, roles, address, namesGiven, previous);
}
