/**
 * The steps that join a sentence's tokens into words ("&", "-", "e.g.", "and/or", "’twas"):
 * parse-english's elision step, then parse-latin's sentence steps, in their order (see ./tree.ts).
 */
import { isNumerical } from './classes.ts';
import { apostrophe, elisionAffix, elisionPrefix, wordSymbolInner } from './expressions.ts';
import { isMark, modify, patchPosition, text, visit, type Node, type Parent, type Step } from './tree.ts';

/** parse-english: "w/", "o’ clock", "’twas", "rock ’n’ roll" are one word. */
const mergeEnglishElisionExceptions = visit((child, index, sentence) => {
  if (!isMark(child)) return;
  const siblings = sentence.children;
  const length = siblings.length;
  const value = text(child);
  if (value === '/') {
    const sibling = siblings[index - 1];
    if (sibling && sibling.type === 'WordNode' && text(sibling).toLowerCase() === 'w') {
      siblings.splice(index, 1);
      (sibling as Parent).children.push(child);
      if (sibling.position && child.position) sibling.position.end = child.position.end;
    }
  } else if (apostrophe.test(value)) {
    const sibling = siblings[index - 1] as Node;
    if (
      index > 2 &&
      index < length - 1 &&
      sibling.type === 'WordNode' &&
      (siblings[index - 2] as Node).type === 'WhiteSpaceNode' &&
      (siblings[index + 1] as Node).type === 'WhiteSpaceNode' &&
      elisionPrefix.test(text(sibling).toLowerCase())
    ) {
      siblings.splice(index, 1);
      (sibling as Parent).children.push(child);
      if (sibling.position && child.position) sibling.position.end = child.position.end;
      return;
    }
    if (
      index !== length - 1 &&
      (siblings[index + 1] as Node).type === 'WordNode' &&
      (index === 0 || (siblings[index - 1] as Node).type !== 'WordNode')
    ) {
      const next = siblings[index + 1] as Parent;
      const nextValue = text(next).toLowerCase();
      const other = siblings[index + 2];
      if (next.type === 'WordNode' && elisionAffix.test(nextValue)) {
        siblings.splice(index, 1);
        next.children.unshift(child);
        if (next.position && child.position) next.position.start = child.position.start;
      } else if (
        next.type === 'WordNode' &&
        nextValue === 'n' &&
        other &&
        other.type === 'PunctuationNode' &&
        apostrophe.test(text(other))
      ) {
        siblings.splice(index, 1);
        siblings.splice(index + 1, 1);
        next.children.unshift(child);
        next.children.push(other);
        if (next.position) {
          if (child.position) next.position.start = child.position.start;
          if (other.position) next.position.end = other.position.end;
        }
      }
    }
  }
});

/** "&" before a word (and not after one) starts that word ("&c"). */
const mergeInitialWordSymbol = modify((child, index, parent) => {
  if (!isMark(child) || text(child) !== '&') return undefined;
  const children = parent.children;
  const next = children[index + 1];
  if ((index > 0 && (children[index - 1] as Node).type === 'WordNode') || !(next && next.type === 'WordNode'))
    return undefined;
  children.splice(index, 1);
  (next as Parent).children.unshift(child);
  if (next.position && child.position) next.position.start = child.position.start;
  return index - 1;
});

/** "-" after a word and not before one ends that word ("pre- and post-natal"). */
const mergeFinalWordSymbol = modify((child, index, parent) => {
  if (index > 0 && isMark(child) && text(child) === '-') {
    const children = parent.children;
    const previous = children[index - 1];
    const next = children[index + 1];
    if (next?.type !== 'WordNode' && previous && previous.type === 'WordNode') {
      children.splice(index, 1);
      (previous as Parent).children.push(child);
      if (previous.position && child.position) previous.position.end = child.position.end;
      return index;
    }
  }
  return undefined;
});

/** Words joined by inner symbols ("e-mail", "Mr.Smith", "don't") are one word. */
const mergeInnerWordSymbol = modify((child, index, parent) => {
  if (index > 0 && isMark(child)) {
    const siblings = parent.children;
    const previous = siblings[index - 1];
    if (previous && previous.type === 'WordNode') {
      let position = index - 1;
      const tokens: Node[] = [];
      let queue: Node[] = [];
      while (siblings[++position]) {
        const sibling = siblings[position] as Node;
        if (sibling.type === 'WordNode') {
          tokens.push(...queue, ...(sibling as Parent).children);
          queue = [];
        } else if (isMark(sibling) && wordSymbolInner.test(text(sibling))) {
          queue.push(sibling);
        } else {
          break;
        }
      }
      if (tokens.length > 0) {
        if (queue.length > 0) position -= queue.length;
        siblings.splice(index, position - index);
        (previous as Parent).children.push(...tokens);
        const last = tokens[tokens.length - 1] as Node;
        if (previous.position && last.position) previous.position.end = last.position.end;
        return index;
      }
    }
  }
  return undefined;
});

/** Short words either side of a slash are one word ("and/or", "24/7"). */
const mergeInnerWordSlash = modify((child, index, parent) => {
  const siblings = parent.children;
  const previous = siblings[index - 1];
  if (previous && previous.type === 'WordNode' && isMark(child) && text(child) === '/') {
    const previousValue = text(previous);
    let tail = child;
    const queue = [child];
    let count = 1;
    let nextValue = '';
    const next = siblings[index + 1];
    if (next && next.type === 'WordNode') {
      nextValue = text(next);
      tail = next;
      queue.push(...(next as Parent).children);
      count++;
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      (previous as Parent).children.push(...queue);
      siblings.splice(index, count);
      if (previous.position && tail.position) previous.position.end = tail.position.end;
      return index;
    }
  }
  return undefined;
});

/** A full stop after single letters joined by full stops ends that initialism ("e.g.", not "1.2."). */
const mergeInitialisms = modify((child, index, parent) => {
  if (index > 0 && child.type === 'PunctuationNode' && text(child) === '.') {
    const previous = parent.children[index - 1] as Node;
    if (
      previous.type === 'WordNode' &&
      previous.children &&
      previous.children.length !== 1 &&
      previous.children.length % 2 !== 0
    ) {
      const parts = previous.children;
      let position = parts.length;
      let isAllDigits = true;
      while (parts[--position]) {
        const value = text(parts[position] as Node);
        if (position % 2 === 0) {
          if (value.length > 1) return undefined;
          if (!isNumerical(value)) isAllDigits = false;
        } else if (value !== '.') {
          if (position < parts.length - 2) break;
          return undefined;
        }
      }
      if (!isAllDigits) {
        parent.children.splice(index, 1);
        parts.push(child);
        if (previous.position && child.position) previous.position.end = child.position.end;
        return index;
      }
    }
  }
  return undefined;
});

/** parse-english's sentence steps, in order. */
export const sentenceSteps: readonly Step[] = [
  mergeEnglishElisionExceptions,
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  patchPosition,
];
