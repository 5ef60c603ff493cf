import { describeSealedSet } from '../heldout/sealed-set.ts';

// The fourth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-29, from documents no other corpus uses.
// The tests print figures only and hold each at or above its first measurement, taken on the engine as
// it stood before that session's tuning landed. The floors are where the engine stood, not targets.
describeSealedSet({
  number: 4,
  minimum: { victimBlamingAndDeficit: 70, jargon: 70, clean: 90, passages: 120, toChild: 30 },
  // First measurement: jargon 80.5 %, victim-blaming/deficit 58.0 %, false alarms 5.1 %.
  // The jargon floor was lowered to 61 for an hour on 2026-11-30 (tenth session: "care leaver" hinted only of
  // particular people cost one sentence); new acronym rules brought the figure back to 62, and the floor with it.
  language: { jargon: [62, 77], victimBlamingAndDeficit: [47, 81], falseAlarms: [7, 136] },
  // First measurement: passages 89.1 % both ways; sentence kind 61.6 % named / 59.5 % without;
  // addressee 94.4 %; child's voice precision 77.7 %, recall 47.7 %.
  passages: {
    passages: [123, 138],
    sentenceKind: { named: [286, 464], noContext: [276, 464] },
    addressee: [438, 464],
    voicePrecision: { named: [73, 94], noContext: [73, 94] },
    voiceRecall: [73, 153],
  },
});
