/**
 * A reading sample of one-click fixes: 200 sentences drawn at random (fixed seed) from the real dev
 * files (`real/dev-*.yml`, never a sealed set) among those on which the engine offers at least one
 * fix, each fix applied on its own. Prints YAML for a person to read and label; with `--check FILE`
 * it prints the labelled file's fixes next to the ones the engine offers now (what changed, what is
 * gone), so the same sample can be read again after a change.
 *
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/sample.ts > sample.yml
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/sample.ts --seed 14 --count 150 \
 *     --not-in test/corpus/fix-reading/fix-reading-13.yml > sample.yml   (a fresh draw: none of an earlier sample's sentences;
 *     `--not-in` may be given more than once)
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/sample.ts --check test/corpus/fix-reading/fix-reading-13.yml
 */
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse, stringify } from 'yaml';
import { applyFix, devFiles, devSentences } from './shared.ts';
import { seededRandom } from '../../support/seeded-random.ts';

if (devFiles().some((name) => name.includes('heldout'))) throw new Error('a sealed file is never read');
const sentences = devSentences();

const linter = createLinter();

interface Fix {
  rule: string;
  actual: string;
  suggestion: string;
  fixed: string;
}

function fixesOf(text: string): Fix[] {
  return linter.lint(text).flatMap((diagnostic) =>
    diagnostic.suggestions.map((suggestion) => ({
      rule: diagnostic.ruleId,
      actual: diagnostic.actual,
      suggestion,
      fixed: applyFix(text, diagnostic, suggestion),
    })),
  );
}

const checkAt = process.argv.indexOf('--check');
if (checkAt >= 0) {
  const labelled = parse(readFileSync(process.argv[checkAt + 1] as string, 'utf8')) as {
    sample: Array<{ text: string; fixes: Array<Fix & { label: string }> }>;
  };
  let before = 0;
  let brokenBefore = 0;
  let after = 0;
  let stillBroken = 0;
  for (const entry of labelled.sample) {
    const now = fixesOf(entry.text);
    const key = (fix: Fix) => `${fix.rule}\u0000${fix.fixed}`;
    const nowKeys = new Set(now.map(key));
    const thenKeys = new Set(entry.fixes.map(key));
    before += entry.fixes.length;
    after += now.length;
    for (const fix of entry.fixes) {
      if (fix.label !== 'reads-right') brokenBefore++;
      if (!nowKeys.has(key(fix))) console.log(`gone (${fix.label}) [${fix.rule}] ${fix.fixed}`);
      else if (fix.label !== 'reads-right') {
        stillBroken++;
        console.log(`still broken (${(fix as Fix & { kind?: string }).kind}) [${fix.rule}] ${fix.fixed}`);
      }
    }
    for (const fix of now) if (!thenKeys.has(key(fix))) console.log(`new   [${fix.rule}] ${fix.fixed}`);
    // a rule that read right here before and offers nothing now
    for (const rule of new Set(entry.fixes.filter((fix) => fix.label === 'reads-right').map((fix) => fix.rule)))
      if (!now.some((fix) => fix.rule === rule)) console.log(`lost  [${rule}] ${entry.text}`);
  }
  console.log(
    `fixes labelled ${before} (${brokenBefore} broken); offered now ${after}, of them ${stillBroken} labelled broken (new ones: read them)`,
  );
} else {
  const option = (name: string, fallback: string) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? (process.argv[at + 1] as string) : fallback;
  };
  // every `--not-in FILE` given: none of those samples' sentences is drawn again
  const earlier = new Set<string>(
    process.argv
      .flatMap((arg, at) => (arg === '--not-in' ? [process.argv[at + 1] as string] : []))
      .flatMap((file) =>
        (parse(readFileSync(file, 'utf8')) as { sample: Array<{ text: string }> }).sample.map((entry) => entry.text),
      ),
  );
  const withFixes = sentences.filter((sentence) => !earlier.has(sentence.text) && fixesOf(sentence.text).length > 0);
  const random = seededRandom(Number(option('--seed', '13')));
  const order = withFixes.map((sentence) => ({ sentence, key: random() }));
  order.sort((a, b) => a.key - b.key);
  const sample = order.slice(0, Number(option('--count', '200'))).map(({ sentence }) => ({
    file: sentence.file,
    text: sentence.text,
    fixes: fixesOf(sentence.text).map((fix) => ({ ...fix, label: 'reads-right' })),
  }));
  console.error(`${sentences.length} sentences in ${devFiles().length} dev files; ${withFixes.length} offer a fix`);
  process.stdout.write(stringify({ sample }, { lineWidth: 0 }));
}
