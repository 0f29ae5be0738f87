/**
 * One rule for catch-all clauses (README, "Reviewing a comparison"): an
 * office's "Thực hiện các nhiệm vụ khác do Giám đốc Sở giao" is linked to the
 * model's catch-all duty — khoản 29, "nhiệm vụ khác do Ủy ban nhân dân, Chủ
 * tịch Ủy ban nhân dân cấp tỉnh giao" — as partial, and to nothing else:
 * the tasks the province gives the Sở reach an office through its Director,
 * but an office also receives tasks that are not the province's. Reviews and
 * automatic proposals follow the same rule.
 */
import type { Duty } from './duties';

/** An office's catch-all: "nhiệm vụ khác do/được/khi Giám đốc/Lãnh đạo Sở giao". */
const OFFICE_CATCH_ALL = /nhiệm vụ khác (?:do|được|khi) (?:Giám đốc|Lãnh đạo) Sở/iu;
/** The model's catch-all: "nhiệm vụ khác do Ủy ban nhân dân … giao". */
const MODEL_CATCH_ALL = /nhiệm vụ khác do Ủy ban nhân dân/iu;

/** Why a catch-all proposal was made, shown in the review sheet. */
export const CATCH_ALL_REASON = 'Quy tắc chung: điều khoản "nhiệm vụ khác do Giám đốc (Lãnh đạo) Sở giao" của phòng gắn khoản 29 của mô hình, phạm vi một phần';

/** Whether a province item is an office's catch-all clause. */
export const isCatchAll = (item: Pick<Duty, 'text'>) => OFFICE_CATCH_ALL.test(item.text.normalize('NFC'));

/** The model's catch-all duty (khoản 29 of the Circular), if the model has one. */
export const modelCatchAll = (model: Duty[]): Duty | undefined => model.find((m) => MODEL_CATCH_ALL.test(m.text.normalize('NFC')));
