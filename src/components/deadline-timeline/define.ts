import { IkDeadlineTimeline } from './deadline-timeline.js';

export type { ActionSelectDetail } from './deadline-timeline.js';
export { IkDeadlineTimeline };

if (!customElements.get('ik-deadline-timeline'))
  customElements.define('ik-deadline-timeline', IkDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-deadline-timeline': IkDeadlineTimeline;
  }
}
