/**
 * Verb forms for fitting a suggestion to its sentence: which form a word is, and a lemma in a
 * given form. Small on purpose: the irregular verbs that rule data and case notes use, and the
 * regular spelling rules.
 */
import { irregularVerbForms, regularVerbForms } from '@casenote/rules';

/** The five forms of an English verb ("be" has more, handled in `inflect`). */
export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing';

/**
 * The verbs the fit step treats as irregular (it reads their forms whatever a rule's verbs are):
 * their forms come from the rules' table of irregular verbs (`irregularVerbForms`), "stay" and
 * "die" are regular and listed so their forms count as known verb forms.
 */
const knownLemmas = `be have do go make take give get put run keep leave say tell send come become see find feel know
  choose bring think seek sell spend hit hurt let set meet lose fight show lead understand hold sleep stay pay lie die
  flee break speak write grow fall hear mean withdraw drink begin fly throw`
  .trim()
  .split(/\s+/);

/** Where a fix wants another form than the table's first: "was" (the table lists "is am are was were"), "got" for "gotten", "lied" for "lay, lain". */
const fitForms: Record<string, [string, string, string, string]> = {
  be: ['is', 'was', 'been', 'being'],
  get: ['gets', 'got', 'got', 'getting'],
  lie: ['lies', 'lied', 'lied', 'lying'],
};

// lemma: third person singular, past, past participle, -ing
const irregular: Record<string, [string, string, string, string]> = {};
for (const lemma of knownLemmas) {
  const forms = irregularVerbForms(lemma);
  irregular[lemma] =
    fitForms[lemma] ??
    (forms
      ? [
          forms[0] as string,
          forms[1] as string,
          (forms.length > 3 ? forms[2] : forms[1]) as string,
          forms.at(-1) as string,
        ]
      : [regular(lemma, 'third'), regular(lemma, 'past'), regular(lemma, 'participle'), regular(lemma, 'ing')]);
}

const formIndex: Record<Exclude<VerbForm, 'base'>, number> = { third: 0, past: 1, participle: 2, ing: 3 };
const reverse = new Map<string, Array<{ lemma: string; form: VerbForm }>>();
for (const [lemma, forms] of Object.entries(irregular)) {
  const add = (word: string, form: VerbForm) => reverse.set(word, [...(reverse.get(word) ?? []), { lemma, form }]);
  add(lemma, 'base');
  add(forms[0], 'third');
  add(forms[1], 'past');
  add(forms[2], 'participle');
  add(forms[3], 'ing');
}
for (const word of ['am', 'are']) reverse.set(word, [{ lemma: 'be', form: 'base' }]);
reverse.set('were', [{ lemma: 'be', form: 'past' }]);

/** A regular verb in one form, spelled as the rules package spells its verbs (`regularVerbForms`: "admitted", "travelled"). */
function regular(lemma: string, form: VerbForm): string {
  if (form === 'base') return lemma;
  const [, third, past, ing] = regularVerbForms(lemma);
  return form === 'third' ? third : form === 'ing' ? ing : past;
}

/** A verb (by lemma) in one form. "be" in finite forms is chosen by `beForm`. */
export function inflect(lemma: string, form: VerbForm): string {
  const forms = irregular[lemma];
  if (form === 'base') return lemma;
  if (forms) return forms[formIndex[form]] as string;
  return regular(lemma, form);
}

/** Guesses the lemma of a regular "-ed"/"-ing"/"-s" form, checked by inflecting it back. */
function regularLemma(word: string, form: VerbForm): string | undefined {
  const cut = form === 'ing' ? 3 : form === 'third' ? (/(ches|shes|sses|xes|oes)$/.test(word) ? 2 : 1) : 2;
  const stem = word.slice(0, -cut);
  const candidates =
    form === 'third' && word.endsWith('ies')
      ? [`${word.slice(0, -3)}y`]
      : [
          stem.endsWith('i') && form !== 'ing' ? `${stem.slice(0, -1)}y` : '',
          /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : '',
          /(?:[vcz]|[^aeiou]at|[aeiou][su]|[^aeiou][aiou][mkpng]|[^aeiou]l|ir|ar|dg|ng|rg|rs|ls|ns|us)$/.test(stem)
            ? `${stem}e`
            : '',
          stem.endsWith('e') && form !== 'ing' ? `${stem}e` : '',
          stem,
        ];
  return candidates.find((lemma) => lemma.length > 1 && regular(lemma, form) === word);
}

type Reading = { lemma: string; form: VerbForm };
const allForms = ['base', 'third', 'past', 'participle', 'ing'] as const;
const noLemmas: readonly string[] = [];

/**
 * For one list of lemmas (a rule's, kept for the rule's life): each form of them, with the readings
 * of the first lemma that has it, so each word is looked up instead of inflecting every lemma.
 */
const lemmaFormsCache = new WeakMap<readonly string[], Map<string, Reading[]>>();
// the lookup apart from the build (once per rule): a small function the engine optimises early
const lemmaForms = (lemmas: readonly string[]): Map<string, Reading[]> =>
  lemmaFormsCache.get(lemmas) ?? buildLemmaForms(lemmas);
function buildLemmaForms(lemmas: readonly string[]): Map<string, Reading[]> {
  const forms = new Map<string, Reading[]>();
  for (const lemma of lemmas) {
    const own = new Map<string, Reading[]>();
    for (const form of allForms) {
      const word = inflect(lemma, form);
      const readings = own.get(word);
      if (readings) readings.push({ lemma, form });
      else own.set(word, [{ lemma, form }]);
    }
    for (const [word, readings] of own) if (!forms.has(word)) forms.set(word, readings);
  }
  lemmaFormsCache.set(lemmas, forms);
  return forms;
}

/** The readings already worked out, by lemma list and word (bounded: a note's words are not). */
const readingsCache = new WeakMap<readonly string[], Map<string, Reading[]>>();
const maxCachedWords = 4096;

/** What verb forms a word may be ("put": base, past, participle). Empty when it cannot be a verb form we know. */
export function verbReadings(word: string, knownLemmas: readonly string[] = noLemmas): Reading[] {
  const lemmas = knownLemmas.length === 0 ? noLemmas : knownLemmas;
  let cache = readingsCache.get(lemmas);
  if (!cache) {
    cache = new Map();
    readingsCache.set(lemmas, cache);
  }
  let readings = cache.get(word);
  if (!readings) {
    readings = readVerb(word, lemmas);
    if (cache.size >= maxCachedWords) cache.clear();
    cache.set(word, readings);
  }
  return readings;
}

// nouns in "-ing" no verb has as a form: "sibling" is not "sibl" + "-ing" (its fix is "brother or sister", not "brothering")
const ingNounsOnly = new Set(
  'sibling offspring ceiling evening morning wedding pudding something nothing anything everything darling duckling'.split(
    ' ',
  ),
);

function readVerb(word: string, knownLemmas: readonly string[]): Reading[] {
  const lower = word.toLowerCase();
  const known = reverse.get(lower);
  if (known) return known;
  const ofLemmas = knownLemmas.length > 0 ? lemmaForms(knownLemmas).get(lower) : undefined;
  if (ofLemmas) return ofLemmas;
  if (lower.length < 5) return [];
  if (lower.endsWith('ing')) {
    if (ingNounsOnly.has(lower)) return [];
    const lemma = regularLemma(lower, 'ing');
    return lemma ? [{ lemma, form: 'ing' }] : [];
  }
  if (lower.endsWith('ed')) {
    const lemma = regularLemma(lower, 'past');
    return lemma
      ? [
          { lemma, form: 'past' },
          { lemma, form: 'participle' },
        ]
      : [];
  }
  return [];
}

/** The lemma of a third-person "-s" form we can undo ("finds" → "find"), for suggestions only. */
export function thirdPersonLemma(word: string): string | undefined {
  const lower = word.toLowerCase();
  const known = reverse.get(lower)?.find((reading) => reading.form === 'third');
  if (known) return known.lemma;
  return lower.endsWith('s') && !lower.endsWith('ss') ? regularLemma(lower, 'third') : undefined;
}

/** Whether a word is a verb form we know for certain (an irregular form, or a form of one of the rule's verbs). */
export function isKnownVerbForm(word: string, knownLemmas: readonly string[] = noLemmas): boolean {
  const lower = word.toLowerCase();
  if (reverse.has(lower)) return true;
  return knownLemmas.length > 0 && lemmaForms(knownLemmas).has(lower);
}

const modalWords = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must']);

/** Whether a word (lower case) is a finite verb after its subject: a modal, or a past or "-s" form ("said", "visits"). */
export function isFiniteVerb(word: string): boolean {
  if (modalWords.has(word)) return true;
  return verbReadings(word).some((reading) => reading.form === 'past' || reading.form === 'third');
}

/**
 * A word that can only be a verb form: an irregular past, participle or "-s" form ("gave", "went",
 * "took"); not an "-ing" form, which is often a noun ("meeting").
 */
export function isCertainVerbForm(word: string): boolean {
  return (
    reverse.get(word.toLowerCase())?.every((reading) => reading.form !== 'base' && reading.form !== 'ing') ?? false
  );
}
