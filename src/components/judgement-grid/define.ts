import { defineWidget } from '../../base/define.js';
import { IkJudgementGrid } from './judgement-grid.js';

export type { JudgementSelectDetail } from './judgement-grid.js';
export { IkJudgementGrid };

defineWidget('ik-judgement-grid', IkJudgementGrid);

declare global {
  interface HTMLElementTagNameMap {
    'ik-judgement-grid': IkJudgementGrid;
  }
}
