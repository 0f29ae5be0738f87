/**
 * `npm run --silent parse -- <file.txt> [<metadata.json>]`: print one parsed
 * document as JSON, in the export's shape. Without metadata, what the text
 * states (number, date, type) is filled in and the rest stays null.
 */
import { exportDocument } from '../src/lib/export';
import { formatProblem, loadDocument, runCli } from './lib/corpus';

runCli(() => {
  const [textPath, metaPath] = process.argv.slice(2);
  if (!textPath) {
    process.stderr.write('cách dùng: npm run --silent parse -- <văn-bản.txt> [<metadata.json>]\n');
    return 2;
  }
  const { document, problems } = loadDocument(textPath, metaPath ?? null);
  for (const p of problems.filter((x) => x.severity !== 'info')) process.stderr.write(`${formatProblem(p)}\n`);
  if (!document) return 1;
  process.stdout.write(`${JSON.stringify(exportDocument(document), null, 2)}\n`);
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
});
