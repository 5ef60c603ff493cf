// Words that name the people a sentence is about as adults ("adults receiving residential care", "an elderly man in
// respite"), shared by the adults-only condition and the note's facts (which keep "(Adults)" and "(Children)" as words
// where they read past a bracketed name).
export const adultWords = new Set([
  'adult',
  'adults',
  'elderly',
  'pensioner',
  'pensioners',
  'prisoner',
  'prisoners',
  'offender',
  'offenders',
  'inmate',
  'inmates',
  'convict',
  'convicts',
  'murderer',
  'murderers',
  // people claiming out-of-work benefits: "jobseekers … sent on such placements", "claimants"
  'jobseeker',
  'jobseekers',
  'claimant',
  'claimants',
  'man',
  'men',
  'woman',
  'women',
  'husband',
  'wife',
  'widow',
  'widower',
  'dementia',
  // adults' affairs: an estate, a will, a grown-up's life ("claims brought by siblings" in probate)
  'probate',
  'beneficiary',
  'beneficiaries',
  'executor',
  'executors',
  'testator',
  'inheritance',
  'adulthood',
]);

/**
 * Whether a word in brackets says which people a service or role is for ("Head of Social Care (Adults)", "(Children)"):
 * the conditions keep it as a word where they read past a bracketed name (name-asides.ts).
 */
export const bracketNamesPeople = (lower: string): boolean => adultWords.has(lower) || lower === 'children';
