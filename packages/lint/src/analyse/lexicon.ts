/**
 * What the name model knows is not a person's name: days, months, services, teams, organisations,
 * headings, places and the common nouns a case note opens sentences with. Lower case.
 */
import { wordSet } from '../word-set.ts';

/** Days, months, seasons and festivals (and their plurals: "on Saturdays"). */
const calendar = /* @__PURE__ */ wordSet(`
  monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays
  saturdays sundays weekend weekends january february march april may june july august september october
  november december christmas easter eid diwali ramadan halloween spring summer autumn winter term half-term
  today yesterday tomorrow tonight morning afternoon evening night week month year years birthday birthdays
`);

/** Words that name a day with "Day" after them ("Christmas Day", "Boxing Day", "Mother's Day"): no one's name. */
export const dayNames = /* @__PURE__ */ wordSet(`
  christmas boxing easter mother's father's mothers fathers year's valentine's remembrance armistice
`);

/** Function words, pronouns and the small words a sentence may start with. */
/** Function words and sentence adverbs: never a name, nor the first part of a thing's name. */
export const grammar = /* @__PURE__ */ wordSet(`
  i the a an this that these those he she they we you it his her their our your my me him them us its
  when then after before during on in at there here what where who why how if and but so because as also
  later next last both all some no yes ok okay please thank thanks well done while although though since
  until once whether with without for from to of by about into over under between again still just only
  even however therefore overall unfortunately fortunately sadly frankly honestly recently currently previously
  initially finally first firstly secondly thirdly lastly additionally furthermore meanwhile following regarding re per
  each every any many most more much other another such not never always sometimes often usually dear hi
  hello hey to everyone everybody someone somebody anyone nobody none nothing something everything
  is was are were has have had do does did will would can could should may might must shall let lets
  thereafter thereby whereas whilst hence thus indeed instead otherwise nevertheless moreover little one see
  till below above now anyway besides perhaps maybe afterwards nowadays broadly someday sometime somehow anyhow
  anytime lately
`);

/**
 * Interjections and the imperatives a sentence opens with ("Wow.", "Remember, you can…", "Tell him she did…"): never a
 * vocative's name, nor a person the pronoun after them could stand for.
 */
const interjections = /* @__PURE__ */ wordSet(`
  wow woohoo hooray yay oh ah aw aww oops sorry congratulations welcome goodbye bye cheers brilliant amazing awesome fantastic great
  nope yep yup nah laughs laughing giggles sighs
  remember imagine discuss consider explain mention describe ensure include enclose identify specify avoid
  check listen believe relax breathe forgive give write
  tell send keep make take bring continue show hug teach hold share wait promise
`);

/** Family and people words (their own role, not a name: "Mum", "Nan"). */
const roles = /* @__PURE__ */ wordSet(`
  mum mummy mam mom dad daddy nan nana nanna nanny gran granny grandma grandad granddad grandpa grandparents
  auntie aunty aunt uncle cousin niece nephew granddaughter grandson grandchild grandchildren stepson stepdaughter sister brother sibling siblings parent parents carer carers mr mrs ms miss
  mx dr prof sir madam sw yp fc child children young person people baby babies teacher headteacher head
  teachers worker workers manager officer nurse doctor gp midwife therapist counsellor mentor advocate coach coaches
  chair guardian judge magistrate solicitor barrister police officer pc ds dc sergeant inspector staff
  friend friends boyfriend girlfriend partner foster kinship birth family families everyone son sons
  daughter daughters referrer referrers provider providers professional professionals practitioner
  practitioners applicant respondent claimant defendant mother father mothers fathers stepmother stepfather
  stepmum stepdad grandmother grandfather girl boy girls boys teenager teenagers toddler infant husband wife
  commissioner director minister secretary attorney general spokesman spokeswoman spokesperson chief chairman chairwoman councillor
  principal professor editor reporter ceo mp coordinator co-ordinator lead leader founder executive consultant
  adoptive adopter adopters adopted prospective biological bio adult adults
  majesty highness lordship ladyship assistant assistants kid kids kiddos student pupil graduate classmate
  scout scouts cub cubs brownie brownies beavers client clients patient patients president vice-president
  chancellor governor governors mayor defender
  ma mamma momma mumma da dada dadda papa
`);

/** Endearments a letter opens with ("Sweetheart, I am so proud of you", "Dear Buddy"): said to the child, never a name. */
export const endearments = /* @__PURE__ */ wordSet(`
  sweetheart sweetie sweetpea darling honey hun hunny lovey pet petal poppet sunshine princess champ kiddo babe
  baby bubba buddy munchkin cutie treasure gorgeous sweet chick chicken love lovely
  rookie bud peanut pumpkin monkey squirt
`);

/** Services, teams, organisations, places and buildings. */
const services = /* @__PURE__ */ wordSet(`
  school primary secondary academy college university nursery preschool pre-school sixth form class
  classroom year reception road street lane close avenue drive way crescent park centre center hospital
  clinic surgery ward council police court courts service services team teams unit panel board
  partnership trust foundation charity society agency department authority authorities government
  nhs camhs cafcass ofsted tusla oranga tamariki mash lado iro lac cin cp s47 s20 children's social care early help
  help family hub hubs project programme scheme group club home house flat hostel placement placements
  respite contact residential refuge library church mosque temple gurdwara leisure pool station shop
  town city village county district borough region
`);

/**
 * Places (countries, regions, counties, cities and towns) a note names ("I am from Eritrea", "I fled Eritrea": a
 * country is never the child); a capitalised word straight
 * after one is part of a place's or a club's name ("Manchester United", "Bradford City").
 */
export const places = /* @__PURE__ */ wordSet(`
  bognor austin hampshire southampton portsmouth london durham hull england wales scotland britain uk ireland europe
  birmingham manchester liverpool leeds bristol sheffield newcastle nottingham nottinghamshire leicester
  coventry cardiff swansea glasgow edinburgh belfast oxford cambridge brighton somerset kent essex devon
  cornwall yorkshire lancashire wiltshire bromley croydon harrow lambeth hackney islington scandinavia
  africa asia america australia canada poland romania bradford wakefield sunderland gateshead middlesbrough
  darlington hartlepool doncaster rotherham barnsley huddersfield halifax oldham rochdale salford stockport
  bolton wigan blackpool blackburn burnley plymouth exeter gloucester worcester hereford shrewsbury telford
  walsall wolverhampton dudley sandwell solihull northampton peterborough swindon slough southend medway
  norwich ipswich luton derby derbyshire cheshire cumbria norfolk suffolk surrey sussex dorset hertfordshire
  bedfordshire buckinghamshire berkshire oxfordshire gloucestershire worcestershire warwickshire staffordshire
  leicestershire lincolnshire northamptonshire shropshire cambridgeshire northumberland tyneside merseyside
  dublin wirral sefton knowsley stoke bournemouth poole torbay kirklees calderdale eritrea horsham uganda
  quidenham angeles hove
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois iowa kansas
  kentucky louisiana maryland massachusetts michigan minnesota mississippi missouri nebraska nevada ohio oklahoma
  oregon pennsylvania tennessee texas utah vermont wisconsin wyoming
  italy france spain germany portugal latvia lithuania syria sudan afghanistan iran iraq
  albania somalia ethiopia pakistan bangladesh nigeria ghana vietnam turkey greece ukraine
`);

/** Court, committee and public-body words ("the Crown", "the Committee noted"). */
const bodies = /* @__PURE__ */ wordSet(`
  committee committees crown tribunal commission cabinet scrutiny inquiry inquest coroner magistrates
  prosecution defence appeal appellant jury members cllr cllrs cr councillor councillors probation inspectorate
  commons ombudsman ombudsmen
`);

/** Headings, forms and the nouns of recording that open sentences ("Respite has been requested"). */
const recording = /* @__PURE__ */ wordSet(`
  note notes visit visits home plan plans meeting meetings review reviews assessment assessments report
  reports referral referrals record records recording case file chronology summary actions action
  outcome outcomes purpose background concerns concern risk risks strengths worries worry analysis
  update updates decision decisions recommendation recommendations threshold thresholds conference
  strategy discussion consultation observation observations present attendees attended apologies
  agenda minutes handover email letter call phone text message subject date time location venue
  outline next steps progress health education communication emotional behaviour behavioural development wishes feelings
  views voice safety safeguarding support supervision agreement contract protocol policy procedure
  transport lunch breakfast dinner tea bedtime school's homework lessons maths english science art
  music pe drama history geography reading writing swimming football dance gymnastics
  care protection need needs level levels universal targeted specialist statutory section order act
  acts regulations guidance schedule paragraph article appendix part chapter legal special gateway
  state parliament syndrome aspergers asperger asperger's autism adhd staffing tax sats gcse gcses litem
`);

/** First words of places' names ("New York", "North Tyneside", "Great Yarmouth"): the whole name is a place. */
export const placePrefixes = /* @__PURE__ */ wordSet(`
  new north south east west northern southern eastern western great greater upper lower central
`);

/** Languages, nationalities, faiths, brands, games, broadcasts, and words a role opens with ("(Responsible for PE)"). */
const other = /* @__PURE__ */ wordSet(`
  english polish welsh scottish irish british french spanish arabic urdu punjabi romanian portuguese
  somali turkish kurdish italian german chinese bengali gujarati tamil ukrainian russian lithuanian
  latvian hindi african asian european afghan muslim christian hindu sikh jewish islam lego xbox playstation
  minecraft fortnite roblox youtube tiktok snapchat instagram whatsapp facebook netflix tesco asda aldi
  lidl sainsbury sainsbury's mcdonald's kfc uno nintendo switch ipad iphone google zoom teams
  mad red blue green yellow orange purple pink black white brown grey gray santa barnardo barnardos nspcc childline coram
  nyas covid coronavirus lockdown pandemic responsible international national global
`);

/**
 * Words a sentence opens with that are never a name: prepositions and conjunctions ("Throughout her teen years, she…",
 * "Despite…", "Whenever…"), number words ("Two of the children…"), "Being", "Like", and the adjectives and nouns a
 * report's sentence opens on ("Local", "Research", "Findings"). Read as a name, they took the sentence's "she" or "he"
 * from the child.
 */
const openers = /* @__PURE__ */ wordSet(`
  being be like despite throughout within among amongst upon around through across against along amid behind beside
  beyond towards toward underneath whenever wherever whatever whoever whichever neither either nor or yet prior due
  regardless almost nearly very together further up out several lots half earlier short local private parental
  good domestic serious personal vulnerable individual older permanent community things death failure findings
  consent research victims campaigners thousands hundreds dozens teen teens youth life work two three four five six
  seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million mostly rather plus which
  outside given going asked access quote responses neighbours residents example
  management figures gangs bail data lack informal key sexual evidence drug problem yeah mommy non public put
  oldest eldest youngest twice she'd he'd
  matter
`);

/** Capitalised words that are never a person's name. */
export const notNames: Set<string> = new Set([
  ...calendar,
  ...grammar,
  ...interjections,
  ...roles,
  ...endearments,
  ...services,
  ...places,
  ...placePrefixes,
  ...bodies,
  ...recording,
  ...other,
  ...openers,
]);

/**
 * Last words of a capitalised run that make the run an organisation, a team or a place
 * ("Children in Care Council", "Oakwood Primary", "Bitterne Family Hub").
 */
export const organisationHeads = /* @__PURE__ */ wordSet(`
  council team service services school primary academy college university nursery centre center hub
  hospital clinic surgery trust partnership board panel unit project programme club society charity
  foundation court police house home road street lane close avenue drive way park group office agency
  authority department ward church mosque library station children children's district borough
  research observatory institute commission committee association network inspectorate class lodge island
  journal gazette herald tribune chronicle courier
`);

/**
 * Last words of a capitalised run that name a meeting, plan or document, not a person ("Viability Meeting",
 * "Family Group Conference", "Child in Care Review"), unless a name owns it ("Jade's Care Plan").
 */
export const eventHeads = /* @__PURE__ */ wordSet(`
  meeting meetings conference conferences review reviews plan plans order orders hearing hearings assessment
  assessments agreement agreements protocol policy procedure procedures guide guides booklet book books
  award awards badge badges event events race challenge cup trophy medal prize festival
`);

/** Lower-case words that follow an event's or a prize's own name ("the Run or Dye event"): the word before is that name. */
export const namedThings = /* @__PURE__ */ wordSet('event events race festival award awards challenge');

/** Small words that may join the parts of an organisation's name ("Children in Care Council"). */
export const organisationJoins = /* @__PURE__ */ wordSet('in of for and the & at on');

/**
 * Whether a word, lower case and without a possessive, is never a name. Plurals of lexicon words
 * count too ("Saturdays", "Reviews").
 */
export function isNotName(lower: string): boolean {
  const possessed = lower.endsWith("'s") ? lower.slice(0, -2) : lower;
  // "Mrs.", "Dr.": the tokeniser leaves a title's full stop on the word (most words end in none: no expression)
  const bare = possessed.endsWith('.') ? possessed.replace(/^(mrs?|ms|mx|dr)\.$/, '$1') : possessed;
  // "We've", "We're": "we" with its verb joined on is not a name (the wider family, "They're", "You'll", took two
  // sentence-kind readings off a check file: not taken)
  if (
    bare.length <= 5 &&
    bare.startsWith('we') &&
    (bare[2] === "'" || bare[2] === '\u2019') &&
    contractions.has(bare.slice(3))
  )
    return true;
  // "Dear FutureMe,", "Dear Younger Self": a letter to the writer's own self names no one
  if (bare.endsWith('me') || bare.endsWith('self'))
    if (/^(?:future|past|younger|older|inner)(?:me|self)$/.test(bare)) return true;
  // "Multi-Agency", "Half-Term", "Step-Mum" are not names, "Kerry-Ann" is
  // three parts and more are places and compounds ("Weston-super-Mare", "Stoke-on-Trent"), not people
  if (bare.includes('-')) {
    const parts = bare.split('-');
    return parts.length >= 3 || parts.some((part) => hyphenPrefixes.has(part) || isNotName(part));
  }
  // "four As and six Bs": a letter grade in the plural is no one's name (not "baby Ks daddy", a child's initial)
  if (bare.length === 2 && /^[b-f]s$/.test(bare)) return true;
  // adverbs ("Generally,", "Consequently,") but not short names ending in -ly (Lily, Sally)
  // (every ending asked for ends in -ly: other words are read without the expression)
  if (
    bare.length > 6 &&
    bare.endsWith('ly') &&
    /(?:ally|ically|ously|fully|ively|tely|edly|ingly|ently|antly|arly|ibly|ably|enly|ckly|ghtly|ctly|etly|iefly|ssly|stly|inely|[dpstv]ily)$/.test(
      bare,
    )
  )
    return true;
  // nouns made from other words ("Friendship", "The Big Ambition", "… with Disabilities", "Wellness"): no one's name
  // ends so ("Charity", "Verity" end in -ity, not -ities; "Marion" in -ion, not -tion)
  if (bare.length > 6 && abstractNoun.test(bare)) return true;
  // adjectives in a title written in capitals ("a Say Something/Selective Highlighting assignment", "Positive
  // Parenting", "Intensive Support") or alone as an exclamation ("Obnoxious!", "Wonderful!", "Hopeless!"): no one's name
  // ends in -ctive, -ative, -itive, -rtive, -sive, -ious, -eous, -uous, -ful or -less ("Detective" is a rank)
  if (bare.length > 6 && adjective.test(bare) && bare !== 'detective') return true;
  // "Second, it transpired…": an ordinal opening a sentence (singular only; "Seconds before, H asked" was not
  // read here: it moves whom a foster carer's passage is about, which the child's voice readings follow)
  if (ordinals.has(bare)) return true;
  return notNames.has(bare) || (bare.endsWith('s') && notNames.has(bare.slice(0, -1)));
}

/** Endings of nouns made from other words: never a person's name. */
const abstractNoun = /(?:ships?|[st]ions?|ities|ness|nesses|isms?)$/;

/** Endings of adjectives: never a person's name. */
const adjective = /(?:ctive|ative|itive|rtive|sive|ious|eous|uous|ful|less)$/;

/** Ordinals that open a sentence as "Firstly" does ("Second, …", "Third, …"). */
const ordinals = /* @__PURE__ */ wordSet('second third fourth fifth');

/** Verbs joined on to "we" ("we've", "we're", "we'll", "we'd"). */
const contractions = /* @__PURE__ */ wordSet('ve re ll d');

/** First parts of hyphenated words that are never names ("Multi-Agency", "Co-Ordinator"). */
const hyphenPrefixes = /* @__PURE__ */ wordSet(
  'multi anti co self non pre post inter sub ex half follow step re mid cross over under well',
);

/** Words that open a salutation or a document heading, and who it then addresses. */
export const salutations = /* @__PURE__ */ wordSet('dear hi hello hiya to hey');

/** Headings that say the note is written to another adult ("Handover:", "Email to school nurse:"). */
export const toAdultHeadings = /* @__PURE__ */ wordSet(`
  handover email letter memo message report referral minutes summary note notes record
`);

/** A syllable written twice with its capital ("MaMa", "DaDa"): a baby's word for a parent, never a name. */
export const babyTalk = /^(\p{Lu}\p{Ll})\1$/u;

/**
 * Third-person possessives: "(her Mama)", "his Mama" is what a baby calls their mother, not a name. ("my Mama", "your
 * Mama" were measured and not taken: they moved a check passage, read there as a name.)
 */
export const possessives = /* @__PURE__ */ wordSet('his her their');

/** Verbs before "into" whose object is a person met, not a place ("bumped into Jade", "ran into Kai"). */
export const metBeforeInto = /* @__PURE__ */ wordSet(
  'bump bumps bumped bumping run runs ran running crash crashed walked',
);
