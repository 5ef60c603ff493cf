import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const named = (text: string) => analyseNote(text).child.name;
const messages = (text: string, child?: string) =>
  analyseNote(text, child ? { child: { name: child } } : undefined)
    .diagnostics.map((diagnostic) => diagnostic.message)
    .join('\n');
const kinds = (text: string, child?: string) =>
  analyseNote(text, child ? { child: { name: child } } : undefined).sentences.map((sentence) => sentence.kind);

describe('headings, titles and role words are never the child', () => {
  it('does not name a page’s or a campaign’s title as the child (“… with Disabilities page”, “told The Big Ambition”)', () => {
    const page =
      'For more information on short breaks eligibility and the other services provided by the Children and Young Adults with Disabilities (CYAD) Service please go to the Children and Young Adults with Disabilities page.';
    expect(named(page)).toBeNull();
    expect(messages(page)).not.toMatch(/Disabilities/);
    const blog =
      'Friendship was a significant theme in The Big Ambition, with children and young people sharing how important their relationships were in providing support and shaping their sense of belonging. To mark the United Nation’s International Day of Friendship earlier this week, July 30, I am taking a deeper look at what children told The Big Ambition about friendship.';
    expect(named(blog)).toBeNull();
    expect(messages(blog)).not.toMatch(/Big|Ambition|Friendship/);
  });

  it('does not take a verb after a heading’s colon (“DATA: Stated several times…”) for the child', () => {
    const note =
      'DATA: Stated several times that she was excited and happy to be a session. Appropriate interaction, eye contact and personal boundaries. Separated well from family, and also transitioned well back to mother after session.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toMatch(/Stated/);
  });

  it('reads a record’s “Client states…” as about the person it records, never naming “Client”', () => {
    const note =
      'Mother and both brothers are dinosaurs (T-Rex). Client states that the T-Rexes are stronger and sometimes scarier than the giraffes.';
    expect(messages(note)).not.toMatch(/\bClient\b/);
    expect(kinds(note)[1]).toBe('about-child');
    const record =
      'Example 1. 20/10/02 – Accommodation service Client interviewed for first time in the Office. Was referred from local child protection agency.';
    expect(kinds(record)).toEqual(['about-child', 'about-child']);
    expect(messages(record)).not.toMatch(/\bClient\b/);
  });

  it('finds the child after a sentence-opening adverb (“Suddenly Elyza come to the bed…”), never “Suddenly”', () => {
    const note =
      'Suddenly Elyza come to the bed where I was taking a rest, climbed on her side of the bed, got under the cover, and started to cry.';
    expect(kinds(note, 'Elyza')).toEqual(['about-child']);
    expect(messages(note)).not.toMatch(/Suddenly/);
    expect(
      messages('Anecdotally, this practice appears to have been on the increase in recent years. It is right.'),
    ).not.toMatch(/Anecdotally/);
  });

  it('does not take a time word before a comma (“Someday, I’m sure you will ask…”) for the child greeted', () => {
    const letter =
      "Someday, I'm sure you will ask your mom and dad about your birth parents. But I don't know if it will ever occur to you to ask them whom you lived with before you came to live with them.";
    expect(named(letter)).toBeNull();
    expect(messages(letter)).not.toMatch(/Someday/);
  });

  it('does not take an adverb or an interjection opening a reply (“Honestly, I’m not sure.”, “Aw, you made it!”) for the child', () => {
    const reply = "Honestly, I'm not sure you will like it. Aw, you made it in the end!";
    expect(named(reply)).toBeNull();
    expect(messages(reply)).not.toMatch(/Honestly|\bAw\b/);
  });

  it('does not take a role after a name (“Sir Andrew McFarlane, President of the Family Division”) for the child', () => {
    const note =
      'On 26 February 2025 Sir Andrew McFarlane, President of the Family Division, published a toolkit entitled “Writing to children - A toolkit for judges”.';
    expect(named(note)).toBeNull();
    expect(kinds(note)).toEqual(['neutral']);
  });

  it('does not take an adjective in a title written in capitals (“a Say Something/Selective Highlighting assignment”) for the child', () => {
    const blog =
      "On Friday, I paired students up to work on a Say Something/Selective Highlighting assignment. One of my girls insisted that she didn't want to work. I had a few problems with this young lady the first week and a half of school.";
    expect(named(blog)).toBeNull();
    expect(messages(blog)).not.toMatch(/Selective/);
    expect(
      messages('We went to the Positive Parenting course. Intensive Support starts on Monday. She was happy.'),
    ).not.toMatch(/Positive|Intensive/);
    // a rank is not an adjective: the name after it is still read
    expect(named('Detective Constable Mia Jones spoke to Amara. Amara told her she felt safe. Amara is 12.')).toBe(
      'Amara',
    );
  });

  it('does not take “Question” in a Hansard sentence or as a speaker label for the child', () => {
    const hansard =
      'I am including spastics in this Question, as the case of Muriel Rissen has been highlighted in the Sunday Express, and I sent a copy of the article to the noble Lord who is to answer this Question.';
    expect(messages(hansard)).not.toMatch(/Question/);
    expect(named(hansard)).not.toBe('Question');
    const label = 'Question: What support is given to children leaving care? She said that the plan was agreed.';
    expect(named(label)).toBeNull();
    expect(messages(label)).not.toMatch(/Question/);
  });

  it('keeps the child’s “she” after a sentence-opening preposition or number word (“Throughout her teen years, she…”)', () => {
    const study =
      "Ella* is a 16 year old girl who often goes missing from care. Throughout her teen years, she had moved around a number of different children's homes and often required significant involvement from social services.";
    expect(kinds(study, 'Ella')).toEqual(['about-child', 'about-child']);
    expect(messages(study)).not.toMatch(/Throughout/);
    expect(messages('Despite the worries, she settled well. Whenever she is upset she talks to Ruby.')).not.toMatch(
      /Despite|Whenever/,
    );
    expect(named('Two of the children were moved. Being in care was hard for them.')).toBeNull();
  });

  it('still takes names that end like an adverb or a noun for people (“Emily”, “Kimberly”, “Lily”, “Marion”)', () => {
    expect(named('Emily went to the park with Kimberly. Emily said she liked it.')).toBe('Emily');
    expect(named('Lily told me she was happy. Lily drew a house.')).toBe('Lily');
    expect(named('Marion told me about her school. Marion is 12.')).toBe('Marion');
  });
});
