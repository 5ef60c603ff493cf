import { describeSealedSet } from '../heldout/sealed-set.ts';

// The eighth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-29 (sixth session of the day), from
// documents no other corpus uses, most of them not press reports (records, procedures, Ombudsman
// decisions, minutes, letters to children). It was first measured on the engine as it stood at the start
// of that session (main c52d33e, before the session's tuning); no helper who tuned saw it. The tests print
// figures only and hold each at the lower of the measurements; the floors are where the engine stood,
// not targets.
describeSealedSet({
  number: 8,
  minimum: { victimBlamingAndDeficit: 85, jargon: 80, clean: 160, passages: 150, toChild: 45 },
  // First measurement (c52d33e): jargon 85.4 %, victim-blaming/deficit 52.3 %, false alarms 8.0 %.
  // Lowered (twenty-fifth session, precision29, by the lead's round-28 ruling): a term the writer defines in the same
  // sentence, and a word quoted as a word to be criticised, are clean ("X is a meeting that…", "the phrase 'Y' should
  // not be used"). Blind labels here flag two (one was above the floor) such; the labels stay as collected and the floor moves by what the ruling
  // clears, with nothing else falling (pooled over the fifteen sets: jargon −5, victim-blaming −4, all of that kind;
  // one clean sentence's false alarm cleared).
  language: { jargon: [69, 82], victimBlamingAndDeficit: [46, 88], falseAlarms: [13, 163] },
  // First measurement: passages 90.8 % named and without context; sentence kind 64.0 % / 62.8 %;
  // addressee 93.2 %; child's voice precision 78.1 %, recall 44.7 % (named and without).
  passages: {
    passages: { named: [138, 152], noContext: [138, 152] },
    sentenceKind: { named: [406, 634], noContext: [398, 634] },
    addressee: { named: [591, 634], noContext: [591, 634] },
    // Precision lowered to 78.0 % (2026-11-29, seventh session) for a child's own account counting its sentences
    // that name no speaker (see heldout-7.test.ts); recall rose to 48.2 %.
    voicePrecision: { named: [96, 123], noContext: [96, 123] },
    voiceRecall: { named: [96, 199], noContext: [96, 199] },
  },
});
