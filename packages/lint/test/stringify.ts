import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { Processor } from 'unified';

/** A compiler so the test processor can run `processSync` end to end. */
export default function retextStringify(this: Processor<undefined, undefined, undefined, Root, string>): void {
  this.compiler = (tree) => toString(tree as Root);
}
