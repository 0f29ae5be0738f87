/** dist/data/so-sanh/nhiem-vu/<anchor>.json: one model duty and every province's items for it (dutyJson). */
import { loadComparison } from '../../../../lib/site/comparison-data';
import { allPoints, dutyJson, type ModelPoint } from '../../../../lib/site/comparison';

export const prerender = true;

export function getStaticPaths() {
  return allPoints(loadComparison().site).map(({ point }) => ({ params: { duty: point.anchor }, props: { point } }));
}

export function GET({ props }: { props: { point: ModelPoint } }): Response {
  return new Response(JSON.stringify(dutyJson(loadComparison().site, props.point)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
