import { css } from 'lit';

/** Tones for the marks of marks.ts: fill from the theme tokens, outline in the text colour (≥ 3:1). */
export const markStyles = css`
  .mark {
    flex: none;
    width: 1em;
    height: 1em;
    stroke: var(--_text-colour);
    stroke-width: 1.1;
    stroke-linejoin: round;
    vertical-align: -0.125em;
    overflow: visible;
  }
  .tone-grade-1 { fill: var(--_grade-1); }
  .tone-grade-2 { fill: var(--_grade-2); }
  .tone-grade-3 { fill: var(--_grade-3); }
  .tone-grade-4 { fill: var(--_grade-4); }
  .tone-red { fill: var(--_status-red); }
  .tone-amber { fill: var(--_status-amber); }
  .tone-green { fill: var(--_status-green); }
  .tone-blue { fill: var(--_status-blue); }
  .tone-grey { fill: var(--_status-grey); }
  .tone-none { fill: var(--_background); }
  .tone-invalid { fill: var(--_background); stroke: var(--_error-colour); stroke-width: 1.4; }
  @media (forced-colors: active) {
    .mark {
      stroke: CanvasText;
      fill: Canvas;
    }
    .tone-grade-1, .tone-grade-2, .tone-grade-3, .tone-grade-4, .tone-red, .tone-amber, .tone-green, .tone-blue {
      fill: CanvasText;
    }
  }
`;
