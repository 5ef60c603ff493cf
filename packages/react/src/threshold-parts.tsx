import type { ThresholdIndicator, ThresholdLevel } from '@casenote/guides';
import { useCaseNoteLabels } from './labels-context.tsx';
import type { ThresholdPanelState } from './use-threshold-panel.ts';

type SubHeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

/** The "You wrote ‘…’" buttons for one indicator: each selects those words in the note. */
export function PhraseButtons({
  panel,
  indicatorId,
  disabled,
}: {
  panel: ThresholdPanelState;
  indicatorId: string;
  disabled: boolean;
}) {
  const { threshold: words } = useCaseNoteLabels();
  return panel.phrasesFor(indicatorId).map((phrase) => (
    <button
      key={phrase.actual}
      type="button"
      className="casenote-threshold__phrase"
      data-indicator-id={indicatorId}
      disabled={disabled}
      onClick={() => panel.selectWords(indicatorId, phrase.actual)}
    >
      <RelatedIcon />
      {words.youWrote(phrase.actual)}
      {phrase.matches.length > 1 && (
        <span className="casenote-threshold__places"> ({words.places(phrase.matches.length)})</span>
      )}
    </button>
  ));
}

/** One level of the guide as a disclosure: its name as the button, then its description and indicators. */
export function ThresholdLevelSection({
  panel,
  level,
  panelId,
  SubHeading,
  canSelect,
}: {
  panel: ThresholdPanelState;
  level: ThresholdLevel;
  panelId: string;
  SubHeading: SubHeadingTag;
  canSelect: boolean;
}) {
  const open = panel.isOpen(level.id);
  return (
    <section className="casenote-threshold__level" data-level-id={level.id} aria-labelledby={`${panelId}-button`}>
      <SubHeading className="casenote-threshold__level-heading">
        <button
          id={`${panelId}-button`}
          type="button"
          className="casenote-threshold__toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => panel.toggleLevel(level.id)}
        >
          <ChevronIcon />
          {level.name}
        </button>
      </SubHeading>
      <div id={panelId} className="casenote-threshold__level-body" hidden={!open}>
        <p className="casenote-threshold__description">{level.description}</p>
        <ul className="casenote-threshold__indicators">
          {panel.visibleIndicators(level).map((indicator) => (
            <IndicatorItem key={indicator.id} panel={panel} indicator={indicator} canSelect={canSelect} />
          ))}
        </ul>
      </div>
    </section>
  );
}

function IndicatorItem({
  panel,
  indicator,
  canSelect,
}: {
  panel: ThresholdPanelState;
  indicator: ThresholdIndicator;
  canSelect: boolean;
}) {
  const { threshold: words } = useCaseNoteLabels();
  const isRelated = panel.isRelated(indicator.id);
  return (
    <li
      className={['casenote-threshold__indicator', isRelated && 'casenote-threshold__indicator--related']
        .filter(Boolean)
        .join(' ')}
      data-indicator-id={indicator.id}
      data-related={isRelated ? 'true' : undefined}
    >
      <span className="casenote-threshold__indicator-text">{indicator.text}</span>
      {isRelated && (
        <span className="casenote-threshold__phrases">
          <span className="casenote-threshold__related-label">{words.relatedMark}</span>{' '}
          <PhraseButtons panel={panel} indicatorId={indicator.id} disabled={!canSelect} />
        </span>
      )}
    </li>
  );
}

/** A small pen mark beside "You wrote …": the highlight is never colour alone. Decorative. */
function RelatedIcon() {
  return (
    <svg
      className="casenote-threshold__related-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 14l1-4 7.5-7.5a2.1 2.1 0 0 1 3 3L6 13z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The disclosure arrow; CSS turns it when the level is open. Decorative. */
function ChevronIcon() {
  return (
    <svg
      className="casenote-threshold__chevron"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 3l5 5-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
