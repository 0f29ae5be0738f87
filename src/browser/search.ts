/**
 * The search script (js/search.js): on the search page, and loaded by
 * site.js into the dialog of every other page on first use.
 */
import { initSearch } from './search/ui';

initSearch();
