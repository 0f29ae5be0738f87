/** Every page's script (js/site.js): copy tools, reference previews, the search dialog's shortcut and loader. */
import { initCopyTools } from './copy-tools';
import { initPreviews } from './previews';
import { initSearchDialog } from './search-dialog';

initCopyTools();
initPreviews();
initSearchDialog();
