/** Every page's script (js/site.js): copy tools, the model points' province lines, reference previews, the search dialog's shortcut and loader. */
import { initCopyTools } from './copy-tools';
import { initDutyLines } from './duty-lines';
import { initPreviews } from './previews';
import { initSearchDialog } from './search-dialog';

initCopyTools();
initDutyLines();
initPreviews();
initSearchDialog();
