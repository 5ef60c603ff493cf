import { describeSealedSet } from '../heldout/sealed-set.ts';

// The thirteenth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-12-01 (sixteenth session), from documents no
// other corpus used before, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 831cd51, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 13,
  minimum: { victimBlamingAndDeficit: 80, jargon: 80, clean: 212, passages: 130, toChild: 37 },
  // First measurement (831cd51): jargon 86.3 %, victim-blaming/deficit 63.8 % (victim-blaming 67.6 %,
  // deficit 60.5 %), false alarms 7.5 %.
  // Lowered (twenty-fifth session, precision29, by the lead's round-28 ruling): a term the writer defines in the same
  // sentence, and a word quoted as a word to be criticised, are clean ("X is a meeting that…", "the phrase 'Y' should
  // not be used"). Blind labels here flag one such; the labels stay as collected and the floor moves by what the ruling
  // clears, with nothing else falling (pooled over the fifteen sets: jargon −5, victim-blaming −4, all of that kind;
  // one clean sentence's false alarm cleared).
  language: { jargon: [68, 80], victimBlamingAndDeficit: [51, 80], falseAlarms: [16, 212] },
  // First measurement: passages 87.7 % named / 87.7 % without context; sentence kind 66.2 % / 62.5 %;
  // addressee 93.9 % / 93.9 %; child's voice precision 92.3 % / 90.4 %, recall 49.7 % / 39.1 %.
  passages: {
    passages: { named: [114, 130], noContext: [114, 130] },
    sentenceKind: { named: [337, 509], noContext: [318, 509] },
    addressee: { named: [478, 509], noContext: [478, 509] },
    // Named voice lowered by two (sixteenth session, main after round 20, lead decision, precision first): voice20's
    // reading that a pronoun opening a spoken sentence right after a sentence about a parent is that parent took
    // four false finds of the child's words off the first and fifth sets (five with no context, the tenth too) and
    // two of the child's own sentences off this set (84 -> 82 found of 169, precision 84/91 -> 82/89).
    voicePrecision: { named: [82, 89], noContext: [66, 73] },
    voiceRecall: { named: [82, 169], noContext: [66, 169] },
  },
});
