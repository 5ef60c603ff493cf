import { describeSealedSet } from './sealed-set.ts';

// The first sealed held-out collection (see README.md and README-passages.md here): verbatim sentences
// and passages from published documents, labelled blind and never used to tune. The tests print figures
// only and hold each at or above its first measurement after that session's tuning (2026-11-28), so a
// change that makes judgement on real text worse fails. The floors are where the engine stood, not targets.
describeSealedSet({
  number: 1,
  minimum: { victimBlamingAndDeficit: 60, jargon: 60, clean: 80, passages: 80, toChild: 30 },
  // First measurement: jargon 73.9 %, victim-blaming/deficit 61.3 %, false alarms 4.3 %.
  language: { jargon: [51, 69], victimBlamingAndDeficit: [38, 62], falseAlarms: [7, 162] },
  // First measurement, nearly the same with and without the child named: passages 81.4 %; sentence kind
  // 69.1 % named / 65.2 % without; child's voice recall 32.1 % / 30.9 % (addressee and voice precision
  // were not yet measured then, so they are printed only).
  passages: {
    passages: [114, 140],
    sentenceKind: { named: [324, 469], noContext: [306, 469] },
    voiceRecall: { named: [26, 81], noContext: [25, 81] },
  },
});
