// Figures for every sealed held-out set, whole and on the part no unsealed corpus file holds ("unseen"): a sealed item
// whose sentence is also in a dev set, a guidance corpus or a fix-reading sample, or a passage with any such sentence,
// is left out of the unseen figures, since tuning on the unsealed copy may have shaped a rule or reading for it
// (test/corpus/sealed-overlap.ts). Figures only, as measure.ts: no sentence is printed.
//   pnpm exec node --conditions=@casenote/source test/corpus/heldout/measure-unseen.ts
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sentenceKey, textsIn, unsealedFiles } from '../sealed-overlap.ts';
import { languageItems, measureLanguage, measurePassages, passages, percent, type Ratio } from './measure.ts';

const seen = new Set(unsealedFiles().flatMap((file) => textsIn(file).map(sentenceKey)));
const isSeen = (text: string) => seen.has(sentenceKey(text));

const folders = ['.', ...Array.from({ length: 40 }, (_, index) => `../heldout-${index + 2}`)].filter((folder) =>
  existsSync(fileURLToPath(new URL(`${folder}/language.yml`, import.meta.url))),
);

type Figures = Record<string, Ratio>;
const show = (ratio: Ratio | undefined) => percent(ratio ?? { part: 0, whole: 0 });
const add = (total: Figures, figures: Figures) => {
  for (const [key, { part, whole }] of Object.entries(figures)) {
    total[key] ??= { part: 0, whole: 0 };
    total[key].part += part;
    total[key].whole += whole;
  }
};

for (const unseenOnly of [false, true]) {
  const language: Figures = {};
  const named: Figures = {};
  const none: Figures = {};
  const counts = { items: 0, passages: 0 };
  for (const folder of folders) {
    const items = languageItems(`${folder}/language.yml`).filter((item) => !unseenOnly || !isSeen(item.text));
    const list = passages(`${folder}/passages.yml`).filter(
      (passage) =>
        !unseenOnly || (!isSeen(passage.text) && !passage.sentences.some((sentence) => isSeen(sentence.text))),
    );
    counts.items += items.length;
    counts.passages += list.length;
    add(language, measureLanguage(items) as unknown as Figures);
    add(named, measurePassages(list, true) as unknown as Figures);
    add(none, measurePassages(list, false) as unknown as Figures);
  }
  const label = unseenOnly ? 'unseen' : 'whole';
  console.log(
    `${label} (${folders.length} sets, ${counts.items} items, ${counts.passages} passages): victim-blaming/deficit ${show(language.victimBlamingAndDeficit)} (victim-blaming ${show(language.victimBlaming)}, deficit ${show(language.deficit)}); jargon ${show(language.jargon)}; false alarms ${show(language.falseAlarms)}`,
  );
  for (const [which, figures] of [
    ['child named', named],
    ['no context', none],
  ] as const) {
    console.log(
      `${label}, ${which}: written to the child or not ${show(figures.passages)}; sentence kind ${show(figures.sentenceKind)}; addressee ${show(figures.addressee)}; child's voice precision ${show(figures.voicePrecision)}, recall ${show(figures.voiceRecall)}`,
    );
  }
}
