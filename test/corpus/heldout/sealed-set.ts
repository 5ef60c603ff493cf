import { describe, expect, it } from 'vitest';
import { languageItems, measureLanguage, measurePassages, passages, percent, share } from './measure.ts';

/** A part of a whole, as the floors are written: [part, whole]. */
type Floor = readonly [number, number];

/** What a sealed set must hold and the floors at its first measurement (never targets). */
export interface SealedSet {
  /** The set's number, as its folder (`heldout-3`) and its printed figures (`held-out 3`) name it. */
  number: number;
  minimum: { victimBlamingAndDeficit: number; jargon: number; clean: number; passages: number; toChild: number };
  language: { jargon: Floor; victimBlamingAndDeficit: Floor; falseAlarms: Floor };
  /** Floors for the passage figures, one for both runs or one per run; a figure left out is printed only. */
  passages: {
    passages: PassageFloor;
    sentenceKind?: PassageFloor;
    addressee?: PassageFloor;
    voicePrecision?: PassageFloor;
    voiceRecall?: PassageFloor;
  };
}

/** A floor for both runs (child named, no context), or one for each. */
type PassageFloor = Floor | { named: Floor; noContext: Floor };

const atLeast = (floor: Floor) => floor[0] / floor[1];

const floorFor = (floor: PassageFloor | undefined, which: 'named' | 'noContext'): number =>
  floor === undefined ? 0 : 'named' in floor ? atLeast(floor[which]) : atLeast(floor);

/**
 * The tests of one sealed held-out set: its size, then its figures printed and held at or above the
 * first measurement, so a change that makes judgement on unseen text worse fails.
 */
export function describeSealedSet(set: SealedSet): void {
  // The first set lives in `heldout/` and prints as plain "held-out"; later ones are numbered.
  const folder = set.number === 1 ? '.' : `../heldout-${set.number}`;
  const label = set.number === 1 ? 'held-out' : `held-out ${set.number}`;

  describe(`sealed held-out set ${set.number}: language`, () => {
    const items = languageItems(`${folder}/language.yml`);

    it(`holds at least ${set.minimum.victimBlamingAndDeficit} victim-blaming/deficit, ${set.minimum.jargon} jargon and ${set.minimum.clean} clean verbatim sentences, each with a URL`, () => {
      const flagged = (category: string) =>
        items.filter((item) => item.expect === 'flagged' && item.category === category);
      expect(flagged('victim-blaming').length + flagged('deficit').length).toBeGreaterThanOrEqual(
        set.minimum.victimBlamingAndDeficit,
      );
      expect(flagged('jargon').length).toBeGreaterThanOrEqual(set.minimum.jargon);
      expect(items.filter((item) => item.expect === 'clean').length).toBeGreaterThanOrEqual(set.minimum.clean);
      for (const item of items) expect(item.source, item.source).toMatch(/^https?:\/\//);
    });

    it('is measured: recall and false alarms, figures only', () => {
      const figures = measureLanguage(items);
      console.log(
        `[${label} language] jargon recall ${percent(figures.jargon)}; victim-blaming/deficit recall ${percent(figures.victimBlamingAndDeficit)} (victim-blaming ${percent(figures.victimBlaming)}, deficit ${percent(figures.deficit)}); false alarms ${percent(figures.falseAlarms)}`,
      );
      expect(share(figures.jargon)).toBeGreaterThanOrEqual(atLeast(set.language.jargon));
      expect(share(figures.victimBlamingAndDeficit)).toBeGreaterThanOrEqual(
        atLeast(set.language.victimBlamingAndDeficit),
      );
      expect(share(figures.falseAlarms)).toBeLessThanOrEqual(atLeast(set.language.falseAlarms));
    });
  });

  describe(`sealed held-out set ${set.number}: passages`, () => {
    const list = passages(`${folder}/passages.yml`);

    it(`holds at least ${set.minimum.passages} published passages, ${set.minimum.toChild} or more written to the child, every sentence labelled`, () => {
      expect(list.length).toBeGreaterThanOrEqual(set.minimum.passages);
      expect(list.filter((passage) => passage.writtenToChild).length).toBeGreaterThanOrEqual(set.minimum.toChild);
      for (const passage of list) {
        expect(passage.source).toMatch(/^https?:\/\//);
        expect(passage.sentences.length).toBeGreaterThan(0);
      }
    });

    it('is measured with the child named and with no context, figures only', () => {
      for (const named of [true, false]) {
        const figures = measurePassages(list, named);
        console.log(
          `[${label} passages, ${named ? 'child named' : 'no context'}] written to the child or not ${percent(figures.passages)}; sentence kind ${percent(figures.sentenceKind)}; addressee ${percent(figures.addressee)}; child's voice precision ${percent(figures.voicePrecision)}, recall ${percent(figures.voiceRecall)}`,
        );
        const which = named ? 'named' : 'noContext';
        expect(figures.passages.whole).toBe(list.length);
        const floors = set.passages;
        expect(share(figures.passages)).toBeGreaterThanOrEqual(floorFor(floors.passages, which));
        expect(share(figures.sentenceKind)).toBeGreaterThanOrEqual(floorFor(floors.sentenceKind, which));
        expect(share(figures.addressee)).toBeGreaterThanOrEqual(floorFor(floors.addressee, which));
        expect(share(figures.voicePrecision)).toBeGreaterThanOrEqual(floorFor(floors.voicePrecision, which));
        expect(share(figures.voiceRecall)).toBeGreaterThanOrEqual(floorFor(floors.voiceRecall, which));
      }
    });
  });
}
