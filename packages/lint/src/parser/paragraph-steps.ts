/**
 * The steps that settle where a paragraph's sentences end (a full stop after "Mr" or "e.g." does
 * not end one; a sentence of no words joins the one before): parse-english's step, then
 * parse-latin's paragraph steps, in their order (see ./tree.ts). parse-latin's step that breaks a
 * sentence at a blank line is passed in (the fast one of ../fast-parser.ts).
 */
import { startsLowerCase } from './classes.ts';
import { stopEndsAfterLabelLetter } from './label-letter.ts';
import {
  abbreviationPrefix,
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  digitStart,
  terminalMarker,
} from './expressions.ts';
import {
  isMark,
  isParent,
  makeFinalWhiteSpaceSiblings,
  makeInitialWhiteSpaceSiblings,
  modify,
  patchPosition,
  removeEmptyNodes,
  text,
  visit,
  type Node,
  type Parent,
  type Step,
} from './tree.ts';

/** A full stop after one of parse-english's abbreviations ("Mr.", "Jan.") does not end the sentence. */
const mergeEnglishPrefixExceptions = modify((sentence, index, paragraph) => {
  if (!isParent(sentence)) return undefined;
  const period = sentence.children[sentence.children.length - 1];
  const word = sentence.children[sentence.children.length - 2];
  if (period && period.type === 'PunctuationNode' && text(period) === '.' && word && word.type === 'WordNode') {
    const value = text(word);
    if (abbreviations.test(value.toLowerCase()) || abbreviationsSensitive.test(value))
      return joinNext(sentence, word as Parent, period, index, paragraph);
  }
  return undefined;
});

/** Moves the full stop into the word before it and joins the next sentence on. */
function joinNext(sentence: Parent, word: Parent, period: Node, index: number, paragraph: Parent): number | undefined {
  word.children.push(period);
  sentence.children.pop();
  if (period.position && word.position) word.position.end = period.position.end;
  const next = paragraph.children[index + 1];
  if (next && next.type === 'SentenceNode') {
    sentence.children.push(...(next as Parent).children);
    paragraph.children.splice(index + 1, 1);
    if (next.position && sentence.position) sentence.position.end = next.position.end;
    return index - 1;
  }
  return undefined;
}

/** A sentence without words joins the sentence before it, else the one after. */
const mergeNonWordSentences = modify((child, index, parent) => {
  if (!isParent(child)) return undefined;
  let position = -1;
  while (child.children[++position]) if ((child.children[position] as Node).type === 'WordNode') return undefined;
  const previous = parent.children[index - 1];
  if (previous && isParent(previous)) {
    previous.children.push(...child.children);
    parent.children.splice(index, 1);
    if (previous.position && child.position) previous.position.end = child.position.end;
    return index;
  }
  const next = parent.children[index + 1];
  if (next && isParent(next)) {
    next.children.unshift(...child.children);
    if (next.position && child.position) next.position.start = child.position.start;
    parent.children.splice(index, 1);
  }
  return undefined;
});

/** A closing mark starting a sentence (a quote or bracket after a full stop) ends the one before. */
const mergeAffixSymbol = modify((child, index, parent) => {
  if (isParent(child) && child.children.length > 0 && index > 0) {
    const previous = parent.children[index - 1];
    const first = child.children[0] as Node;
    const second = child.children[1];
    if (previous && previous.type === 'SentenceNode' && isMark(first) && affixSymbol.test(text(first))) {
      child.children.shift();
      (previous as Parent).children.push(first);
      if (first.position && previous.position) previous.position.end = first.position.end;
      if (second?.position && child.position) child.position.start = second.position.start;
      return index - 1;
    }
  }
  return undefined;
});

/** A sentence whose first word starts in lower case continues the one before. */
const mergeInitialLowerCaseLetterSentences = modify((child, index, parent) => {
  if (child.type === 'SentenceNode' && index > 0) {
    const previous = parent.children[index - 1] as Node;
    const children = (child as Parent).children;
    if (children.length > 0 && previous.type === 'SentenceNode') {
      let position = -1;
      while (children[++position]) {
        const node = children[position] as Node;
        if (node.type === 'WordNode') {
          if (!startsLowerCase(text(node))) return undefined;
          (previous as Parent).children.push(...children);
          parent.children.splice(index, 1);
          if (previous.position && child.position) previous.position.end = child.position.end;
          return index;
        }
        if (isMark(node)) return undefined;
      }
    }
  }
  return undefined;
});

/** A sentence starting with a digit continues the one before ("version 1.2"). */
const mergeInitialDigitSentences = modify((child, index, parent) => {
  const previous = parent.children[index - 1];
  if (previous && previous.type === 'SentenceNode' && child.type === 'SentenceNode') {
    const head = (child as Parent).children[0];
    if (head && head.type === 'WordNode' && digitStart.test(text(head))) {
      (previous as Parent).children.push(...(child as Parent).children);
      parent.children.splice(index, 1);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index;
    }
  }
  return undefined;
});

/**
 * A full stop after a Latin abbreviation, a letter or a short number ("etc.", "p.") does not end the
 * sentence, but for a section's letter ("in Section F.", ./label-letter.ts).
 */
const mergePrefixExceptions = modify((child, index, parent) => {
  if (isParent(child) && child.children.length > 1) {
    const period = child.children[child.children.length - 1];
    if (period && isMark(period) && text(period) === '.') {
      const node = child.children[child.children.length - 2];
      if (
        node &&
        node.type === 'WordNode' &&
        abbreviationPrefix.test(text(node).toLowerCase()) &&
        !stopEndsAfterLabelLetter(text(node), wordsBefore(child.children, child.children.length - 2))
      )
        return joinNext(child, node as Parent, period, index, parent);
    }
  }
  return undefined;
});

/** The words and marks before `index` in `children`, nearest first, without white space. */
function wordsBefore(children: readonly Node[], index: number): (distance: number) => string | undefined {
  const found: string[] = [];
  let position = index;
  return (distance) => {
    while (found.length < distance && --position >= 0) {
      const node = children[position] as Node;
      if (node.type !== 'WhiteSpaceNode') found.push(text(node));
    }
    return found[distance - 1];
  };
}

/** A sentence starting with "," or ";" before any word continues the one before. */
const mergeAffixExceptions = modify((child, index, parent) => {
  const previous = parent.children[index - 1];
  if (previous && isParent(previous) && isParent(child) && child.children.length > 0) {
    let position = -1;
    while (child.children[++position]) {
      const node = child.children[position] as Node;
      if (node.type === 'WordNode') return undefined;
      if (isMark(node)) {
        const value = text(node);
        if (value !== ',' && value !== ';') return undefined;
        previous.children.push(...child.children);
        if (previous.position && child.position) previous.position.end = child.position.end;
        parent.children.splice(index, 1);
        return index;
      }
    }
  }
  return undefined;
});

/** Full stops inside a sentence (not its last terminal mark) join the word before or after them. */
const mergeRemainingFullStops = visit((child) => {
  if (!isParent(child)) return;
  const children = child.children;
  let position = children.length;
  let hasFoundDelimiter = false;
  while (children[--position]) {
    const grandchild = children[position] as Node;
    if (!isMark(grandchild)) {
      if (grandchild.type === 'WordNode') hasFoundDelimiter = true;
      continue;
    }
    if (!terminalMarker.test(text(grandchild))) continue;
    if (!hasFoundDelimiter) {
      hasFoundDelimiter = true;
      continue;
    }
    if (text(grandchild) !== '.') continue;
    const previous = children[position - 1];
    const next = children[position + 1];
    if (previous && previous.type === 'WordNode') {
      const nextNext = children[position + 2];
      if (next && nextNext && next.type === 'WhiteSpaceNode' && text(nextNext) === '.') continue;
      children.splice(position, 1);
      (previous as Parent).children.push(grandchild);
      if (grandchild.position && previous.position) previous.position.end = grandchild.position.end;
      position--;
    } else if (next && next.type === 'WordNode') {
      children.splice(position, 1);
      (next as Parent).children.unshift(grandchild);
      if (grandchild.position && next.position) next.position.start = grandchild.position.start;
    }
  }
});

/** parse-english's paragraph steps, in order, with `breakImplicitSentences` in parse-latin's place. */
export function paragraphSteps(breakImplicitSentences: Step): Step[] {
  return [
    mergeEnglishPrefixExceptions,
    mergeNonWordSentences,
    mergeAffixSymbol,
    mergeInitialLowerCaseLetterSentences,
    mergeInitialDigitSentences,
    mergePrefixExceptions,
    mergeAffixExceptions,
    mergeRemainingFullStops,
    makeInitialWhiteSpaceSiblings,
    makeFinalWhiteSpaceSiblings,
    breakImplicitSentences,
    removeEmptyNodes,
    patchPosition,
  ];
}

/** parse-latin's root steps, in order. */
export const rootSteps: readonly Step[] = [
  makeInitialWhiteSpaceSiblings,
  makeFinalWhiteSpaceSiblings,
  removeEmptyNodes,
  patchPosition,
];
