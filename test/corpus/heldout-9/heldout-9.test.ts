import { describeSealedSet } from '../heldout/sealed-set.ts';

// The ninth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-30 (twelfth session), from documents no
// other corpus uses, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 5c08c8e, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 9,
  minimum: { victimBlamingAndDeficit: 82, jargon: 81, clean: 164, passages: 122, toChild: 42 },
  // First measurement (5c08c8e): jargon 80.2 %, victim-blaming/deficit 52.4 % (victim-blaming 57.1 %,
  // deficit 48.9 %), false alarms 9.1 %.
  language: { jargon: [65, 81], victimBlamingAndDeficit: [43, 82], falseAlarms: [15, 164] },
  // First measurement: passages 91.0 % named / 89.3 % without context; sentence kind 70.0 % / 66.9 %;
  // addressee 93.4 %; child's voice precision 88.4 % / 90.1 %, recall 50.6 % / 49.4 %.
  passages: {
    passages: { named: [111, 122], noContext: [109, 122] },
    sentenceKind: { named: [359, 513], noContext: [343, 513] },
    addressee: { named: [479, 513], noContext: [479, 513] },
    voicePrecision: { named: [84, 95], noContext: [82, 91] },
    voiceRecall: { named: [84, 166], noContext: [82, 166] },
  },
});
