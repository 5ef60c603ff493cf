import { describeSealedSet } from '../heldout/sealed-set.ts';

// The twelfth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-30 (fifteenth session), from documents no
// other corpus used before, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 4fcaeab, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 12,
  minimum: { victimBlamingAndDeficit: 80, jargon: 88, clean: 176, passages: 121, toChild: 37 },
  // First measurement (4fcaeab): jargon 77.3 %, victim-blaming/deficit 65.0 % (victim-blaming 60.0 %,
  // deficit 70.0 %), false alarms 6.3 %.
  // Lowered by one (fifteenth session, main after round 19): a lead decision (precision first) shows the hints
  // for words a child may not know (siblings, birth family, CPS, ADHD, disclosure, peers, foster child) only
  // in writing to the child (`reader: child`). Pooled over the eleven sealed sets it took 10 clean sentences'
  // false alarms off (102 -> 92) and 9 labelled sentences' only finding (jargon 4, victim-blaming/deficit 5);
  // on the dev files no labelled phrase itself lost its finding (jargon on the labelled phrase unchanged in every file).
  language: { jargon: [67, 88], victimBlamingAndDeficit: [52, 80], falseAlarms: [11, 176] },
  // First measurement: passages 92.6 % named / 92.6 % without context; sentence kind 68.2 % / 64.7 %;
  // addressee 93.9 % / 93.9 %; child's voice precision 78.5 % / 74.7 %, recall 43.7 % / 43.7 %.
  passages: {
    passages: { named: [112, 121], noContext: [112, 121] },
    sentenceKind: { named: [313, 459], noContext: [297, 459] },
    addressee: { named: [431, 459], noContext: [431, 459] },
    voicePrecision: { named: [62, 79], noContext: [62, 83] },
    voiceRecall: { named: [62, 142], noContext: [62, 142] },
  },
});
