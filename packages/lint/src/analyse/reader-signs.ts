import { lowerWords } from './lower-words.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { socialServicesReachReader } from './reader-evidence.ts';
import { adultRoles, roleOfAnAdult } from './reader-roles.ts';
import { wordSet } from '../word-set.ts';

// Signs in one sentence of who "you" is: the child's world ("your mum", "when you were little") or an adult's role
// and business ("your child", "as a foster carer you", "arrange for them to be looked after"). Summed over a section
// by `readAddressees`: below 0 the reader is an adult.

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const articles = ['a', 'an', 'the'];
const ownDescribers = ['own', 'specific', 'current', 'new'];
const newbornWords = ['born', 'little', 'a', 'younger', 'small'];
const toldMeVerbs = ['told', 'showed', 'drew'];
/** After "your", words that make "you" the child: "your mum", "your foster carer", "your life story". */
const childAfterYour = wordSet(
  'mum mummy mam dad daddy nan nana nanny gran grandma grandad grandparents carer carers foster social teacher teachers school class brother brothers sister sisters birth life bedroom room toys friends review iro worker nursery homework sibling siblings',
);
/** After "your", words that make "you" an adult: "your child", "your caseload", "your baby's development", "your own students". */
const adultAfterYour = wordSet(
  "child child's children children's son son's daughter daughter's baby baby's toddler toddler's kids grandchild grandchildren caseload team colleague colleagues practice manager client clients service organisation tummy pregnancy partner husband wife staff pupil pupils students role roles agency setting supervisor duty recording",
);

/** Words that may stand between "your" and a sibling: "your baby sister", "your big brother". */
const kinDescribers = wordSet('baby little big older younger elder twin half new');
const siblingWords = wordSet('sister sisters brother brothers sibling siblings cousin cousins');
/** After "your foster", the reader's foster children: "your foster son". */
const fosterChildren = wordSet(
  "child child's children children's kids son son's sons daughter daughter's daughters baby",
);

/** Imperatives that open guidance to a professional ("Explain what role…", "Mention that…"). */
const guidanceVerbs = wordSet('explain mention describe record ensure consider include enclose');
/** A child in the third person, in a sentence that also says "you": the reader is an adult. */
const thirdPersonChild =
  /\b(?:[Tt]he|[Aa]) (?:child|child's|young person|young person's)(?!\w)|\b[Cc]hildren and young people\b|\b(?:[Tt]hese|[Tt]hose) (?:children|young people|kids)(?!\w)/;
/**
 * "When you become a child in care", "the young person you have become", "If you are a young carer you may help care
 * for a parent, a sibling, a child…", "I was wondering if you would be one of those kids that would cry": the child is
 * "you", not a third person.
 */
const childIsYou =
  /\byou(?:'re| are)\s+a young carer\b|\byou(?:'re| are| were| would be| will be| might be)\s+one of (?:these|those) (?:kids|children|young people)(?!\w)|\byou(?:'re| are| were| become| became| have become|'ve become)\s+(?:a|the) (?:child|young person)(?=\s+(?:in|who|again|of|like)(?!\w)|\s*[.,;:!?]|\s*$)|\b(?:the|a) (?:child|young (?:person|man|woman|lady)) (?:(?:that|who) )?you(?:'ve| have)? (?:become|are becoming|have grown into)(?!\w)/i;
const speaksOfThirdPersonChild = (text: string): boolean => thirdPersonChild.test(text) && !childIsYou.test(text);
/** Only an adult is told to arrange care for children ("You will need to arrange for them to be looked after"). */
const arrangesCare =
  /\b(?:arrange|arranging|organise|organising) (?:for )?(?:(?:them|him|her|the children|your children|the baby) )?(?:to be )?(?:looked after|cared for|minded)(?!\w)|\bchild ?care (?:arrangements|provider)(?!\w)|\bchildcare\b/i;
/** Only a parent takes parental leave or holds parental responsibility ("you still have parental responsibility"). */
const parentsBusiness =
  /\bparental leave\b|\byou (?:\w+ ){0,2}(?:have|hold|share|keep|retain|exercise|remain the person with) parental responsibility\b|\byour parental (?:responsibility|rights)(?!\w)/i;
/**
 * An adult's duty to let the council know ("you need to let the council know", "you have a legal duty to notify your
 * local authority"): a carer's or a parent's, never a child's.
 */
const dutyToNotify =
  /\b(?:must|need to|have to|are (?:legally )?required to|have a (?:legal )?(?:duty|responsibility|obligation) to)\s+(?:let|tell|inform|notify|make)\s+(?:the |your )?(?:local )?(?:council|local authority|children's services|children's social care)(?!\w)/i;
/** The reader named by an adult's role: "you become a kinship carer", "you are amazing parents" (not a young carer). */
const youAreAdult =
  /\byou(?: are|'re| aren't| are not| become| became| have become| will become| make| made)(?: such)? (?:an? |the )?(?:(?!young\b|sibling\b|child\b)[a-z]+ )?(?:carers?|parents?|adopters?|guardians?|professionals?|practitioners?|social workers?)(?!\w)/i;
/**
 * The reader fosters or is assessed to care for a child: "your assessment to become a foster carer", "your terms of
 * approval", "your preparation to foster", "If you are considering fostering a large group", "the room available for fostering", "someone else to come and live there
 * with you", "your supervising social worker". A child in care has a foster carer, never these.
 */
const readerFosters =
  /\b(?:to become|becoming|approved as|assessed as|assessment as) (?:an? )?(?:foster|kinship|connected person|special guardian)? ?(?:carers?|parents?|adopters?|guardians?)(?!\w)|\byour (?:terms of approval|approval (?:as|to)|fostering (?:household|approval|assessment|application|journey|role|career))\b|\b(?:preparation|approved|apply|applying|application|assessed|assessment|interested|thinking about|decide|deciding|want|wanting) (?:to|for|in|about) foster(?:ing)?\b(?! (?:care|carers?|family|families|home|homes|placements?)(?!\w))|\b(?:considering|consider|thinking of) fostering\b(?! (?:care|carers?|family|families|home|homes|placements?)(?!\w))|\b(?:rooms?(?:\(s\))?|bedrooms?|space) (?:\w+ ){0,2}for fostering\b|\b(?:someone|somebody|a child|a young person|children|young people) (?:else )?(?:to )?(?:comes?|coming) (?:and|to) live (?:there |here )?with you\b|\byour (?:supervising|assessing|fostering|link) social worker\b/i;
/**
 * The reader has a child in their care: "if he were in your care", "the child in your care", "you cannot keep him
 * safe". A child reader is in care, never has someone in theirs ("key people who will be involved in your care").
 */
const childInReadersCare =
  /\b(?:(?:the|a|any|each|every) (?:child|young person|baby|infant)|children|young people|(?:he|she|they|him|her|them) (?:\w+ )?(?:was|were|is|are|be|been|being|stays?|remains?|lives?|living)|placed) in your care\b|\byou (?:\w+ ){0,2}keep (?:him|her|them|the (?:child|children|baby)|your (?:child|children|baby)) safe\b/i;
/**
 * The reader looks after foster children: "the lengths you go to in order to help foster children", "your ability to
 * fall in love with a foster child", "your foster son". A child in foster care is one, and is not told so.
 */
const readerHasFosterChild =
  /\b(?:help|helping|welcome|welcoming|love|loving|fall in love with|care for|caring for|look after|looking after|support|supporting|comfort|comforting|parent|parenting) (?:a |the |your |these |those |their |our )?foster (?:child|children|kids|son|sons|daughter|daughters)(?!\w)/i;
/**
 * Parents and their child as third persons beside "you": "what you plan to do next" when "the parents will want to
 * know", "without feeling like you're picking on their child", "you have arranged with the parents to care for their
 * child". A child reader's parents are "your parents"; the reader here deals with someone else's. (Not "the parents we
 * are today", the writers themselves; nor "you are their child in every way", where "you" is the child.)
 */
const parentsAndTheirChild =
  /\bthe parents\b(?!\s+(?:we|I)(?!\w))|(?<!\byou(?:'re|’re| are| were| will be| will always be| became| become)(?:\s+[\w'’]+){0,4}\s+)\btheir child(?:'s)?\b/i;
/**
 * A post's readers, greeted as such: "I don't know about you, but Term Three is bloody great", "In case you haven't
 * picked up on this, I LOVE TEACHING THIRD GRADE!!!", "for those of you who didn't know", "So you may have gathered
 * that this post…", "fellow teachers". A letter to a child does not speak to them so. ("Some of you may live with
 * foster carers", a page to young people, is left alone.)
 */
const readersOfAPost =
  /\bI don't know about you\b|\bin case you (?:haven't|have not|missed|didn't|were wondering)(?!\w)|\byou may have (?:gathered|guessed)(?!\w)|\bfor those of you (?:who|out there|that)(?!\w)|\bas many of you (?:know|will know|may know)(?!\w)|\bif you(?:'ve| have) been following\b|\bfellow (?:teachers|parents|carers|adopters|foster)(?!\w)/i;
/**
 * The reader would look after children as a carer: "the children you'll care for", "the child you care for", "You don't
 * need to own your own home to be a foster carer", "If you have birth children living at home with you". A child reader
 * is looked after, and has no birth children. (Only children are looked after here: a young carer cares for "the person
 * you care for".)
 */
const readerWouldCare =
  /\bto be (?:a|an) (?:foster|kinship) (?:carer|parent)s?\b|\b(?:child|children|young people|young person|kids|baby|babies) (?:that |who )?you(?:'ll| will| would| may)? (?:care for|look after|foster|be caring for|be looking after)(?!\w)|\byour birth children\b|\bbirth children (?:living )?(?:at home )?with you\b|\byou have birth children\b/i;
/**
 * The reader teaches: "everything you could possibly do to plan a lesson, learn a subject, or help a student", "until you
 * are in the classroom alone with your own students", "what kind of student you were" (a pupil is one, and is not told
 * what kind they were). A teacher's pupils are "taught", never told to plan the lesson.
 */
const readerTeaches =
  /\b(?:plan|planning|prepare|preparing|teach|teaching|deliver|delivering) (?:a|the|each|every|your) (?:lesson|lessons|class|unit)(?!\w)|\bhelp (?:a|each|every) (?:student|pupil)(?!\w)|\bkind of (?:student|pupil) you were\b/i;
/** Giving money to a cause: "If you wish to donate to the boys' campaign": the public, not the child written to. */
const readerDonates = /\b(?:wish|like|want|able) to (?:donate|make a donation|sponsor)(?!\w)|\bdonate to\b/i;

/** The writer is the reader's parent: "your father and I", "me and your mum". */
export const parentWriter =
  /\byour (?:father|dad|daddy|mum|mom|mummy|mother|mam) and (?:I|me)(?!\w)|\b(?:I|me) and your (?:father|dad|daddy|mum|mom|mummy|mother|mam)(?!\w)/;

/**
 * The writer's own child in the third person beside "you": "you get to keep my son all day", "I want to tell you how
 * my son chews his collar", "your advice on how to handle my kid", "you are giving our littlest boy the tools" (a parent
 * writing to a teacher or a carer). Not the reader called so: "you, my children",
 * "To my children:", "you are my little girl", "you became my son" (an adoption day), "Thank you my son."
 */
const ownChildBesideYou =
  /(?<![,:]\s*)(?<!(?:\bare|['\u2019]re|\bwere|\bbe|\bbeen|\bbeing|\bam|\bas|\bbecame|\bbecome|\bbecomes|\bbecoming)\s+)(?<!^\s*(?:to\s+)?)\b(?:my|our) (?:(?:little|littlest|eldest|oldest|youngest|younger|older|middle|baby|foster|adopted) )?(?:son|sons|daughter|daughters|boy|boys|girl|girls|kid|kids|children|child|baby)(?!\w)(?!\s*[.!?]*["\u201d]?\s*$)/i;

/**
 * The writer's own child closing the sentence after a preposition: "I see you in my baby", "thank you for all you did
 * for my son". A vocative never follows a preposition ("Thank you my son.", "Goodnight, my baby.").
 */
const ownChildClosing =
  /\b(?:in|with|to|for|of|at|from|about|on|by|into)\s+my (?:(?:little|eldest|oldest|youngest|younger|older|middle|baby|foster|adopted) )?(?:son|daughter|boy|girl|kid|child|baby)\s*[.!?]*["\u201d]?\s*$/i;

/**
 * Whether a sentence with no "you", in the writer's own words, speaks of the writer's own child in the third person as
 * its subject or object ("Before all the court proceedings began my child was a happy…"): beside sentences that say
 * "you", the reader is not that child.
 */
export function speaksOfOwnChild(text: string): boolean {
  return ownChildBesideYou.test(text);
}

/** Two parents of one child writing to each other ("We share a daughter"): birth and adoptive parents. */
const sharedChild = /\b(?:we|you and I) share (?:a|our|one) (?:daughter|son|child|baby|little (?:girl|boy))\b/i;

/** Whether a sentence, in the writer's own words, speaks of "the child" or "the student" (not "the child protection plan"). */
export function speaksOfTheChild(sentence: NoteSentence): boolean {
  return sentence.words.some(
    (word, index) =>
      !word.quoted &&
      /^(?:child|student|pupil|children|students|pupils)(?:'s|')?$/.test(word.lower) &&
      sentence.words[index - 1]?.lower === 'the' &&
      !childTopicWords.has(sentence.words[index + 1]?.lower ?? ''),
  );
}
const childTopicWords = wordSet(
  'protection development exploitation abuse services service social care act in looked council union loan loans finance voice premium referral unit guardian guardians home homes hearing hearings commissioner',
);

/** Words that may stand between "as" and a role: "as a foster carer", "as your child's teacher". */
const roleDeterminers = wordSet('a an the my our your their his her');

/**
 * Whether the role at `at` follows "as" ("as a health worker, you…", "as parents, you…"), not a clause that only
 * mentions a word that is a role in a greeting ("as this is all new for you": "all" is a role only in "Dear all").
 */
function asRoleBefore(words: NoteWord[], at: number): boolean {
  for (let index = Math.max(0, at - 3); index < at; index += 1) {
    if (words[index]?.lower !== 'as') continue;
    const next = words[index + 1]?.lower ?? '';
    if (index + 1 === at || roleDeterminers.has(next) || adultRoles.has(next) || next === 'foster' || next === 'social')
      return true;
  }
  return false;
}

/** Evidence in one sentence for "you" being the child (positive) or another adult (negative). */
export function evidence(words: NoteWord[], you: number[], text: string): number {
  let score = 0;
  // "him/her", "he/she", "s/he": a template or guidance written for an adult
  if (you.length > 0 && /\b(?:him\/her|he\/she|she\/he|his\/her|her\/his|s\/he)(?!\w)/i.test(text)) score -= 2;
  if (you.length > 0 && speaksOfThirdPersonChild(text)) score -= 1;
  if (guidanceVerbs.has(words[0]?.lower ?? '')) score -= speaksOfThirdPersonChild(text) ? 2 : 1;
  if (you.length > 0 && arrangesCare.test(text)) score -= 2;
  if (sharedChild.test(text)) score -= 2;
  if (you.length > 0 && (ownChildBesideYou.test(text) || ownChildClosing.test(text))) score -= 2;
  // "If you've been contacted by social services…", "a phone call from social services": the reader is a parent
  if (you.length > 0 && socialServicesReachReader(text)) score -= 1;
  // "Imagine you took a phone call…", "Imagine if you could go back in time": a reader in general
  if (you.length > 0 && words[0]?.lower === 'imagine') score -= 1;
  // "you aren't foster carers", "you are a professional"
  if (
    /\byou (?:are|aren't|are not) (?:an? |the )?(?:foster carers?|carers?|parents?|professionals?|practitioners?|social workers?)(?!\w)/i.test(
      text,
    )
  )
    score -= 2;
  else if (youAreAdult.test(text)) score -= 2;
  if (you.length > 0 && parentsBusiness.test(text)) score -= 2;
  if (you.length > 0 && dutyToNotify.test(text)) score -= 2;
  if (you.length > 0 && readerFosters.test(text)) score -= 2;
  if (you.length > 0 && (childInReadersCare.test(text) || readerHasFosterChild.test(text))) score -= 2;
  if (you.length > 0 && readerDonates.test(text)) score -= 2;
  if (you.length > 0 && parentsAndTheirChild.test(text)) score -= 1;
  if (you.length > 0 && readersOfAPost.test(text)) score -= 2;
  if (you.length > 0 && readerWouldCare.test(text)) score -= 2;
  if (you.length > 0 && readerTeaches.test(text)) score -= 2;
  if (you.length > 0 && parentWriter.test(text)) score += 2;
  // "those of you reading this", "you receive a police referral"
  if (/\byou (?:reading this|receive (?:a|the) (?:\w+ )?referral|are on duty)(?!\w)/i.test(text)) score -= 2;
  // "As a foster carer to a child in care, it is important that you…", "because as a mom, I know you…"
  if (you.length > 0) {
    // not a list of examples: "a close relative such as a grandparent", "someone you trust such as a teacher"
    const asRole = words.some(
      (word, index) =>
        word.lower === 'as' &&
        words[index - 1]?.lower !== 'such' &&
        // a comparison, not the reader's role: "young carers shouldn't do the same things as an adult carer"
        !words.slice(Math.max(0, index - 4), index).some((before) => before.lower === 'same') &&
        articles.includes(words[index + 1]?.lower ?? '') &&
        words.slice(index + 2, index + 5).some((_, offset) => roleOfAnAdult(words, index + 2 + offset)),
    );
    if (asRole) score -= 2;
  }
  for (const index of you) {
    const word = words[index] as NoteWord;
    const next = words[index + 1];
    if ((word.lower === 'your' || word.lower === "your's") && next) {
      // "your baby sister", "your big brother", "your older siblings": the reader's sister, not a parent's baby
      let kin = index + 1;
      while (kinDescribers.has(words[kin]?.lower ?? '')) kin += 1;
      if (kin > index + 1 && siblingWords.has(words[kin]?.lower ?? '')) {
        score += 1;
        continue;
      }
      // "your foster son", "your foster children": the reader fosters them (not "your foster carer")
      if (next.lower === 'foster' && fosterChildren.has(words[index + 2]?.lower ?? '')) {
        score -= 2;
        continue;
      }
      if (childAfterYour.has(next.lower)) score += 1;
      // "your child", "your specific roles", "your own agency"
      const noun = ownDescribers.includes(next.lower) ? words[index + 2] : next;
      if (noun && adultAfterYour.has(noun.lower)) score -= 2;
    }
    if (word.lower === 'you' && next) {
      // "you will be an adult", "when you are older": said to a child
      const after = lowerWords(words, index + 1, index + 5).join(' ');
      if (/^(?:will be an adult|are older|grow up|get older|are 18)/.test(after)) score += 2;
    }
    if (word.lower === 'you') {
      const before = words[index - 1];
      const twoBefore = words[index - 2];
      const three = words[index - 3];
      // "as a foster carer, you…", "as a health worker you…"
      // (not "the foster carer as you call her": the "as" comes before the role)
      for (const [back, at] of [
        [twoBefore, index - 2],
        [three, index - 3],
      ] as const)
        if (back && roleOfAnAdult(words, at) && asRoleBefore(words, at)) score -= 2;
      if (before?.lower === 'when' && next?.lower === 'were' && newbornWords.includes(words[index + 2]?.lower ?? ''))
        score += 1;
      if (next && toldMeVerbs.includes(next.lower) && words[index + 2]?.lower === 'me') score += 1;
    }
  }
  return score;
}
