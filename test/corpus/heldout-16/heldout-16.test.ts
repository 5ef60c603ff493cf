import { describeSealedSet } from '../heldout/sealed-set.ts';

// The sixteenth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-12-02 (twenty-third session), from documents no
// other corpus used before, by two collectors who read no rule data, analysis code or corpus items, labelled under
// the service-word ruling (a service word is jargon where a child or family reads the text, clean in writing for
// professionals). It was first measured on the engine as it stood at the start of that session (main 5943cc3e's
// engine, before the session's round landed); no helper who tuned saw it. The tests print figures only and hold
// each at the first measurement; the floors are where the engine stood, not targets.
describeSealedSet({
  number: 16,
  minimum: { victimBlamingAndDeficit: 74, jargon: 71, clean: 126, passages: 116, toChild: 40 },
  // First measurement (5943cc3e's engine): jargon 74.6 %, victim-blaming/deficit 60.8 % (victim-blaming 52.6 %,
  // deficit 69.4 %), false alarms 13.5 %.
  language: { jargon: [53, 71], victimBlamingAndDeficit: [45, 74], falseAlarms: [17, 126] },
  // First measurement: passages 87.9 % named / 87.9 % without context; sentence kind 62.9 % / 61.9 %;
  // addressee 93.3 % / 93.3 %; child's voice precision 84.0 % / 84.0 %, recall 51.0 % / 51.0 %.
  passages: {
    passages: { named: [102, 116], noContext: [102, 116] },
    sentenceKind: { named: [395, 628], noContext: [389, 628] },
    addressee: { named: [586, 628], noContext: [586, 628] },
    voicePrecision: { named: [100, 119], noContext: [100, 119] },
    voiceRecall: { named: [100, 196], noContext: [100, 196] },
  },
});
