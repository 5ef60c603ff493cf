import { describeSealedSet } from '../heldout/sealed-set.ts';

// The fifteenth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-12-01 (twentieth session), from documents no
// other corpus used before, by two collectors who read no rule data, analysis code or corpus items. The first
// set labelled under the service-word ruling: a service word is jargon where a child or family reads the text,
// clean in writing for professionals. It was first measured on the engine as it stood at the start of that
// session (main b89d594, before the session's tuning); no helper who tuned saw it. The tests print figures only
// and hold each at the first measurement; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 15,
  minimum: { victimBlamingAndDeficit: 81, jargon: 81, clean: 162, passages: 122, toChild: 40 },
  // First measurement (b89d594): jargon 74.1 %, victim-blaming/deficit 42.0 % (victim-blaming 28.9 %,
  // deficit 53.5 %), false alarms 18.5 %.
  // Lowered (twenty-fifth session, precision29, by the lead's round-28 ruling): a term the writer defines in the same
  // sentence, and a word quoted as a word to be criticised, are clean ("X is a meeting that…", "the phrase 'Y' should
  // not be used"). Blind labels here flag two such; the labels stay as collected and the floor moves by what the ruling
  // clears, with nothing else falling (pooled over the fifteen sets: jargon −5, victim-blaming −4, all of that kind;
  // one clean sentence's false alarm cleared).
  language: { jargon: [58, 81], victimBlamingAndDeficit: [34, 81], falseAlarms: [30, 162] },
  // First measurement: passages 92.6 % named / 92.6 % without context; sentence kind 66.0 % / 64.8 %;
  // addressee 96.0 % / 96.0 %; child's voice precision 84.3 % / 84.8 %, recall 52.8 % / 51.5 %.
  passages: {
    passages: { named: [113, 122], noContext: [113, 122] },
    sentenceKind: { named: [313, 474], noContext: [307, 474] },
    addressee: { named: [455, 474], noContext: [455, 474] },
    voicePrecision: { named: [86, 102], noContext: [84, 99] },
    voiceRecall: { named: [86, 163], noContext: [84, 163] },
  },
});
