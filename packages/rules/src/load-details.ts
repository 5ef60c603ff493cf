import type { RuleDetails } from './rule-details.ts';

// Apart from ./builtin.ts: a page that only loads the details (an editor in worker mode) must not
// import the module that holds the linter's data.
let details: RuleDetails | undefined;
let loading: Promise<RuleDetails> | undefined;

/**
 * Loads the rule details (each built-in rule's explanation and reviewer's note, each source's title
 * and publisher), once for the page. A dynamic import: a bundler puts the details in a chunk of
 * their own, fetched from the page's origin when first asked for, so a bundle that lints does not
 * carry them. In Node, `getRuleDetails` from `@casenote/rules/details` reads them at once.
 *
 * @example const details = await loadRuleDetails(); details.explanation('acronym-lac');
 */
export function loadRuleDetails(): Promise<RuleDetails> {
  if (!loading) {
    loading = import('./rule-details.ts').then((module) => {
      details = module.getRuleDetails();
      return details;
    });
    // a chunk that failed to arrive is asked for again next time
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** The rule details once `loadRuleDetails` has loaded them (else undefined). */
export function loadedRuleDetails(): RuleDetails | undefined {
  return details;
}
