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
 *   pnpm exec node --conditions=@casenote/source test/corpus/fix-reading/sample.ts --check test/corpus/fix-reading/fix-reading-*.yml
 *     (every sample in one process: each line starts with its file's name, then a total over all and the
 *     still-broken fixes by kind)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
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
  // every `.yml` given after `--check` is read in this one process (the linter is built once)
  const files = process.argv.slice(checkAt + 1).filter((arg) => arg.endsWith('.yml'));
  const total = { before: 0, brokenBefore: 0, after: 0, stillBroken: 0 };
  const stillByKind = new Map<string, number>();
  for (const file of files) {
    const labelled = parse(readFileSync(file, 'utf8')) as {
      sample: Array<{ text: string; fixes: Array<Fix & { label: string; kind?: string }> }>;
    };
    const at = files.length > 1 ? `${basename(file)}: ` : '';
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
        if (!nowKeys.has(key(fix))) console.log(`${at}gone (${fix.label}) [${fix.rule}] ${fix.fixed}`);
        else if (fix.label !== 'reads-right') {
          stillBroken++;
          stillByKind.set(fix.kind ?? '?', (stillByKind.get(fix.kind ?? '?') ?? 0) + 1);
          console.log(`${at}still broken (${fix.kind}) [${fix.rule}] ${fix.fixed}`);
        }
      }
      for (const fix of now) if (!thenKeys.has(key(fix))) console.log(`${at}new   [${fix.rule}] ${fix.fixed}`);
      // a rule that read right here before and offers nothing now
      for (const rule of new Set(entry.fixes.filter((fix) => fix.label === 'reads-right').map((fix) => fix.rule)))
        if (!now.some((fix) => fix.rule === rule)) console.log(`${at}lost  [${rule}] ${entry.text}`);
    }
    console.log(
      `${at}fixes labelled ${before} (${brokenBefore} broken); offered now ${after}, of them ${stillBroken} labelled broken (new ones: read them)`,
    );
    total.before += before;
    total.brokenBefore += brokenBefore;
    total.after += after;
    total.stillBroken += stillBroken;
  }
  if (files.length > 1) {
    const share = ((100 * total.stillBroken) / total.after).toFixed(1);
    const kinds = [...stillByKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`);
    console.log(
      `all ${files.length} samples: fixes labelled ${total.before} (${total.brokenBefore} broken); offered now ${total.after}, of them ${total.stillBroken} labelled broken (${share} %)`,
    );
    console.log(`still broken by kind: ${kinds.join(', ')}`);
  }
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
