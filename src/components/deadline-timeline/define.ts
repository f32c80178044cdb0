import { defineWidget } from '../../base/define.js';
import { IkDeadlineTimeline } from './deadline-timeline.js';

export type { ActionSelectDetail } from './deadline-timeline.js';
export { IkDeadlineTimeline };

defineWidget('ik-deadline-timeline', IkDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-deadline-timeline': IkDeadlineTimeline;
  }
}
