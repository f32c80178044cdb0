import { IkRagMatrix } from './rag-matrix.js';

export type { RagSelectDetail } from './rag-matrix.js';
export { IkRagMatrix };

if (!customElements.get('ik-rag-matrix')) customElements.define('ik-rag-matrix', IkRagMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'ik-rag-matrix': IkRagMatrix;
  }
}
