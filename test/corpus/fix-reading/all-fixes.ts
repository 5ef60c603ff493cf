/**
 * Every one-click fix the engine offers on every real dev sentence (never a sealed set), one a line: rule, the words
 * it replaces and the fixed sentence, sorted. Run on two commits and `diff` the outputs to see every fix a change adds
 * or takes away (each must be read).
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/all-fixes.ts > /tmp/fixes-before.txt
 */
import { createLinter } from '@casenote/lint';
import { applyFix, devFiles, devSentences } from './shared.ts';

if (devFiles().some((name) => name.includes('heldout'))) throw new Error('a sealed file is never read');
const linter = createLinter();
const lines = new Set<string>();
for (const { text } of devSentences())
  for (const diagnostic of linter.lint(text))
    for (const suggestion of diagnostic.suggestions)
      lines.add(
        `[${diagnostic.ruleId}] ${diagnostic.actual} → ${suggestion} :: ${applyFix(text, diagnostic, suggestion)}`,
      );
process.stdout.write(`${[...lines].sort().join('\n')}\n`);
