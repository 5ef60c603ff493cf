/** The word lists the child's-voice reading uses (see voice.ts). Lower case. */
import { wordSet } from '../word-set.ts';

/**
 * Adverbs and auxiliaries that may stand between a speaker and the verb of speaking ("actually" was tried and taken out:
 * a sealed set lost a child's sentence with it, thirty-second session).
 */
export const between = wordSet(`
  also really then later clearly quietly have has had did do does not don't didn't doesn't would could 'd always
  often sometimes still just once first again even all both is are was were very so quite particularly now usually
  generally been eventually allegedly reportedly initially subsequently previously repeatedly consistently
  immediately further recently originally apparently suddenly flatly strongly kept keeps
`);

/**
 * Verbs that introduce someone's exact words (with a quotation) or report them, a suggestion too ("they suggested
 * that…"). Verbs of how something was said ("he retorts", "she recounted the attack", "yelled at him that…", "threatened
 * to run away") joined in the thirty-third session; left out: "muttered" and "mumbled" ("she mutters her way back to
 * bed"), "argued" ("argues with her mother": a quarrel), "promised" (an adult's promise read as a guessed child's), and
 * verbs that as often tell a behaviour as words ("sobbed", "moaned", "joked", "demands attention", "screams at night"); "blurted" taken out by the lead's trace (a
 * right child's-voice sentence lost in the ninth sealed set, found by bisecting the list).
 */
/** Verbs of a stated want: what follows is the speaker's wish ("she wants to stay"). */
export const wishVerbs = ['want', 'wants', 'wanted', 'wish', 'wished', 'wishes'];

export const speechVerbs = wordSet(`
  said says say told tells asked asks stated states explained explains replied replies answered added wrote writes
  shouted screamed whispered described describes commented mentioned shared spoke spoken describe exclaimed insisted
  recalled remembered expressed reported testified indicated claimed claiming claims alleged saying telling asking
  explaining adds confided confides disclosed discloses complained complains requested requests revealed reveals
  responded responds begged repeated confirmed confirms denied denies reports informed informs voiced suggested
  suggests suggest maintained maintains proposed proposes agrees highlighted alleges admits admitted
  retorted retorts recounted recounts yelled yells exclaims threatened threatens apologised apologized apologises
`);

/** Verbs that tell a child's writing as an act ("texted a friend saying…", "had messaged her"): the lead's ruling 1. */
const writingVerbs = wordSet('texted texting messaged messaging posted');

/** Verbs of sending or writing that tell a piece of writing when one follows: "sent suicidal messages", "wrote a note". */
const sendingVerbs = wordSet('sent send sends sending wrote writes');

/** Pieces of writing that, sent or written, are someone's words: "a Snapchat message", "a farewell note". */
const writings = wordSet('message messages text texts note notes letter letters email emails snapchat snapchats');

/**
 * A child's writing told as an act (the lead's ruling 1, twenty-ninth session): "he texted a friend", "had sent suicidal
 * messages on social media", "wrote a farewell note", "sending an “I'm sorry” Snapchat message". The piece of writing
 * must follow the verb of sending or writing within a few words, in the same clause (quoted words inside it pass).
 */
export function writingTold(
  list: ReadonlyArray<{ lower: string; breakBefore?: boolean; quoted?: boolean }>,
  at: number,
): boolean {
  const verb = list[at]?.lower ?? '';
  if (writingVerbs.has(verb)) return true;
  if (!sendingVerbs.has(verb)) return false;
  for (let index = at + 1; index < list.length && index - at <= 6; index += 1) {
    const word = list[index] as { lower: string; breakBefore?: boolean; quoted?: boolean };
    if (word.quoted) continue;
    if (word.breakBefore && index > at + 1) return false;
    if (writings.has(word.lower)) return true;
  }
  return false;
}

/** A refusal, the child's answer when the child refuses ("he has refused to meet her"); no verb that brings in a quotation. */
export const refusals = wordSet('refused refuses refusing');

/** Work the child has made, said with "has/have": "Jade has written a letter", "he has drawn his family". */
export const madeVerbs = wordSet('written drawn painted');

/** Verbs in a description of a group that make it the one spoken to, after "I" or "we": "children I spoke to". */
export const metBy = wordSet('spoke met');

/** Nouns for a child or children, as a speaker ("the boy said", "one young person stated"). */
export const childNouns = wordSet(`
  boy boys girl girls child children youngster youngsters teenager teenagers teens person people pupil pupils son
  daughter kids leavers dd ds olds student students minor minors
`);

/** Words before "you feel" that make it someone else's doing: "make you feel", "how you feel". */
export const causative = wordSet('make makes made help helps let lets how');

/** Words before a speaker that make the saying hypothetical: "if you would like", "what you tell them". */
export const hypothetical = wordSet(
  'if what how whether when where unless until so anyone else whatever way anything everything something nothing',
);

/** Words that make any saying after them conditional. */
export const conditional = wordSet('if whether unless');

export const pastVerbs = wordSet('told said drew showed wrote thought felt chose wanted did');

/** Verbs of feeling and liking: the child's view only when the sentence reports their words. */
export const feelings = wordSet(`
  like likes liked love loves loved enjoy enjoys enjoyed feel feels felt hate hates hated miss misses missed worry
  worries worried hope hopes hoped think thinks thought prefer prefers preferred
`);

/**
 * Verbs of thinking and feeling that report a view when a clause follows them: "he felt that…",
 * "Sam felt he was being picked on", "she thinks her mum…", "he believed the…" is not enough.
 */
export const clauseVerbs = wordSet(`
  feel feels felt think thinks thought worry worries worried believe believes believed fear fears feared
`);

/** Forms of "hope": a wish when what is hoped for follows ("hopes to go home", "is hoping to move"). */
export const hopeForms = wordSet('hope hopes hoped hoping');

/** Words that open the clause after a verb of thinking ("felt that", "felt like", "thinks she…"). */
export const clauseOpeners = wordSet("that like as though he she they i we there he's she's they're i'm we're");

/** Feelings said with "is/was": "she was worried that…", "he is keen to…". */
export const feelingAdjectives = wordSet(`
  worried scared frightened afraid happy unhappy sad upset anxious nervous angry cross pleased sure confident
  concerned desperate keen eager glad excited clear adamant reluctant unwilling willing
`);

/** Verbs before "by" that make what follows its author: "a letter written by Jade", "a picture drawn by him". */
export const authoredBy = wordSet('written drawn painted');

/** Adjectives that state a wish before "to": "keen to go home", "desperate to see her brother". */
export const wishAdjectives = wordSet(
  'keen eager desperate determined adamant clear reluctant unwilling willing anxious',
);

/** Nouns for a wish that, owned by the child, record it: "the girl's desire to leave care", "his request", "the girl's view". */
export const wishNouns = wordSet('wishes views view wish desire request preference');

const complaintNouns = wordSet('complaint complaints allegation allegations');
const complaintContent = wordSet('about that against of');

/**
 * Words told as a noun someone owns by name or noun, with what they are about after it: "S's complaint about…", "the
 * girl's allegation against him" (not "her complaint about…": with no one named it is as often the adult complainant's).
 */
export function ownedComplaint(words: ReadonlyArray<{ lower: string }>, index: number): boolean {
  return (
    complaintNouns.has(words[index]?.lower ?? '') &&
    complaintContent.has(words[index + 1]?.lower ?? '') &&
    /'s$/.test(words[index - 1]?.lower ?? '')
  );
}

/** Verbs an adult does to a child's wishes or views, which record the adult's act, not the views: "to respect her wishes". */
export const actsOnViews = wordSet(`
  respect respected respects respecting consider considered considers considering ascertain ascertained ascertaining
  ignore ignored ignores ignoring follow followed override overrode overridden hear heard took take takes taken taking
  weigh weighed weighing seek sought gather gathered obtain obtained elicit elicited represent represented reflect
  reflected reflects understand understood record recorded
`);

/** Words between an inverted verb of saying and its speaker: "said one young person", "says a 15-year-old girl". */
export const invertedFillers = wordSet(
  'one a an the another her his their this each young little older younger teenage year years old',
);

/** Nouns a feeling may be about, which make "something she enjoyed" a description, not her view. */
export const describedThings = wordSet('something anything everything things thing activities activity which');

/** Verbs that may carry on a child's clause after "and"/"but": "he wasn't happy and wanted to move". */
export const coordinatedVerbs = wordSet(`
  said told asked asks explained wanted wants wished wishes added replied insisted shared described says tells would
  expressed stated requested claimed alleged disclosed begged complained confided
`);

export const firstPerson = wordSet("i me my i'm i've i'd i'll mine myself");

/** First or second person inside a quotation: the words of someone speaking for themselves. */
export const personalWords = wordSet("i me my i'm i've i'd i'll mine myself we us our we're we've");

/** Verbs of beginning or going on before the child's talk: "begins to talk about his mother", "started talking to me". */
const beginForms = wordSet('begin begins began beginning start starts started starting continues continued');
const talkForms = wordSet('talk talks talking speak speaking');
const talkAbout = ['about', 'to', 'of', 'with', 'openly', 'more'];

/**
 * The child's talk after a verb of beginning ("Jack begins to talk about his mother", "she started talking to me about
 * school"): the index of "talk", or -1. Not "started to speak French": the talk must be about, to or with someone.
 */
export function talkAfterBegin(list: ReadonlyArray<{ lower: string; breakBefore?: boolean }>, at: number): number {
  if (!beginForms.has(list[at]?.lower ?? '')) return -1;
  const talk = list[at + 1]?.lower === 'to' ? at + 2 : at + 1;
  const word = list[talk];
  if (!word || word.breakBefore || !talkForms.has(word.lower)) return -1;
  return talkAbout.includes(list[talk + 1]?.lower ?? '') ? talk : -1;
}

/**
 * What the child calls someone ("Amber now refers to her foster carers as 'mum'", "he referred to the unit as home"):
 * their own word for them. "The school referred Kai to CAMHS" has no "as".
 */
export function refersAs(list: ReadonlyArray<{ lower: string; breakBefore?: boolean }>, at: number): boolean {
  if (!['refers', 'referred', 'referring', 'refer'].includes(list[at]?.lower ?? '') || list[at + 1]?.lower !== 'to')
    return false;
  for (let index = at + 2; index < Math.min(list.length, at + 9); index += 1) {
    const word = list[index] as { lower: string; breakBefore?: boolean };
    if (word.breakBefore) return false;
    if (word.lower === 'as') return true;
  }
  return false;
}

/** Participles of saying that may bring in a quotation after a comma: "crying and screaming, “…”", "repeating, “…”". */
export const sayingParticiples = wordSet(`
  screaming shouting yelling repeating whispering sobbing pleading begging replying answering insisting muttering
  mumbling exclaiming
`);

/** Verbs of saying in the past that, right after the child's name inside a quotation, report what the child said. */
export const quotedSayings = wordSet('said told replied asked answered explained added wrote');

/** What an admission to a charge admits: "admitted to assaulting…", "admits to two charges". */
const chargeWords = wordSet('charge charges offence offences count counts');

/**
 * An admission to a charge ("The boy admitted to assaulting his father", "admits to two charges"): the court's record,
 * like a plea (the lead's ruling 3, twenty-ninth session), not the child's words; "admitted to me that…" stays said.
 */
export function admittedCharge(list: ReadonlyArray<{ lower: string }>, at: number): boolean {
  if (!['admitted', 'admits'].includes(list[at]?.lower ?? '') || list[at + 1]?.lower !== 'to') return false;
  const next = list[at + 2]?.lower ?? '';
  return next.endsWith('ing') || chargeWords.has(next) || chargeWords.has(list[at + 3]?.lower ?? '');
}
