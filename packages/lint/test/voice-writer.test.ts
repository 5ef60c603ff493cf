import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);

describe('a young person writing about their own time in care', () => {
  it('counts an account that speaks of the writer being in care as the child’s voice', () => {
    expect(
      voices(
        'The best part of being in care is constantly feeling safe. When I first came I was so overwhelmed to have real food.',
      ),
    ).toEqual(['child', 'child']);
    expect(voices('Being in care has shown me how much my family mean to me. I was scared at first.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('does not count a guide or a survey that speaks of children being in care as a child writing', () => {
    expect(voices('Being in care means that you are not living with your family. We will explain why.')).toEqual([
      'none',
      'none',
    ]);
    // no "I" anywhere: a report of what children said, not a child's own account, so "they" is still the children
    expect(
      voices(
        'Most of the young people talked about their experiences of being in care and found it had improved their lives. They said they felt safe.',
      ),
    ).toEqual(['child', 'child']);
    expect(voices('Children often feel ashamed of being in care. We work hard to change that.')).toEqual([
      'none',
      'none',
    ]);
  });

  it('counts an account that names the writer’s time in care, or the care system they were in, as the child’s', () => {
    expect(voices('My care experience was unique. I lived with sixteen different staff members.')).toEqual([
      'child',
      'child',
    ]);
    expect(voices('During my time in care I moved a lot. It was hard.')).toEqual(['child', 'child']);
    expect(voices('As someone who has been in the fostering system, I have learnt a lot. It helped me grow.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('counts the writer’s age back then as a child’s sign only when said with their care', () => {
    expect(
      voices('When I first came to the care team I was 16, I had lost my job. It was horrible at the start.'),
    ).toEqual(['child', 'child']);
    // an adult looking back on their childhood gives an age too
    expect(voices('I was 12 when we moved house. It was horrible at the start.')).toEqual(['none', 'none']);
  });
});

describe('a child writing a letter or a diary', () => {
  it('counts a writer who calls their parents Mummy and Daddy, or is in a school year, as the child', () => {
    expect(
      voices('My Mummy and Daddy have told me to stay away from her. I don’t understand why she is so mean.'),
    ).toEqual(['child', 'child']);
    expect(voices('I am so glad that I am in year 11 now. High school is not for me.')).toEqual(['child', 'child']);
    // a year of a course is not a school year
    expect(voices('I am in year 2 of my degree. It is hard work.')).toEqual(['none', 'none']);
  });
});

describe('a young person about to leave care', () => {
  it('counts a writer who is leaving the care system, or names care leavers like them, as the child', () => {
    expect(
      voices('I’m ready to leave the care system now and want my own flat. Other people take company for granted.'),
    ).toEqual(['child', 'child']);
    expect(
      voices('Lockdown has been hard for a lot of care leavers like me. It was a bit difficult with money at first.'),
    ).toEqual(['child', 'child']);
    expect(voices('I’ve been with my current foster carers for six years. They have been amazing.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('does not count a worker who speaks of care leavers or of leaving the care sector as a child writing', () => {
    expect(voices('I support care leavers like Sam. It was a bit difficult with money at first.')).toEqual([
      'none',
      'none',
    ]);
    expect(voices('I left the care sector in 2019. It was a bit difficult with money at first.')).toEqual([
      'none',
      'none',
    ]);
  });
});

describe('a pupil writing about school', () => {
  it('counts a writer who gives their school year, grade or age turning, as the child', () => {
    expect(voices('I was in Year 8 when the panic started. Nobody noticed for months.')).toEqual(['child', 'child']);
    expect(voices('I was in 7th grade and everything changed. I stopped eating lunch.')).toEqual(['child', 'child']);
    expect(voices('It was my first year of secondary school. I cried every morning.')).toEqual(['child', 'child']);
    expect(voices('When I turned 12, I started to feel different. I stopped going out.')).toEqual(['child', 'child']);
    expect(voices('It was almost my thirteenth birthday. Everything felt wrong.')).toEqual(['child', 'child']);
    expect(voices('I was always a happy kid. Then the worry came.')).toEqual(['child', 'child']);
    expect(voices('I told our head of year. She listened to me.')).toEqual(['child', 'child']);
  });

  it('counts a writer who goes to school, or speaks of their class teacher or children their age, as the child', () => {
    expect(voices('I go to an all-girls school. I find lunchtimes hard.')).toEqual(['child', 'child']);
    expect(voices('Kids my age worry about exams. I do too.')).toEqual(['child', 'child']);
    expect(voices('I started writing stories when I went into year 2. It was fun.')).toEqual(['child', 'child']);
    expect(voices('Science is my favourite subject. I like experiments.')).toEqual(['child', 'child']);
    expect(voices('I am very young and I want to help people. That is my dream.')).toEqual(['child', 'child']);
    expect(voices('Our class teacher read us a story. I liked the ending.')).toEqual(['child', 'child']);
    expect(voices('We are well behaved kids, so I waited for the bus. It was late.')).toEqual(['child', 'child']);
  });

  it('does not count a parent or a teacher who writes about a child’s school year as the child', () => {
    expect(voices('He was in Year 8 when the panic started. I noticed after a few weeks.')).toEqual(['none', 'none']);
    expect(voices('When she turned 12, she changed. I worried constantly.')).toEqual(['none', 'none']);
    expect(voices('I go to the school office every week. I speak to his teacher.')).toEqual(['none', 'none']);
  });
});

describe('a parent writing about a child in their teens', () => {
  it('does not count a parent who speaks of their own school years beside their teenage son as the child', () => {
    expect(
      voices(
        'Having autism myself, undiagnosed in my school years, helps me understand my 15 year old son. This is our story as a family.',
      ),
    ).toEqual(['none', 'none']);
  });
});
