import { mayDefine } from '../../base/define.js';
import { IkJudgementGrid } from './judgement-grid.js';

export type { JudgementSelectDetail } from './judgement-grid.js';
export { IkJudgementGrid };

if (mayDefine('ik-judgement-grid', IkJudgementGrid))
  customElements.define('ik-judgement-grid', IkJudgementGrid);

declare global {
  interface HTMLElementTagNameMap {
    'ik-judgement-grid': IkJudgementGrid;
  }
}
