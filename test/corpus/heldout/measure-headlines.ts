// The sealed sets' language figures with headline items apart (the lead's answer 4 to deficit41): an item is taken as
// a headline by the same mechanical test the dev files were marked by (its text is its document's title,
// test/corpus/real/headline.ts), which reads no label and prints nothing of the text. Figures only, as measure.ts;
// whole sets and the part no unsealed corpus file holds (measure-unseen.ts).
//   pnpm exec node --conditions=@casenote/source test/corpus/heldout/measure-headlines.ts
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textIsDocTitle } from '../real/headline.ts';
import { sentenceKey, textsIn, unsealedFiles } from '../sealed-overlap.ts';
import { languageItems, measureLanguage, percent } from './measure.ts';

const seen = new Set(unsealedFiles().flatMap((file) => textsIn(file).map(sentenceKey)));
const folders = ['.', ...Array.from({ length: 40 }, (_, index) => `../heldout-${index + 2}`)].filter((folder) =>
  existsSync(fileURLToPath(new URL(`${folder}/language.yml`, import.meta.url))),
);
const items = folders.flatMap((folder) => languageItems(`${folder}/language.yml`));
const isHeadline = (item: (typeof items)[number]) => textIsDocTitle(item.text, (item as { doc?: unknown }).doc);

const line = (label: string, part: typeof items) => {
  const figures = measureLanguage(part);
  console.log(
    `${label} (${part.length} items): victim-blaming/deficit ${percent(figures.victimBlamingAndDeficit)} (victim-blaming ${percent(figures.victimBlaming)}, deficit ${percent(figures.deficit)}); jargon ${percent(figures.jargon)}; false alarms ${percent(figures.falseAlarms)}`,
  );
};
for (const unseenOnly of [false, true]) {
  const part = items.filter((item) => !unseenOnly || !seen.has(sentenceKey(item.text)));
  const name = unseenOnly ? 'unseen' : 'whole';
  line(`${name}, all items`, part);
  line(`${name}, headlines`, part.filter(isHeadline));
  line(
    `${name}, not headlines`,
    part.filter((item) => !isHeadline(item)),
  );
}
