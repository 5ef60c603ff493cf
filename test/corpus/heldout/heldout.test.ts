import { describe, expect, it } from 'vitest';
import { languageItems, measureLanguage, measurePassages, passages, percent, share } from './measure.ts';

// The sealed held-out sets (see README.md here): verbatim sentences and passages from published
// documents, labelled blind and never used to tune. These tests print the figures only (no sentence
// is printed beside what fired), check the sets' shape, and hold each figure at or above its first
// measurement after this session's tuning, so a change that makes judgement on real text worse fails.
// The floors are the first measurement as it was, not targets: the targets are in the README.

describe('the sealed held-out language set', () => {
  const items = languageItems();

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
      `[held-out language] jargon recall ${percent(figures.jargon)}; victim-blaming/deficit recall ${percent(figures.victimBlamingAndDeficit)} (victim-blaming ${percent(figures.victimBlaming)}, deficit ${percent(figures.deficit)}); false alarms ${percent(figures.falseAlarms)}`,
    );
    // First measurement after tuning (2026-11-28): jargon 73.9 %, victim-blaming/deficit 61.3 %, false alarms 4.3 %.
    expect(share(figures.jargon)).toBeGreaterThanOrEqual(51 / 69);
    expect(share(figures.victimBlamingAndDeficit)).toBeGreaterThanOrEqual(38 / 62);
    expect(share(figures.falseAlarms)).toBeLessThanOrEqual(7 / 162);
  });
});

describe('the sealed held-out passages', () => {
  const list = passages();

  it('holds at least 80 passages from published documents, each sentence labelled', () => {
    expect(list.length).toBeGreaterThanOrEqual(80);
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
        `[held-out passages, ${named ? 'child named' : 'no context'}] written to the child or not ${percent(figures.passages)}; sentence kind ${percent(figures.sentenceKind)}; addressee ${percent(figures.addressee)}; child's voice precision ${percent(figures.voicePrecision)}, recall ${percent(figures.voiceRecall)}`,
      );
      expect(figures.passages.whole).toBe(list.length);
      // First measurement after tuning (2026-11-28), the same with and without the child named:
      // passages 81.4 %, sentence kind 69.1 % named / 65.2 % without, child's voice recall 32.1 % / 30.9 %.
      expect(share(figures.passages)).toBeGreaterThanOrEqual(114 / 140);
      expect(share(figures.sentenceKind)).toBeGreaterThanOrEqual((named ? 324 : 306) / 469);
      expect(share(figures.voiceRecall)).toBeGreaterThanOrEqual((named ? 26 : 25) / 81);
    }
  });
});
