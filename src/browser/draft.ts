/** The page "Dự thảo phân công" (js/draft.js): the drafting aid in the browser. */
import { initDraftPage } from './draft/page';

void initDraftPage();
