import { describeSealedSet } from '../heldout/sealed-set.ts';

// The eleventh sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-30 (fourteenth session), from documents no
// other corpus uses, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 5b12a44, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 11,
  minimum: { victimBlamingAndDeficit: 86, jargon: 87, clean: 150, passages: 113, toChild: 36 },
  // First measurement (5b12a44): jargon 86.2 %, victim-blaming/deficit 54.7 % (victim-blaming 59.5 %,
  // deficit 50.0 %), false alarms 4.7 %.
  language: { jargon: [75, 87], victimBlamingAndDeficit: [47, 86], falseAlarms: [7, 150] },
  // First measurement: passages 93.8 % named / 93.8 % without context; sentence kind 62.9 % / 60.1 %;
  // addressee 94.1 % / 94.1 %; child's voice precision 92.8 % / 92.5 %, recall 42.7 % / 41.3 %.
  passages: {
    passages: { named: [106, 113], noContext: [106, 113] },
    sentenceKind: { named: [254, 404], noContext: [243, 404] },
    // Lowered by one (twenty-third session, lead decision): addressee27 gives a sentence the engine counts as written to
    // the child the child as its addressee too, so the two readings agree; one bare "Never." on a page to children,
    // which the engine already counted as to the child and the label calls neutral, now disagrees on its addressee too.
    addressee: { named: [379, 404], noContext: [379, 404] },
    voicePrecision: { named: [64, 69], noContext: [62, 67] },
    voiceRecall: { named: [64, 150], noContext: [62, 150] },
  },
});
