/** dist/data/so-sanh/nhiem-vu/<anchor>.json and <anchor>.loi-van.json (./_files.ts). */
import { dutyFile, dutyFilePaths } from './_files';

export const prerender = true;
export const getStaticPaths = () => dutyFilePaths('.json');
export const GET = ({ params }: { params: { name: string } }) => dutyFile(`${params.name}.json`, 'application/json; charset=utf-8');
