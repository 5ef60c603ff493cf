import { describeSealedSet } from '../heldout/sealed-set.ts';

// The sixth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-29 (fourth session of the day), from
// documents no other corpus uses. Like the fifth set, it reached main only after that session's tuning had
// landed, so its first measurement is of the tuned engine (main 0fa862a), which no helper who tuned had seen
// the set for. The tests print figures only and hold each at or above that first measurement; the floors
// are where the engine stood, not targets.
describeSealedSet({
  number: 6,
  minimum: { victimBlamingAndDeficit: 80, jargon: 80, clean: 190, passages: 170, toChild: 60 },
  // First measurement: jargon 75.9 %, victim-blaming/deficit 54.7 %, false alarms 5.0 %.
  language: { jargon: [63, 83], victimBlamingAndDeficit: [47, 86], falseAlarms: [10, 201] },
  // First measurement: passages 91.0 % both ways; sentence kind 74.4 % named / 69.2 % without;
  // addressee 93.1 % / 92.9 %; child's voice precision 89.2 % / 88.2 %, recall 37.5 % / 34.1 %.
  passages: {
    passages: [162, 178],
    // No-context kind lowered by two (fifteenth session): countries are never read as the child's name ('a girl
    // from Italy'); with no host context, sentences had counted as about the child only because a country was
    // taken for the child (as seen on dev-passages-37b). The named figure rose (389 -> 392).
    sentenceKind: { named: [389, 523], noContext: [360, 523] },
    addressee: { named: [487, 523], noContext: [486, 523] },
    voicePrecision: { named: [66, 74], noContext: [60, 68] },
    voiceRecall: { named: [66, 176], noContext: [60, 176] },
  },
});
