/**
 * Every finding the engine gives on every real dev sentence (never a sealed set), without its fixes, one a line:
 * rule, severity, the words it underlines (start and end) and the sentence, sorted. Run on two commits and `diff` the
 * outputs to show a change of fixes moved no finding (all-fixes.ts lists the fixes).
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/all-findings.ts > /tmp/findings-before.txt
 */
import { createLinter } from '@casenote/lint';
import { devFiles, devSentences } from './shared.ts';

if (devFiles().some((name) => name.includes('heldout'))) throw new Error('a sealed file is never read');
const linter = createLinter();
const lines = new Set<string>();
for (const { text } of devSentences())
  for (const diagnostic of linter.lint(text))
    lines.add(
      `[${diagnostic.ruleId}] ${diagnostic.severity} ${diagnostic.from}-${diagnostic.to} ${diagnostic.message} :: ${text}`,
    );
process.stdout.write(`${[...lines].sort().join('\n')}\n`);
