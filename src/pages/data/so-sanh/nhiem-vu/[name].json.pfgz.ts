/** dist/data/so-sanh/nhiem-vu/<anchor>.json.pfgz, the gzipped copies (./_files.ts). */
import { dutyFile, dutyFilePaths } from './_files';

export const prerender = true;
export const getStaticPaths = () => dutyFilePaths('.json.pfgz');
export const GET = ({ params }: { params: { name: string } }) => dutyFile(`${params.name}.json.pfgz`, 'application/octet-stream');
