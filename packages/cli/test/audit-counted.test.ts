import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CountedFigures, CountedSentence, HouseholdFigures } from '../src/audit/types.ts';
import { assertBuilt, lintJson, makeTempDir, runCli } from './run-cli.ts';

// What the audit's written-to-child share, child's voice and household figures counted, and that
// they are the same figures `casenote lint` gives for the same notes.

beforeAll(assertBuilt);

const notes = makeTempDir({
  'visit-to-jade.txt':
    'Jade, I visited you at home today.\nYou told me “I like my new school”. Mum said she is proud of you.\n\nSam was at nursery.',
  'about-jade.txt': 'I visited Jade at home. Jade showed me her drawings. SW spoke to Mum.',
  'email-to-nurse.txt': 'Email to school nurse: could you see Jade on Monday? Thank you.',
  'leo-and-jade.txt': 'I visited you and Leo after school. You told me Leo had a cold.',
});
const out = makeTempDir();
afterAll(() => {
  notes.remove();
  out.remove();
});

interface PerNote {
  path: string;
  writtenToChildShare: number | null;
  childVoice: boolean;
  counted: CountedFigures;
  child: { name: string | null; inferred: boolean };
  household: HouseholdFigures | null;
  countedSentences: CountedSentence[];
}
interface Report {
  perNote: PerNote[];
  household: { considered: string[]; notesMentioningAll: number; notesMissing: Record<string, number> } | null;
}

function audit(args: string[]) {
  const json = path.join(out.dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const html = json.replace(/\.json$/, '.html');
  const run = runCli(['audit', notes.dir, ...args, '--json', json, '--out', html]);
  if (run.status !== 0) throw new Error(`casenote audit exited ${run.status}: ${run.stderr}`);
  return { report: JSON.parse(readFileSync(json, 'utf8')) as Report, html: readFileSync(html, 'utf8') };
}

const context = ['--child', 'Jade:9', '--household', 'Jade:9,Sam:6,Leo:3'];
const withHousehold = audit(context);
const byName = (report: Report, name: string) => {
  const note = report.perNote.find((candidate) => candidate.path.endsWith(name));
  if (!note) throw new Error(`no ${name} in the report`);
  return note;
};

describe('casenote audit: what the share, the voice and the household counted', () => {
  test('share, voice, counts, missing children and counted sentences agree with casenote lint --format json on the same notes', () => {
    for (const args of [[], context]) {
      const { report } = args.length === 0 ? audit([]) : withHousehold;
      const linted = lintJson([...report.perNote.map((note) => note.path), ...args]);
      expect(linted.files).toHaveLength(4);
      report.perNote.forEach((note, index) => {
        const { summary } = linted.files[index]!;
        const share = summary.writtenToChildShare;
        expect(note.writtenToChildShare, note.path).toBe(share === null ? null : Math.round(share * 1000) / 1000);
        expect(note.childVoice, note.path).toBe(summary.childVoice);
        expect([note.counted.sentences, note.counted.toChild, note.counted.aboutChild], note.path).toEqual([
          summary.sentences,
          summary.toChild,
          summary.aboutChild,
        ]);
        expect(note.household?.missing ?? [], note.path).toEqual(summary.missingChildren);
        // the same sentences, at the same places, counted the same way and for the same reasons
        const counted = linted.files[index]!.sentences.filter(
          (s) => s.kind !== 'neutral' || s.addressee === 'other' || s.voice !== 'none',
        ).map(({ line, column, kind, addressee, voice, speaker, reason }) => ({
          line,
          column,
          kind,
          addressee,
          voice,
          speaker,
          reason,
        }));
        expect(note.countedSentences, note.path).toEqual(counted);
      });
    }
  });

  test('each note lists the sentences it counted, by line and column, with whose words and why', () => {
    const note = byName(withHousehold.report, 'visit-to-jade.txt');
    expect(note.child).toEqual({ name: 'Jade', inferred: false });
    expect(note.counted).toEqual({
      sentences: 4,
      toChild: 3,
      aboutChild: 0,
      toSomeoneElse: 0,
      childVoice: 1,
      otherVoice: 1,
    });
    expect(note.countedSentences).toEqual([
      {
        line: 1,
        column: 1,
        kind: 'to-child',
        addressee: 'child',
        voice: 'none',
        speaker: null,
        reason: 'speaks to Jade by name',
      },
      {
        line: 2,
        column: 1,
        kind: 'to-child',
        addressee: 'child',
        voice: 'child',
        speaker: 'You',
        reason: '“you” here is Jade; records Jade’s own words or views',
      },
      // "Mum said…" starts after "You told me “I like my new school”. " on line 2
      expect.objectContaining({ line: 2, column: 37, voice: 'other', speaker: 'Mum' }),
    ]);
    const email = byName(withHousehold.report, 'email-to-nurse.txt');
    expect(email.countedSentences.map(({ line, kind, addressee }) => [line, kind, addressee])).toEqual([
      [1, 'about-child', 'other'],
      [1, 'neutral', 'other'],
    ]);
    expect(email.counted.toSomeoneElse).toBe(1);
  });

  test('with --household each note says which children it mentions, and the report how many notes leave each out', () => {
    const { report, html } = withHousehold;
    expect(byName(report, 'visit-to-jade.txt').household).toEqual({
      considered: ['Jade', 'Sam', 'Leo'],
      mentioned: ['Jade', 'Sam'],
      missing: ['Leo'],
    });
    expect(byName(report, 'leo-and-jade.txt').household?.missing).toEqual(['Sam']);
    expect(report.household).toEqual({
      considered: ['Jade', 'Sam', 'Leo'],
      notesMentioningAll: 0,
      notesMissing: { Jade: 0, Sam: 3, Leo: 3 },
    });
    expect(html).toContain('<h2>Every child in the household</h2>');
    expect(html).toContain('<caption>Children of the household, and the notes that mention them</caption>');
    expect(html).toMatch(/<th scope="row">Sam<\/th><td class="num">1<\/td><td class="num">3<\/td>/);
    expect(audit([]).report.household).toBeNull();
  });

  test('the HTML report explains what was counted, note by note, by line and column, without copying the notes', () => {
    const { html } = withHousehold;
    expect(html).toContain('<h2>What was counted, note by note</h2>');
    expect(html).toMatch(
      /<summary>[^<]*visit-to-jade\.txt: 3 written to the child, 0 about them, 0 to someone else; 1 in the child's own words<\/summary>/,
    );
    expect(html).toContain(
      '<tr><th scope="row">2:1</th><td>Written to the child</td><td>The child&#39;s (You)</td><td>“you” here is Jade; records Jade’s own words or views</td></tr>',
    );
    expect(html).not.toContain('I like my new school');
    expect(html).toContain('<td>Someone else&#39;s (Mum)</td>');
    expect(html).toContain('To someone else (not counted in the share)');
    expect(html).toContain('Household: mentions 2 of 3 (not Leo).');
  });

  test('--no-examples keeps where each counted sentence is and how it was counted, but not who spoke or why', () => {
    const { report, html } = audit([...context, '--no-examples']);
    const note = byName(report, 'visit-to-jade.txt');
    expect(note.countedSentences[1]).toEqual({
      line: 2,
      column: 1,
      kind: 'to-child',
      addressee: 'child',
      voice: 'child',
    });
    expect(html).not.toContain('records Jade’s own words');
    expect(html).toContain('Names were left out (--no-examples)');
  });
});
