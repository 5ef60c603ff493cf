import { describeSealedSet } from '../heldout/sealed-set.ts';

// The fifth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-29 (third session of the day), from
// documents no other corpus uses. Unlike the fourth set, its first measurement was taken on the engine as
// it stood AFTER that session's tuning (the set reached main only then; no helper who tuned saw it).
// The tests print figures only and hold each at or above that first measurement; the floors are where
// the engine stood, not targets.
describeSealedSet({
  number: 5,
  minimum: { victimBlamingAndDeficit: 75, jargon: 75, clean: 140, passages: 140, toChild: 40 },
  // First measurement: jargon 83.5 %, victim-blaming/deficit 50.6 %, false alarms 5.3 %.
  // Lowered by one (fifteenth session, main after round 19): a lead decision (precision first) shows the hints
  // for words a child may not know (siblings, birth family, CPS, ADHD, disclosure, peers, foster child) only
  // in writing to the child (`reader: child`). Pooled over the eleven sealed sets it took 10 clean sentences'
  // false alarms off (102 -> 92) and 9 labelled sentences' only finding (jargon 4, victim-blaming/deficit 5);
  // on the dev files no labelled phrase itself lost its finding (jargon on the labelled phrase unchanged in every file).
  // Jargon lowered by one more (twenty-second session, lead decision, precision first): vbdef26's exception to
  // `treated-as-criminal` for the criticism itself ("treated as offenders rather than victims") took off a finding
  // that was wrong: the one jargon sentence it touched is labelled for a service word no rule finds, and had been
  // counted found only through that victim-blaming hint on its closing words.
  language: { jargon: [64, 79], victimBlamingAndDeficit: [40, 79], falseAlarms: [8, 151] },
  // First measurement: passages 86.0 % both ways; sentence kind 60.8 % named / 58.2 % without;
  // addressee 91.3 %; child's voice precision 75.2 % / 72.8 %, recall 52.0 % / 49.3 %.
  passages: {
    passages: [129, 150],
    sentenceKind: { named: [285, 469], noContext: [273, 469] },
    addressee: [428, 469],
    voicePrecision: { named: [79, 105], noContext: [75, 103] },
    voiceRecall: { named: [79, 152], noContext: [75, 152] },
  },
});
