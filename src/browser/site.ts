/** Every page's script (js/site.js): copy tools, where the reader is, reference previews, the search dialog's shortcut and loader. */
import { initCopyTools } from './copy-tools';
import { initDeepLink } from './deep-link';
import { initPreviews } from './previews';
import { initSearchDialog } from './search-dialog';

initCopyTools();
initDeepLink();
initPreviews();
initSearchDialog();
