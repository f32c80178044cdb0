/**
 * Problem messages of the shapes area (see the file list in README, Languages): the readers of each widget's
 * data shape (core/shapes/). Welsh: kit's own wording unless a key says otherwise, NEEDS REVIEW BY A WELSH
 * SPEAKER.
 */
import type { WelshOf } from '../types.js';

export const EN = {} as const;

export const CY: WelshOf<typeof EN> = {};
