import type { Severity } from '@casenote/lint';

export interface SeverityIconProps {
  severity: Severity;
  className?: string;
}

/**
 * A small shape per severity (octagon, triangle, circle, speech bubble), drawn in `currentColor`
 * so forced-colours mode repaints it. Decorative: the severity word always sits beside it.
 */
export function SeverityIcon({ severity, className }: SeverityIconProps) {
  return (
    <svg
      className={['casenote-severity-icon', `casenote-severity-icon--${severity}`, className].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <SeverityShape severity={severity} />
    </svg>
  );
}

function SeverityShape({ severity }: { severity: Severity }) {
  switch (severity) {
    case 'error':
      return (
        <>
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path
            d="M5.5 5.5l5 5m0-5l-5 5"
            stroke="var(--casenote-icon-glyph, var(--casenote-surface, #fff))"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </>
      );
    case 'warning':
      return (
        <>
          <path d="M8 1.2l7 13H1z" fill="currentColor" />
          <path
            d="M8 6v4"
            stroke="var(--casenote-icon-glyph, var(--casenote-surface, #fff))"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
          <circle cx="8" cy="12.2" r="1" fill="var(--casenote-icon-glyph, var(--casenote-surface, #fff))" />
        </>
      );
    case 'info':
      return (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path
            d="M8 7.2v4.3"
            stroke="var(--casenote-icon-glyph, var(--casenote-surface, #fff))"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
          <circle cx="8" cy="4.6" r="1" fill="var(--casenote-icon-glyph, var(--casenote-surface, #fff))" />
        </>
      );
    case 'hint':
      return (
        <path
          d="M2 3.5A1.5 1.5 0 0 1 3.5 2h9A1.5 1.5 0 0 1 14 3.5v6a1.5 1.5 0 0 1-1.5 1.5H7l-3.5 3v-3A1.5 1.5 0 0 1 2 9.5z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      );
    default:
      return severity satisfies never;
  }
}
