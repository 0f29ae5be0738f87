/** The comparison pages' script (js/compare.js). */
import { initComparisonTables } from './comparison-tables';

initComparisonTables();
