import { IkJudgementGrid } from './judgement-grid.js';

export type { JudgementSelectDetail } from './judgement-grid.js';
export { IkJudgementGrid };

if (!customElements.get('ik-judgement-grid')) customElements.define('ik-judgement-grid', IkJudgementGrid);

declare global {
  interface HTMLElementTagNameMap {
    'ik-judgement-grid': IkJudgementGrid;
  }
}
