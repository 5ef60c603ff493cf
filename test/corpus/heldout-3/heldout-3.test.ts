import { describeSealedSet } from '../heldout/sealed-set.ts';

// The third sealed held-out collection (see README-passages.md and README.md here): real published
// passages and sentences gathered and labelled blind, from documents no other corpus uses. The tests
// print figures only and hold each at or above its first measurement (2026-11-28, before any tuning
// could have seen the set). The floors are where the engine stood, not targets (see the README).
describeSealedSet({
  number: 3,
  minimum: { victimBlamingAndDeficit: 60, jargon: 60, clean: 80, passages: 120, toChild: 30 },
  // Completed set first measured whole on 2026-11-29 (its first 185 sentences had been measured before
  // that session's tuning, the other 68 were added blind and first measured then).
  language: { jargon: [60, 72], victimBlamingAndDeficit: [43, 84], falseAlarms: [4, 97] },
  // First measurement (2026-11-28): passages 84.5 % both ways; sentence kind 69.5 % named / 67.5 %
  // without; addressee 90.3 %; child's voice precision 78.8 % / 75.9 %, recall 33.6 %.
  passages: {
    passages: [109, 129],
    sentenceKind: { named: [244, 351], noContext: [237, 351] },
    addressee: [317, 351],
    voicePrecision: { named: [41, 52], noContext: [41, 54] },
    voiceRecall: [41, 122],
  },
});
