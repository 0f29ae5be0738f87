/** The comparison pages' script (js/compare.js). */
import { initComparisonTables } from './comparison-tables';
import { initWordingDiffs } from './wording-diffs';

initComparisonTables();
initWordingDiffs();
