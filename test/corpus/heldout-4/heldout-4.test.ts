import { describe, expect, it } from 'vitest';
import { languageItems, measureLanguage, measurePassages, passages, percent, share } from '../heldout/measure.ts';

// The fourth sealed held-out collection (see README.md and README-passages.md here): real published
// sentences and passages gathered and labelled blind on 2026-11-29, from documents no other corpus uses.
// These tests print figures only and hold each at or above its first measurement, taken on the engine
// as it stood before that session's tuning landed, so a change that makes judgement on unseen text worse
// fails. The floors are where the engine stood, not targets.

describe('the fourth sealed held-out language set', () => {
  const items = languageItems('../heldout-4/language.yml');

  it('holds at least 70 victim-blaming/deficit, 70 jargon and 90 clean verbatim sentences, each with a URL', () => {
    const flagged = (category: string) =>
      items.filter((item) => item.expect === 'flagged' && item.category === category);
    expect(flagged('victim-blaming').length + flagged('deficit').length).toBeGreaterThanOrEqual(70);
    expect(flagged('jargon').length).toBeGreaterThanOrEqual(70);
    expect(items.filter((item) => item.expect === 'clean').length).toBeGreaterThanOrEqual(90);
    for (const item of items) expect(item.source, item.source).toMatch(/^https?:\/\//);
  });

  it('is measured: recall and false alarms, figures only', () => {
    const figures = measureLanguage(items);
    console.log(
      `[held-out 4 language] jargon recall ${percent(figures.jargon)}; victim-blaming/deficit recall ${percent(figures.victimBlamingAndDeficit)} (victim-blaming ${percent(figures.victimBlaming)}, deficit ${percent(figures.deficit)}); false alarms ${percent(figures.falseAlarms)}`,
    );
    // First measurement (2026-11-29, before that session's tuning): jargon 80.5 % (62/77),
    // victim-blaming/deficit 58.0 % (47/81), false alarms 5.1 % (7/136).
    expect(share(figures.jargon)).toBeGreaterThanOrEqual(62 / 77);
    expect(share(figures.victimBlamingAndDeficit)).toBeGreaterThanOrEqual(47 / 81);
    expect(share(figures.falseAlarms)).toBeLessThanOrEqual(7 / 136);
  });
});

describe('the fourth sealed held-out passages', () => {
  const list = passages('../heldout-4/passages.yml');

  it('holds at least 120 published passages, a quarter or more written to the child, every sentence labelled', () => {
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
        `[held-out 4 passages, ${named ? 'child named' : 'no context'}] written to the child or not ${percent(figures.passages)}; sentence kind ${percent(figures.sentenceKind)}; addressee ${percent(figures.addressee)}; child's voice precision ${percent(figures.voicePrecision)}, recall ${percent(figures.voiceRecall)}`,
      );
      expect(figures.passages.whole).toBe(list.length);
      // First measurement (2026-11-29, before that session's tuning): passages 89.1 % both ways;
      // sentence kind 61.6 % named / 59.5 % without; addressee 94.4 %; voice precision 77.7 %, recall 47.7 %.
      expect(share(figures.passages)).toBeGreaterThanOrEqual(123 / 138);
      expect(share(figures.sentenceKind)).toBeGreaterThanOrEqual((named ? 286 : 276) / 464);
      expect(share(figures.addressee)).toBeGreaterThanOrEqual(438 / 464);
      expect(share(figures.voicePrecision)).toBeGreaterThanOrEqual(73 / 94);
      expect(share(figures.voiceRecall)).toBeGreaterThanOrEqual(73 / 153);
    }
  });
});
