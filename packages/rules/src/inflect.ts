/**
 * Irregular verbs: each lemma with its irregular forms, past then past participle ("take took
 * taken"; "put put" where they are the lemma's own). Its third person singular and -ing form are
 * spelled by the regular rules (`thirdPerson`, `ingForm`: "takes", "taking"); a verb where either is
 * not regular lists every form after `=`: third person singular first, the -ing form last ("be =
 * is am are was were been being"). One string, not an object of lists: it ships in every bundle
 * with the engine, and most of its words are spelled again on decoding.
 */
const irregularTable = `
  be = is am are was were been being, have = has had having, do did done, go went gone, make made,
  take took taken, give gave given, get got gotten, put put, run ran run, keep kept, leave left, let let,
  say said, tell told, sleep slept, send sent, sit sat, stand stood, come came come,
  become became become, see saw seen, find found, feel felt, hold held, lose lost, meet met,
  choose chose chosen, fall fell fallen, hang hung hanged, hit hit, hurt hurt, know knew known,
  bring brought, buy bought, think thought, set set, seek sought, sell sold, spend spent,
  steal stole stolen, throw threw thrown, wear wore worn, win won, write wrote written, ride rode ridden,
  drive drove driven, shake shook shaken, swear swore sworn, lie lied lay lain, lay laid,
  begin = begins began begun beginning, break broke broken, bite bit bitten, hide hid hidden,
  drink drank drunk, eat ate eaten, fight fought, flee fled,
  forget = forgets forgot forgotten forgetting, grow grew grown, speak spoke spoken, draw drew drawn,
  withdraw withdrew withdrawn, show showed shown, catch caught, teach taught, understand understood,
  mislead misled, lead led, pay paid, kick kicked, deal dealt, mean meant, hear heard, shut shut,
  cut cut, sneak sneaked snuck, build built, lend lent, spit spat, swim swam swum, sing sang sung,
  wake woke woken, blow blew blown, fly flew flown, feed fed
`;

/**
 * A verb's irregular forms as the table lists them (third person singular first, the -ing form
 * last, the past and participle between), or undefined for a regular verb. The fit step reads its
 * verbs' forms from here too: one table of irregular verbs for the rule patterns and the fixes.
 */
export function irregularVerbForms(lemma: string): readonly string[] | undefined {
  irregularVerbs ??= readIrregularTable();
  return irregularVerbs.get(lemma);
}

/** Lemma → third person singular, the table's forms, -ing form: decoded on first use. */
let irregularVerbs: Map<string, string[]> | undefined;

function readIrregularTable(): Map<string, string[]> {
  const verbs = new Map<string, string[]>();
  for (const entry of irregularTable.trim().split(/,\s*/)) {
    const [lemma, ...forms] = entry.replace(' = ', ' ').split(' ') as [string, ...string[]];
    verbs.set(lemma, entry.includes(' = ') ? forms : [thirdPerson(lemma), ...forms, ingForm(lemma)]);
  }
  return verbs;
}

/** Irregular plurals: singular → plural. */
const irregularNouns: Record<string, string> = {
  child: 'children',
  man: 'men',
  woman: 'women',
  person: 'people',
  foot: 'feet',
  mouse: 'mice',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  half: 'halves',
  self: 'selves',
};

const vowel = /[aeiou]/;

/**
 * Verbs of two or more syllables stressed on the last, which double its final consonant like
 * "stop" does ("admitted", "referring"); "visit", "offer" and "benefit", stressed earlier, do not.
 */
const stressedLast = new Set(
  `admit commit submit permit omit emit remit transmit acquit outwit befit regret upset abet allot
  equip rebut entrap kidnap embed unplug refer prefer defer confer infer transfer deter occur incur recur concur`
    .trim()
    .split(/\s+/),
);

/**
 * Whether a regular verb doubles its final consonant before -ed and -ing: one vowel then one
 * consonant closing a stressed syllable ("stop", "plan", "admit", "refer"), and British English's
 * final "l" after one vowel whatever the stress ("travelled", "cancelled", "labelled").
 */
function doublesFinal(lemma: string): boolean {
  if (!/(^|[^aeiou])[aeiou][bdgklmnprt]$/.test(withoutQuU(lemma))) return false;
  return oneSyllable(lemma) || stressedLast.has(lemma) || lemma.endsWith('l');
}

/** "quit": the "u" after "q" spells no vowel of its own. */
const withoutQuU = (word: string): string => word.replace(/qu/g, 'q');
const oneSyllable = (word: string): boolean => /^[^aeiou]*[aeiou]+[^aeiou]*$/.test(withoutQuU(word));

const consonantY = (word: string): boolean => word.at(-1) === 'y' && !vowel.test(word.at(-2) ?? '');

/** A regular verb's third person singular: "visits", "watches", "goes", "tries". */
function thirdPerson(lemma: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  return consonantY(lemma) ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
}

/** A regular verb's -ing form, one spelling: "hoping", "lying", "seeing", "stopping", "admitting", "visiting". */
function ingForm(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !/(ee|ye|oe)$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  return doublesFinal(lemma) ? `${lemma}${lemma.at(-1)}ing` : `${lemma}ing`;
}

/** A regular verb's past form, one spelling: "hoped", "tried", "stopped", "admitted", "travelled", "visited". */
function pastForm(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (consonantY(lemma)) return `${lemma.slice(0, -1)}ied`;
  return doublesFinal(lemma) ? `${lemma}${lemma.at(-1)}ed` : `${lemma}ed`;
}

/**
 * A verb's lemma, -s, -ed and -ing forms spelled by the regular rules, whatever the table of irregular
 * verbs says ("stop stops stopped stopping", "admit admits admitted admitting", "travel travels travelled
 * travelling"): `verbForms` starts from them, and the fit step spells its regular verbs with them.
 */
export function regularVerbForms(lemma: string): [string, string, string, string] {
  return [lemma, thirdPerson(lemma), pastForm(lemma), ingForm(lemma)];
}

/**
 * Every form of a verb: the lemma, -s, -ed, -ing in that order (the -ed and -ing forms spelled as
 * British English does), then other spellings a note may use, or the irregular forms.
 */
export function verbForms(lemma: string): string[] {
  const irregular = irregularVerbForms(lemma);
  if (irregular) return [...new Set([lemma, ...irregular])];
  const forms = new Set<string>(regularVerbForms(lemma));
  const last = lemma.at(-1) ?? '';
  // The other spelling where doubling goes by stress or by side of the Atlantic ("traveled",
  // "offerred"), and the undoubled misspelling of a longer doubling verb ("occured"): accepted,
  // since the non-word never means anything else. Not for one syllable, where it is another word
  // ("hoped" is not "hop", "planed" not "plan").
  const longer = !oneSyllable(lemma);
  if (last !== 'e' && !consonantY(lemma) && longer && (doublesFinal(lemma) || /[aeiou][lr]$/.test(lemma))) {
    for (const ending of ['ed', 'ing']) {
      forms.add(`${lemma}${ending}`);
      forms.add(`${lemma}${last}${ending}`);
    }
  }
  return [...forms];
}

/** Singular and plural of a noun. */
export function nounForms(singular: string): string[] {
  const irregular = irregularNouns[singular];
  if (irregular) return [singular, irregular];
  const last = singular.at(-1) ?? '';
  const beforeLast = singular.at(-2) ?? '';
  if (/(s|x|z|ch|sh)$/.test(singular)) return [singular, `${singular}es`];
  if (last === 'y' && !vowel.test(beforeLast)) return [singular, `${singular.slice(0, -1)}ies`];
  return [singular, `${singular}s`];
}
