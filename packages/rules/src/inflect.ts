/** Irregular verbs: lemma → [third person singular, past, past participle, gerund]. */
const irregularVerbs: Record<string, string[]> = {
  be: ['is', 'am', 'are', 'was', 'were', 'been', 'being'],
  have: ['has', 'had', 'having'],
  do: ['does', 'did', 'done', 'doing'],
  go: ['goes', 'went', 'gone', 'going'],
  make: ['makes', 'made', 'making'],
  take: ['takes', 'took', 'taken', 'taking'],
  give: ['gives', 'gave', 'given', 'giving'],
  get: ['gets', 'got', 'gotten', 'getting'],
  put: ['puts', 'put', 'putting'],
  run: ['runs', 'ran', 'run', 'running'],
  keep: ['keeps', 'kept', 'keeping'],
  leave: ['leaves', 'left', 'leaving'],
  let: ['lets', 'let', 'letting'],
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  sleep: ['sleeps', 'slept', 'sleeping'],
  send: ['sends', 'sent', 'sending'],
  sit: ['sits', 'sat', 'sitting'],
  stand: ['stands', 'stood', 'standing'],
  come: ['comes', 'came', 'come', 'coming'],
  become: ['becomes', 'became', 'become', 'becoming'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  find: ['finds', 'found', 'finding'],
  feel: ['feels', 'felt', 'feeling'],
  hold: ['holds', 'held', 'holding'],
  lose: ['loses', 'lost', 'losing'],
  meet: ['meets', 'met', 'meeting'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
  fall: ['falls', 'fell', 'fallen', 'falling'],
  hang: ['hangs', 'hung', 'hanged', 'hanging'],
  hit: ['hits', 'hit', 'hitting'],
  hurt: ['hurts', 'hurt', 'hurting'],
  know: ['knows', 'knew', 'known', 'knowing'],
  bring: ['brings', 'brought', 'bringing'],
  buy: ['buys', 'bought', 'buying'],
  think: ['thinks', 'thought', 'thinking'],
  set: ['sets', 'set', 'setting'],
  seek: ['seeks', 'sought', 'seeking'],
  sell: ['sells', 'sold', 'selling'],
  spend: ['spends', 'spent', 'spending'],
  steal: ['steals', 'stole', 'stolen', 'stealing'],
  throw: ['throws', 'threw', 'thrown', 'throwing'],
  wear: ['wears', 'wore', 'worn', 'wearing'],
  win: ['wins', 'won', 'winning'],
  write: ['writes', 'wrote', 'written', 'writing'],
  ride: ['rides', 'rode', 'ridden', 'riding'],
  drive: ['drives', 'drove', 'driven', 'driving'],
  shake: ['shakes', 'shook', 'shaken', 'shaking'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  lie: ['lies', 'lied', 'lay', 'lain', 'lying'],
  lay: ['lays', 'laid', 'laying'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  break: ['breaks', 'broke', 'broken', 'breaking'],
  bite: ['bites', 'bit', 'bitten', 'biting'],
  hide: ['hides', 'hid', 'hidden', 'hiding'],
  drink: ['drinks', 'drank', 'drunk', 'drinking'],
  eat: ['eats', 'ate', 'eaten', 'eating'],
  fight: ['fights', 'fought', 'fighting'],
  flee: ['flees', 'fled', 'fleeing'],
  forget: ['forgets', 'forgot', 'forgotten', 'forgetting'],
  grow: ['grows', 'grew', 'grown', 'growing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  withdraw: ['withdraws', 'withdrew', 'withdrawn', 'withdrawing'],
  show: ['shows', 'showed', 'shown', 'showing'],
  catch: ['catches', 'caught', 'catching'],
  teach: ['teaches', 'taught', 'teaching'],
  understand: ['understands', 'understood', 'understanding'],
  mislead: ['misleads', 'misled', 'misleading'],
  lead: ['leads', 'led', 'leading'],
  pay: ['pays', 'paid', 'paying'],
  kick: ['kicks', 'kicked', 'kicking'],
  deal: ['deals', 'dealt', 'dealing'],
  mean: ['means', 'meant', 'meaning'],
  hear: ['hears', 'heard', 'hearing'],
  shut: ['shuts', 'shut', 'shutting'],
  cut: ['cuts', 'cut', 'cutting'],
  sneak: ['sneaks', 'sneaked', 'snuck', 'sneaking'],
  build: ['builds', 'built', 'building'],
  lend: ['lends', 'lent', 'lending'],
  spit: ['spits', 'spat', 'spitting'],
  swim: ['swims', 'swam', 'swum', 'swimming'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  wake: ['wakes', 'woke', 'woken', 'waking'],
  blow: ['blows', 'blew', 'blown', 'blowing'],
  fly: ['flies', 'flew', 'flown', 'flying'],
  feed: ['feeds', 'fed', 'feeding'],
};

/**
 * A verb's irregular forms as the table lists them (third person singular first, the -ing form
 * last, the past and participle between), or undefined for a regular verb. The fit step reads its
 * verbs' forms from here too: one table of irregular verbs for the rule patterns and the fixes.
 */
export function irregularVerbForms(lemma: string): readonly string[] | undefined {
  return Object.hasOwn(irregularVerbs, lemma) ? irregularVerbs[lemma] : undefined;
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

function isShortClosedSyllable(word: string): boolean {
  // "stop", "plan", "chat": one vowel followed by one final consonant that doubles in -ed/-ing.
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word);
}

/** Every form of a verb: the lemma, -s, -ed, -ing, with known irregular forms. */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  const irregular = irregularVerbs[lemma];
  if (irregular) {
    for (const form of irregular) forms.add(form);
    return [...forms];
  }
  const last = lemma.at(-1) ?? '';
  const beforeLast = lemma.at(-2) ?? '';
  // third person singular
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !vowel.test(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // past and gerund
  if (last === 'e') {
    forms.add(`${lemma}d`);
    if (lemma.endsWith('ie')) forms.add(`${lemma.slice(0, -2)}ying`);
    else if (/(ee|ye|oe)$/.test(lemma)) forms.add(`${lemma}ing`);
    else forms.add(`${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !vowel.test(beforeLast)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    // Doubling depends on stress ("travelled", "referred", but "visited"): accept both spellings,
    // since the non-word never occurs in real notes.
    if (isShortClosedSyllable(lemma) || /[aeiou][lr]$/.test(lemma)) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
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
