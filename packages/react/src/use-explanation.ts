import { type Diagnostic, explain, loadedRuleDetails, loadRuleDetails, type RuleDetails } from '@casenote/lint';
import { useEffect, useState } from 'react';

/**
 * Why a finding matters (`explain`): its own explanation, or its built-in rule's from the rule
 * details. The editor starts loading the details with the engine (or with the first results, in
 * worker mode); until they are there this is `undefined`, and the component re-renders with the
 * explanation when they arrive (a chunk that failed is asked for again).
 *
 * @param diagnostic The finding shown, or `null`.
 * @returns The explanation, or `undefined` while there is none yet.
 * @example const explanation = useExplanation(card?.diagnostic ?? null);
 */
export function useExplanation(diagnostic: Pick<Diagnostic, 'ruleId' | 'explanation'> | null): string | undefined {
  const [details, setDetails] = useState<RuleDetails | undefined>(loadedRuleDetails);
  const explanation = diagnostic ? explain(diagnostic, details ?? loadedRuleDetails()) : undefined;
  const waiting = diagnostic !== null && explanation === undefined && details === undefined;
  useEffect(() => {
    if (!waiting) return undefined;
    let live = true;
    loadRuleDetails().then(
      (loaded) => {
        if (live) setDetails(loaded);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [waiting]);
  return explanation;
}
