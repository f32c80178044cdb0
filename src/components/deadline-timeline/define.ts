import { mayDefine } from '../../base/define.js';
import { IkDeadlineTimeline } from './deadline-timeline.js';

export type { ActionSelectDetail } from './deadline-timeline.js';
export { IkDeadlineTimeline };

if (mayDefine('ik-deadline-timeline', IkDeadlineTimeline))
  customElements.define('ik-deadline-timeline', IkDeadlineTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ik-deadline-timeline': IkDeadlineTimeline;
  }
}
