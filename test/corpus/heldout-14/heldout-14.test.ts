import { describeSealedSet } from '../heldout/sealed-set.ts';

// The fourteenth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-12-01 (seventeenth session), from documents no
// other corpus used before, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 1d162c5, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets. One clean language item the collector
// disclosed as an entry slip was taken out before that measurement (README.md).
describeSealedSet({
  number: 14,
  minimum: { victimBlamingAndDeficit: 82, jargon: 81, clean: 179, passages: 116, toChild: 36 },
  // First measurement (1d162c5): jargon 95.1 %, victim-blaming/deficit 45.1 % (victim-blaming 65.0 %,
  // deficit 26.2 %), false alarms 10.6 %.
  language: { jargon: [77, 81], victimBlamingAndDeficit: [37, 82], falseAlarms: [19, 179] },
  // First measurement: passages 88.8 % named / 87.1 % without context; sentence kind 64.6 % / 61.8 %;
  // addressee 94.2 % / 94.0 %; child's voice precision 74.7 % / 75.6 %, recall 45.3 % / 45.3 %.
  passages: {
    passages: { named: [103, 116], noContext: [101, 116] },
    sentenceKind: { named: [299, 463], noContext: [286, 463] },
    addressee: { named: [436, 463], noContext: [435, 463] },
    voicePrecision: { named: [68, 91], noContext: [68, 90] },
    voiceRecall: { named: [68, 150], noContext: [68, 150] },
  },
});
