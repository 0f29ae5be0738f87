/** Every page's script (js/site.js): copy tools, where the reader is, the model points' province lines, reference previews, the search dialog's shortcut and loader. */
import { initCopyTools } from './copy-tools';
import { initDeepLink } from './deep-link';
import { initDutyLines } from './duty-lines';
import { initPreviews } from './previews';
import { initSearchDialog } from './search-dialog';

initCopyTools();
initDeepLink();
initDutyLines();
initPreviews();
initSearchDialog();
