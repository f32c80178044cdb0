import { mayDefine } from '../../base/define.js';
import { IkRagMatrix } from './rag-matrix.js';

export type { RagSelectDetail } from './rag-matrix.js';
export { IkRagMatrix };

if (mayDefine('ik-rag-matrix', IkRagMatrix)) customElements.define('ik-rag-matrix', IkRagMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'ik-rag-matrix': IkRagMatrix;
  }
}
