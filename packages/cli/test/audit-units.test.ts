import { describe, expect, test } from 'vitest';
import { htmlToText } from '../src/notes/html-to-text.ts';
import { parseManifest } from '../src/audit/manifest.ts';
import { makePeriods, parsePeriodLength, periodOf, stepBack } from '../src/audit/periods.ts';
import { countWords } from '@casenote/lint';
import { makeSnippet } from '../src/audit/audit-note.ts';
import { escapeHtml } from '../src/audit/render-html.ts';
import { createProgress, describeThroughput } from '../src/audit/progress.ts';
import { Writable } from 'node:stream';

describe('htmlToText', () => {
  test('block elements become paragraphs, <br> a line break, entities are decoded', () => {
    expect(
      htmlToText(
        '<h1>Visit</h1><p>I visited you.</p><div>You said &ldquo;hi&rdquo; &amp; waved.<br>Then we&#39;d tea &#x1F600;</div><ul><li>one</li><li>two</li></ul>',
      ),
    ).toEqual({
      text: "Visit\n\nI visited you.\n\nYou said “hi” & waved.\nThen we'd tea 😀\n\none\n\ntwo",
      problems: [],
    });
  });

  test('scripts, styles, head and comments are dropped; whitespace in text collapses', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>var x = "<p>no</p>";</script><!-- note --><p>You   showed\n me   your room.</p></body></html>';
    expect(htmlToText(html)).toEqual({ text: 'You showed me your room.', problems: [] });
  });

  test('a lone "<" or "&" is text', () => {
    expect(htmlToText('<p>Age < 5 & AT&T &Tuesday</p>').text).toBe('Age < 5 & AT&T &Tuesday');
  });

  test('attributes with ">" inside quotes do not end the tag', () => {
    expect(htmlToText('<p title="a > b">You said yes.</p>').text).toBe('You said yes.');
  });

  test('broken markup is worked around and named, never thrown', () => {
    expect(htmlToText('<p>One</p><div class="x" <p>Two</p>')).toEqual({
      text: 'One\n\nTwo',
      problems: ['a tag is not closed before the next one starts (<div class="x"…)'],
    });
    expect(htmlToText('<p>One</p><script>alert(1)')).toEqual({
      text: 'One',
      problems: ['<script> is never closed; the rest of the file was dropped'],
    });
    expect(htmlToText('<p>One &bogus; &#xD800;</p>').problems).toEqual([
      'unknown entity &bogus;',
      'invalid character reference &#xD800;',
    ]);
    expect(htmlToText('<p>One</p><p').problems).toEqual([
      'a tag is never closed (<p…); the rest of the file was dropped',
    ]);
  });

  test('random bytes and deep nesting do not crash it', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      '<',
      '>',
      '<p>',
      '</div>',
      '&',
      '&amp',
      ';',
      '"',
      "'",
      '<!--',
      '-->',
      '<script>',
      'text ',
      '\n',
      '<br/>',
      '=',
      '<![CDATA[',
    ];
    for (let run = 0; run < 200; run += 1) {
      const html = Array.from({ length: 60 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => htmlToText(html)).not.toThrow();
    }
    expect(htmlToText(`${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}`).text).toBe('deep');
  });
});

describe('parseManifest', () => {
  test('CSV with quoted values, CRLF line ends and every boolean spelling', () => {
    const csv =
      'id,child_id,date,team,type,re_referral\r\n"a,1",C1,2024-01-31,"North ""A""",visit,Yes\r\nb,C2,,South,contact,0\r\nc,C3,2024-02-01,,,\r\n';
    const manifest = parseManifest(csv, 'm.csv');
    expect(manifest.problems).toEqual([]);
    expect([...manifest.rows.values()]).toEqual([
      {
        id: 'a,1',
        location: 'm.csv:2',
        childId: 'C1',
        date: '2024-01-31',
        team: 'North "A"',
        type: 'visit',
        reReferral: true,
      },
      {
        id: 'b',
        location: 'm.csv:3',
        childId: 'C2',
        date: undefined,
        team: 'South',
        type: 'contact',
        reReferral: false,
      },
      {
        id: 'c',
        location: 'm.csv:4',
        childId: 'C3',
        date: '2024-02-01',
        team: undefined,
        type: undefined,
        reReferral: undefined,
      },
    ]);
  });

  test('bad rows are named by line and left out', () => {
    const csv =
      'id,date,re_referral\nok,2024-01-01,no\n,2024-01-01,no\nd1,2023-02-29,no\nd2,1/2/2024,no\nr1,2024-01-01,perhaps\nok,2024-01-02,no\nshort,2024-01-01\n"open,2024-01-01,no\n';
    const manifest = parseManifest(csv, 'm.csv');
    expect([...manifest.rows.keys()]).toEqual(['ok']);
    expect(manifest.problems).toEqual([
      { location: 'm.csv:3', reason: 'no id' },
      { location: 'm.csv:4', reason: "bad date '2023-02-29' for 'd1' (expected yyyy-mm-dd)" },
      { location: 'm.csv:5', reason: "bad date '1/2/2024' for 'd2' (expected yyyy-mm-dd)" },
      { location: 'm.csv:6', reason: "bad re_referral 'perhaps' for 'r1' (expected true/false, yes/no or 1/0)" },
      { location: 'm.csv:7', reason: "duplicate id 'ok' (first at m.csv:2); row ignored" },
      { location: 'm.csv:8', reason: '2 values for 3 columns' },
      { location: 'm.csv:9', reason: 'a quoted value is never closed' },
    ]);
  });

  test('JSONL, recognised by extension or by its first character', () => {
    const jsonl = '{"id":"a","date":"2024-03-01","re_referral":1}\n\n{"id":"b","re_referral":false}\nnot json\n';
    for (const name of ['m.jsonl', 'manifest']) {
      const manifest = parseManifest(jsonl, name);
      expect([...manifest.rows.values()].map((row) => [row.id, row.date, row.reReferral])).toEqual([
        ['a', '2024-03-01', true],
        ['b', undefined, false],
      ]);
      expect(manifest.problems).toEqual([{ location: `${name}:4`, reason: 'not valid JSON' }]);
    }
  });
});

describe('periods', () => {
  test('parses lengths', () => {
    expect(parsePeriodLength('6m')).toEqual({ count: 6, unit: 'm' });
    expect(parsePeriodLength('1Y')).toEqual({ count: 1, unit: 'y' });
    expect(parsePeriodLength('0m')).toBeUndefined();
    expect(parsePeriodLength('six months')).toBeUndefined();
  });

  test('steps back by calendar months, keeping month ends', () => {
    expect(stepBack('2025-08-31', { count: 6, unit: 'm' }, 1)).toBe('2025-02-28');
    expect(stepBack('2024-08-31', { count: 6, unit: 'm' }, 1)).toBe('2024-02-29');
    expect(stepBack('2025-01-15', { count: 2, unit: 'w' }, 1)).toBe('2025-01-01');
    expect(stepBack('2025-01-15', { count: 1, unit: 'y' }, 2)).toBe('2023-01-15');
  });

  test('consecutive periods end at the latest date and reach back past the earliest', () => {
    const periods = makePeriods('2024-03-01', '2025-06-30', { count: 6, unit: 'm' });
    expect(periods.map((period) => period.label)).toEqual([
      '2023-12-31 to 2024-06-30',
      '2024-07-01 to 2024-12-30',
      '2024-12-31 to 2025-06-30',
    ]);
    expect(periodOf('2024-12-30', periods)).toBe('2024-07-01 to 2024-12-30');
    expect(periodOf('2024-12-31', periods)).toBe('2024-12-31 to 2025-06-30');
    expect(periodOf('2023-12-30', periods)).toBeUndefined();
  });

  test('at most 24 periods', () => {
    expect(makePeriods('2000-01-01', '2025-01-01', { count: 1, unit: 'd' })).toHaveLength(24);
  });
});

describe('words, snippets and escaping', () => {
  test("counts words with the engine's one word tokenizer", () => {
    expect(countWords("You didn't want to go to the after-school club on 3 May — fine.")).toBe(13);
    expect(countWords('')).toBe(0);
  });

  test('a snippet is cut at word boundaries, on one line', () => {
    const text =
      'The school reported today that\nJade is putting herself at risk by going to the park late at night with friends from the estate.';
    const from = text.indexOf('putting');
    expect(
      makeSnippet(text, from, from + 'putting herself at risk'.length, 'put-self-at-risk', 'victim-blaming'),
    ).toEqual({
      ruleId: 'put-self-at-risk',
      category: 'victim-blaming',
      before: 'The school reported today that Jade is ',
      actual: 'putting herself at risk',
      after: ' by going to the park late at night with…',
    });
  });

  test('escapeHtml escapes markup and quotes', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;',
    );
  });
});

describe('progress', () => {
  function stream(isTTY: boolean) {
    const written: string[] = [];
    const target = new Writable({
      write(chunk, _encoding, done) {
        written.push(String(chunk));
        done();
      },
    });
    return { target: Object.assign(target, isTTY ? { isTTY: true, columns: 100 } : {}), written };
  }

  test('draws a bar on a terminal and clears it at the end', () => {
    const { target, written } = stream(true);
    const progress = createProgress(target, 3);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.finish();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the progress line ends with an ANSI erase
    expect(written[0]).toMatch(/^\r█+░+ +33% 1\/3 notes · \d+ notes\/s\u001b\[K$/);
    expect(written.at(-2)).toMatch(/100% 3\/3 notes/);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  test('writes nothing when standard error is not a terminal', () => {
    const { target, written } = stream(false);
    const progress = createProgress(target, 3);
    progress.tick();
    progress.finish();
    expect(written).toEqual([]);
  });

  test('throughput line', () => {
    expect(describeThroughput(10_000, 3_000_000, 25)).toBe(
      'Audited 10,000 notes (3,000,000 words) in 25.0 s: 400 notes/s, 120,000 words/s.',
    );
  });
});
