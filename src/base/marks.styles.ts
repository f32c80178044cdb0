import { css } from 'lit';

/**
 * Marks (marks.ts) drawn with CSS: the element is the outline (text colour, ≥ 3:1 against the background),
 * its ::before the fill (the tone), each shape cut by a clip-path. SVG marks inside the timeline's axis use the
 * same tones through `fill`.
 */
export const markStyles = css`
  .mark {
    --_outline: var(--_text-colour);
    --_tone: var(--_background);
    position: relative;
    display: inline-block;
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
    background: var(--_outline);
    forced-color-adjust: none;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
    /* Space after the mark where it stands straight before words (a table's plain cells set it). */
    --_mark-gap: 0px;
    margin-inline-end: var(--_mark-gap);
  }
  .mark::before {
    content: '';
    position: absolute;
    inset: 1.25px;
    background: var(--_tone);
  }
  .mark.circle,
  .mark.circle::before {
    border-radius: 50%;
  }
  .mark.square {
    width: 0.875em;
    height: 0.875em;
    margin-inline: 0.0625em calc(0.0625em + var(--_mark-gap));
  }
  .mark.dash {
    height: 0.375em;
    vertical-align: 0.2em;
  }
  .mark.dash::before {
    inset: 1px;
  }
  .mark.star {
    clip-path: polygon(50% 0%, 61.8% 35.1%, 98.5% 35.1%, 68.8% 56.9%, 79.4% 91.9%, 50% 70.6%, 20.6% 91.9%, 31.2% 56.9%, 1.5% 35.1%, 38.2% 35.1%);
  }
  .mark.star::before {
    inset: 0;
    clip-path: polygon(50% 15.4%, 58.5% 40.7%, 84.9% 40.7%, 63.5% 56.4%, 71.2% 81.6%, 50% 66.2%, 28.8% 81.6%, 36.5% 56.4%, 15.1% 40.7%, 41.5% 40.7%);
  }
  .mark.triangle {
    clip-path: polygon(50% 2%, 100% 96%, 0% 96%);
  }
  .mark.triangle::before {
    inset: 0;
    clip-path: polygon(50% 19.9%, 86% 87.6%, 14% 87.6%);
  }
  .mark.diamond {
    clip-path: polygon(50% 0%, 100% 50%, 50% 100%, 0% 50%);
  }
  .mark.diamond::before {
    inset: 0;
    clip-path: polygon(50% 10%, 90% 50%, 50% 90%, 10% 50%);
  }
  .mark.hexagon {
    clip-path: polygon(25% 6%, 75% 6%, 100% 50%, 75% 94%, 25% 94%, 0% 50%);
  }
  .mark.hexagon::before {
    inset: 0;
    clip-path: polygon(29.5% 13.9%, 70.5% 13.9%, 91% 50%, 70.5% 86.1%, 29.5% 86.1%, 9% 50%);
  }
  .mark.cross {
    clip-path: polygon(20% 5%, 50% 35%, 80% 5%, 95% 20%, 65% 50%, 95% 80%, 80% 95%, 50% 65%, 20% 95%, 5% 80%, 35% 50%, 5% 20%);
  }
  .mark.cross::before {
    inset: 0;
    clip-path: polygon(32% 23%, 50% 41%, 68% 23%, 77% 32%, 59% 50%, 77% 68%, 68% 77%, 50% 59%, 32% 77%, 23% 68%, 41% 50%, 23% 32%);
  }
  /* The letter beside a status mark (R, A, G, B, –). */
  .letter {
    display: inline-block;
    min-width: 1.35em;
    padding: 0 2px;
    border: 1px solid var(--_text-colour);
    /* Never under 12 px, the smallest text a chart should have. */
    font-size: max(0.8125em, 12px);
    font-weight: 700;
    line-height: 1.3;
    text-align: center;
  }
  .tone-grade-1 { --_tone: var(--_grade-1); }
  .tone-grade-2 { --_tone: var(--_grade-2); }
  .tone-grade-middle { --_tone: var(--_grade-middle); }
  .tone-grade-3 { --_tone: var(--_grade-3); }
  .tone-grade-4 { --_tone: var(--_grade-4); }
  .tone-red { --_tone: var(--_status-red); }
  .tone-amber { --_tone: var(--_status-amber); }
  .tone-green { --_tone: var(--_status-green); }
  .tone-blue { --_tone: var(--_status-blue); }
  .tone-grey { --_tone: var(--_status-grey); }
  .tone-none { --_tone: var(--_background); }
  .tone-invalid { --_tone: var(--_background); --_outline: var(--_error-colour); }
  svg .mark {
    width: 14px;
    height: 14px;
    stroke: var(--_text-colour);
    stroke-width: 1.1;
    stroke-linejoin: round;
    fill: var(--_tone);
    background: none;
  }
  svg .mark::before {
    content: none;
  }
  @media (forced-colors: active) {
    .mark {
      --_outline: CanvasText;
      --_tone: Canvas;
    }
    .tone-grade-1, .tone-grade-2, .tone-grade-middle, .tone-grade-3, .tone-grade-4, .tone-red, .tone-amber, .tone-green, .tone-blue {
      --_tone: CanvasText;
    }
    svg .mark {
      stroke: CanvasText;
    }
  }
`;
