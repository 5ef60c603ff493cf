import { describeSealedSet } from '../heldout/sealed-set.ts';

// The tenth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-30 (thirteenth session), from documents no
// other corpus uses, by two collectors who read no rule data, analysis code or corpus items. It was first
// measured on the engine as it stood at the start of that session (main 3cb1b63, before the session's
// tuning); no helper who tuned saw it. The tests print figures only and hold each at the lower of the
// measurements; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 10,
  minimum: { victimBlamingAndDeficit: 82, jargon: 85, clean: 168, passages: 113, toChild: 36 },
  // First measurement (3cb1b63): jargon 90.6 %, victim-blaming/deficit 54.9 % (victim-blaming 53.3 %,
  // deficit 55.8 %), false alarms 4.8 %.
  // Lowered by two (fifteenth session, main after round 19): a lead decision (precision first) shows the hints
  // for words a child may not know (siblings, birth family, CPS, ADHD, disclosure, peers, foster child) only
  // in writing to the child (`reader: child`). Pooled over the eleven sealed sets it took 10 clean sentences'
  // false alarms off (102 -> 92) and 9 labelled sentences' only finding (jargon 4, victim-blaming/deficit 5);
  // on the dev files no labelled phrase itself lost its finding (jargon on the labelled phrase unchanged in every file).
  language: { jargon: [75, 85], victimBlamingAndDeficit: [45, 82], falseAlarms: [8, 168] },
  // First measurement: passages 92.9 % named / 92.0 % without context; sentence kind 62.5 % / 61.5 %;
  // addressee 93.6 % / 92.8 %; child's voice precision 86.1 % / 84.3 %, recall 53.8 % / 52.3 %.
  passages: {
    passages: { named: [105, 113], noContext: [104, 113] },
    sentenceKind: { named: [331, 530], noContext: [326, 530] },
    addressee: { named: [496, 530], noContext: [492, 530] },
    voicePrecision: { named: [105, 122], noContext: [102, 121] },
    voiceRecall: { named: [105, 195], noContext: [102, 195] },
  },
});
