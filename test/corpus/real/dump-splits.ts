// Every dev text's findings and sentence splits, one line each, for diffing an engine change before and after
// (jargon40b). Dev texts only (devCorpusTexts). Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/dump-splits.ts > FILE
import { createLinter } from '@casenote/lint';
import { parseNote } from '../../../packages/lint/src/parse-note.ts';
import { devCorpusTexts } from '../load-corpus.ts';

const linter = createLinter();
for (const [index, text] of devCorpusTexts().entries()) {
  const sentences: string[] = [];
  for (const paragraph of parseNote(text).tree.children)
    if (paragraph.type === 'ParagraphNode')
      for (const sentence of paragraph.children)
        if (sentence.type === 'SentenceNode')
          sentences.push(`${sentence.position?.start.offset}-${sentence.position?.end.offset}`);
  const findings = linter.lint(text).map((found) => `${found.ruleId}@${found.from}-${found.to}`);
  console.log(`${index}\tS ${sentences.join(' ')}\tF ${findings.join(' ')}`);
}
