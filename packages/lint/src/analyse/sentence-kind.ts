import type { SentenceAddress } from './addressee.ts';
import { endearments } from './lexicon.ts';
import { type ChildIdentity, gapAfter, stripPossessive } from './names.ts';
import { femalePronouns, malePronouns } from './words.ts';
import { aboutParentsChild } from './parents-child.ts';
import { genericRoles, likelyChildRoles, type WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import type { SentenceKind } from './types.ts';

export const childRoles: WordRole[] = ['child-name', 'child-phrase', 'child-pronoun'];

/** Words that open a sentence spoken to its reader: "Please…", "Remember…", "Discuss it with…". */
export const imperatives = new Set(
  "please let let's try remember imagine start bear discuss ask tell call contact make take keep read write think don't do see note use check avoid consider explain mention describe record ensure include enclose identify specify look come go bring have enjoy thank thanks well stop switch listen hold believe stay trust smile relax breathe dream forgive".split(
    ' ',
  ),
);

/** Imperatives a writer says to the child ("Stop for a minute.", "Never give up."), not instructions for a form. */
const encouragements = new Set(
  "try remember stop switch listen hold be never always believe stay keep trust smile relax breathe dream forgive enjoy look don't well thanks thank embrace laugh follow cherish celebrate".split(
    ' ',
  ),
);

/** Record-style openings with the child as the unwritten subject: "Seemed very angry…", "Was referred by…". */
const impliedSubject = new Set(
  'was seemed seems appeared appears presented presents tries tried gets got became attended reported states stated says said enjoys likes'.split(
    ' ',
  ),
);

/** A record's sentence with the child as its unwritten subject ("Seemed very angry…"), not a question. */
export function opensWithoutSubject(sentence: NoteSentence): boolean {
  const first = sentence.words[0];
  return first !== undefined && impliedSubject.has(first.lower) && !sentence.text.trimEnd().endsWith('?');
}

/** Words of a sentence about what may or should happen to any child: guidance, not a record. */
const modals = new Set(['should', 'must', 'may', 'might', 'can', 'will', "can't", 'cannot']);

/** Whether a child phrase starting at `index` ("the child", "your child") speaks of any child, in guidance. */
function genericPhrase(sentence: NoteSentence, index: number, address: SentenceAddress, child: ChildIdentity): boolean {
  if (child.names.size > 0 || child.evidence === 'context') return false;
  const first = sentence.words[index]?.lower;
  // "your child" in a leaflet is any parent's child; "your daughter" is one girl
  const your = first === 'your' && /^child/.test(sentence.words[index + 1]?.lower ?? '');
  if (first !== 'the' && first !== 'a' && !your) return false;
  // "the child", "a young person": one child standing for any (not "the boys", a particular pair)
  const noun = sentence.words[index + 1]?.lower ?? '';
  const person = noun === 'young' && /^person/.test(sentence.words[index + 2]?.lower ?? '');
  if (!your && !person && !/^child(?:'s)?$/.test(noun)) return false;
  if (address.addressee === 'other') return true;
  return sentence.words.some((word) => !word.quoted && modals.has(word.lower));
}

/** Whether the sentence refers to a particular child, not only to children in general. */
function aboutParticularChild(
  roles: WordRole[],
  sentence: NoteSentence,
  address: SentenceAddress,
  child: ChildIdentity,
): boolean {
  const generic = genericRoles.get(roles);
  // "If your child is old enough she or he…": a pronoun after any child is any child too
  let general = false;
  for (let index = 0; index < roles.length; index += 1) {
    const role = roles[index] as WordRole;
    if (!childRoles.includes(role) || generic?.has(index)) continue;
    if (role === 'child-pronoun' && general) continue;
    if (role !== 'child-phrase' || roles[index - 1] === 'child-phrase') return true;
    if (!genericPhrase(sentence, index, address, child)) return true;
    general = true;
    // the rest of a phrase spoken of in general ("the young person") is passed over
    while (roles[index + 1] === 'child-phrase') index += 1;
  }
  return false;
}

/** Roles of sentences about the child that give no "write it to them" hint (their reading is only a likely one). */
export const unhinted = new WeakSet<WordRole[]>();
/** Roles of sentences about the child only as a parent's son or daughter ("her son"): counted in the meter. */
export const parentsChildOnly = new WeakSet<WordRole[]>();
/**
 * Analysed sentences the share prompt (`written-to-child-share`) leaves out: a sentence about the child only as a
 * parent's son or daughter is counted in the meter, but a complaint or a judgment about a parent's son ("Ms X
 * complained about her son's plan") is no note that should be written to the child, so it never raises the prompt.
 */
export const outsidePrompt = new WeakSet<object>();

/** Words after "Name," that describe the person rather than speak to them ("Liam, who…", "Liam, aged 7, …", "Liam and…"). */
const describesName = new Set(['who', 'whose', 'which', 'aged', 'age', 'now', 'and', 'or', 'also', 'too']);

/**
 * "Liam, the past three years have been so incredibly fun.", "Congratulations again April!": a sentence of a note written to the child that opens by
 * calling them by their name, with no "you" after it and no other word for the child in it: said to them, not of them.
 * Not an apposition or a list ("Liam, aged 7, …", "Liam, who…", "Liam, Mia and…": a number or a second name after the
 * comma).
 */
function callsChildByName(roles: WordRole[], sentence: NoteSentence, address: SentenceAddress): boolean {
  if (address.addressee !== 'child') return false;
  // "Congratulations again April!": the child's name closing a greeting (read as the sentence's vocative)
  const closing = address.vocative > 0 ? address.vocative : -1;
  if (closing !== -1 && roles[closing] === 'child-name')
    return roles.every((role, index) => index === closing || !childRoles.includes(role));
  if (roles[0] !== 'child-name' || sentence.words.length < 3) return false;
  if (!/^\s*,/.test(gapAfter(sentence, 0))) return false;
  const next = sentence.words[1];
  if (!next || next.quoted || describesName.has(next.lower) || /^[\p{Lu}\d]/u.test(next.text)) return false;
  for (let index = 1; index < roles.length; index += 1) if (childRoles.includes(roles[index] as WordRole)) return false;
  return true;
}

/** Sentences' readings of whom they speak to that `greetsChild` found a greeting to the child (its reason says so). */
export const greetingsToChild = new WeakSet<SentenceAddress>();

/** Words that open a greeting or wish said to someone: "Happy 16th Birthday.", "Congratulations!", "Goodnight, my boy.". */
const greetings = new Set('happy congratulations congrats goodnight welcome'.split(' '));
/** The writer in a greeting ("Happy anniversary to me!", "Congratulations to us"): no greeting to the child. */
const writerWords = new Set(['me', 'myself', 'us', 'ourselves']);

/**
 * "Happy 16th Birthday.", "Happy 3rd Birthday My Little Boy!": a short greeting in a section written to the child (or
 * alone, speaking to no one else), naming no one, or closing on the writer's own word for the child ("my little boy", "my girl"), is said to the child.
 * Not a greeting to someone else ("Happy birthday Mum!", "Happy birthday to her!").
 */
function greetsChild(roles: WordRole[], sentence: NoteSentence, address: SentenceAddress): boolean {
  const words = sentence.words;
  const first = words[0];
  // (in a section to the child, or one speaking to no one: "Happy 18th Birthday!" alone; not a letter to an adult)
  if (address.addressee === 'other' || !first || first.quoted || !greetings.has(first.lower) || words.length > 8)
    return false;
  // the writer's own word for the child, closing the greeting ("… My Little Boy!")
  let closing = words.length;
  for (let index = words.length - 1; index > 0 && childRoles.includes(roles[index] as WordRole); index -= 1)
    closing = index;
  let own = closing < words.length && (words[closing] as NoteWord).lower === 'my';
  // "Happy 18th birthday, Sweetheart!": an endearment closing the greeting is the writer's word for the child too
  const last = words[words.length - 1] as NoteWord;
  if (!own && words.length > 2 && !last.quoted && endearments.has(last.lower)) {
    closing = words.length - 1;
    own = true;
  }
  // "Welcome, safety, security.": a list that opens on the word is no greeting; after a comma only the writer's own
  // word for the child or an endearment closes one ("Goodnight, my boy.", "Happy Birthday, my little boy!")
  for (let index = 0; index < closing - 1; index += 1) if (/^\s*,/.test(gapAfter(sentence, index))) return false;
  for (let index = 1; index < words.length; index += 1) {
    if (own && index >= closing) break;
    const role = roles[index] as WordRole;
    // "Happy anniversary to me!": the writer's own
    if (role !== 'none' || words[index]?.quoted || writerWords.has(words[index]?.lower ?? '')) return false;
  }
  greetingsToChild.add(address);
  return true;
}

/** Whether the sentence speaks to the child, about them, or neither. */
export function sentenceKind(
  roles: WordRole[],
  sentence: NoteSentence,
  child: ChildIdentity,
  address: SentenceAddress,
  /** The sentence before was about the child (named or by role: "Client interviewed…"). */
  childTopic = false,
): SentenceKind {
  if (
    roles.includes('second-person') ||
    callsChildByName(roles, sentence, address) ||
    greetsChild(roles, sentence, address)
  )
    return 'to-child';
  if (aboutParticularChild(roles, sentence, address, child)) return 'about-child';
  // "Stop for a minute.", "Try to open up more.": an imperative in a note written to the child
  const opening = sentence.words.find((word) => !word.quoted);
  if (address.addressee === 'child' && opening && encouragements.has(opening.lower) && opening === sentence.words[0])
    return 'to-child';
  // about the child only in a likely reading: counted, but too unsure for a hint to rewrite
  if (likelyChildRoles.has(roles)) {
    unhinted.add(roles);
    return 'about-child';
  }
  // "the mother cannot offer her son the care he needs": a parent's son or daughter (a best reading too)
  if (aboutParentsChild(sentence, child)) {
    unhinted.add(roles);
    parentsChildOnly.add(roles);
    return 'about-child';
  }
  const childKnown = child.names.size > 0 || child.evidence === 'context' || childTopic;
  if (childKnown && opensWithoutSubject(sentence)) return 'about-child';
  return 'neutral';
}

/**
 * Whether quoted words speak of the child in the third person: "Mrs Simpson said: “He was really upset…”", "“Tommy has
 * progressed so much,” said his key worker." Quoted words are read for no role (people.ts: nobody rewrites a quotation),
 * so they are read here: the child's name, or a pronoun of the child's known gender (pronouns inside someone's quotation
 * are read as the child only when the child's gender says so). Such a sentence is about the child in someone else's
 * words: recorded as `quotedAboutChild`, never counted in the meter or the share (those count the writer's own words).
 */
export function quotedAboutChild(sentence: NoteSentence, child: ChildIdentity): boolean {
  if (child.evidence === 'writer') return false;
  const words = sentence.words;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (!word.quoted) continue;
    // "my name is Oli", "I'm Oli": the speaker naming themself
    const before = words[index - 1]?.lower;
    const ownName = before === "i'm" || before === 'am' || (before === 'is' && words[index - 2]?.lower === 'name');
    // "Sam, I realise…": a quotation spoken to the child by name (a letter), not of them
    const spokenTo = !words[index - 1]?.quoted && sentence.text[word.end - sentence.from] === ',';
    if (
      !ownName &&
      !spokenTo &&
      /^\p{Lu}/u.test(word.text) &&
      child.names.has(stripPossessive(word.text).toLowerCase())
    )
      return true;
    const female = femalePronouns.has(word.lower);
    if (child.gender !== 'unknown' && (female || malePronouns.has(word.lower)))
      if (child.gender === (female ? 'female' : 'male')) return true;
  }
  return false;
}
