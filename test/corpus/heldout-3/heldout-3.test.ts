import { describe, expect, it } from 'vitest';
import { languageItems, measureLanguage, measurePassages, passages, percent, share } from '../heldout/measure.ts';

// The third sealed held-out collection (see README-passages.md and README.md here): real published
// passages and sentences gathered and labelled blind, from documents no other corpus uses. Like the
// first sealed set, these tests print figures only and hold each at or above its first measurement
// (2026-11-28, before any tuning could have seen the set), so a change that makes judgement on
// unseen text worse fails. The floors are where the engine stood, not targets (see the README).

describe('the third sealed held-out language set', () => {
  const items = languageItems('../heldout-3/language.yml');

  it('holds at least 60 victim-blaming/deficit, 60 jargon and 80 clean verbatim sentences, each with a URL', () => {
    const flagged = (category: string) =>
      items.filter((item) => item.expect === 'flagged' && item.category === category);
    expect(flagged('victim-blaming').length + flagged('deficit').length).toBeGreaterThanOrEqual(60);
    expect(flagged('jargon').length).toBeGreaterThanOrEqual(60);
    expect(items.filter((item) => item.expect === 'clean').length).toBeGreaterThanOrEqual(80);
    for (const item of items) expect(item.source, item.source).toMatch(/^https?:\/\//);
  });

  it('is measured: recall and false alarms, figures only', () => {
    const figures = measureLanguage(items);
    console.log(
      `[held-out 3 language] jargon recall ${percent(figures.jargon)}; victim-blaming/deficit recall ${percent(figures.victimBlamingAndDeficit)} (victim-blaming ${percent(figures.victimBlaming)}, deficit ${percent(figures.deficit)}); false alarms ${percent(figures.falseAlarms)}`,
    );
    // Completed set first measured whole on 2026-11-29 (its first 185 sentences had been measured
    // before that session's tuning, the other 68 were added blind and first measured here):
    // jargon 83.3 %, victim-blaming/deficit 51.2 %, false alarms 4.1 %.
    expect(share(figures.jargon)).toBeGreaterThanOrEqual(60 / 72);
    expect(share(figures.victimBlamingAndDeficit)).toBeGreaterThanOrEqual(43 / 84);
    expect(share(figures.falseAlarms)).toBeLessThanOrEqual(4 / 97);
  });
});

describe('the third sealed held-out passages', () => {
  const list = passages('../heldout-3/passages.yml');

  it('holds at least 120 published passages, about a quarter written to the child, every sentence labelled', () => {
    expect(list.length).toBeGreaterThanOrEqual(120);
    expect(list.filter((passage) => passage.writtenToChild).length).toBeGreaterThanOrEqual(30);
    for (const passage of list) {
      expect(passage.source).toMatch(/^https?:\/\//);
      expect(passage.sentences.length).toBeGreaterThan(0);
    }
  });

  it('is measured with the child named and with no context, figures only', () => {
    for (const named of [true, false]) {
      const figures = measurePassages(list, named);
      console.log(
        `[held-out 3 passages, ${named ? 'child named' : 'no context'}] written to the child or not ${percent(figures.passages)}; sentence kind ${percent(figures.sentenceKind)}; addressee ${percent(figures.addressee)}; child's voice precision ${percent(figures.voicePrecision)}, recall ${percent(figures.voiceRecall)}`,
      );
      expect(figures.passages.whole).toBe(list.length);
      // First measurement (2026-11-28): passages 84.5 % both ways; sentence kind 69.5 % named /
      // 67.5 % without; addressee 90.3 %; child's voice precision 78.8 % / 75.9 %, recall 33.6 %.
      expect(share(figures.passages)).toBeGreaterThanOrEqual(109 / 129);
      expect(share(figures.sentenceKind)).toBeGreaterThanOrEqual((named ? 244 : 237) / 351);
      expect(share(figures.addressee)).toBeGreaterThanOrEqual(317 / 351);
      expect(share(figures.voicePrecision)).toBeGreaterThanOrEqual(named ? 41 / 52 : 41 / 54);
      expect(share(figures.voiceRecall)).toBeGreaterThanOrEqual(41 / 122);
    }
  });
});
