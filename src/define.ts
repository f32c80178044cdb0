/**
 * Defines every Inspection Kit tag. This is the entry of the single-file bundle `dist/inspection-kit.js`,
 * and `import 'inspection-kit/define'` for developers. The widgets are listed once, in widgets.ts.
 */
import './widgets.js';
