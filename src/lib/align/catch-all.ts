/**
 * Catch-all clauses: "Thực hiện các nhiệm vụ khác do Giám đốc Sở giao" (or
 * "khi Lãnh đạo Sở giao") closes the duties of almost every office. The rule
 * the automatic proposals follow (issue 16): such a clause is linked to
 * khoản 29 of the model ("nhiệm vụ khác do Ủy ban nhân dân, Chủ tịch Ủy ban
 * nhân dân cấp tỉnh giao"), which reaches each office through the Director,
 * and to nothing else — its words say nothing about any other duty.
 */

/** The model duty every catch-all clause is linked to. */
export const CATCH_ALL_MODEL = 'dieu-2/khoan-29';

const CATCH_ALL = /^(?:thực hiện )?(?:các )?(?:nhiệm vụ|công việc)(?: thanh tra và nhiệm vụ)? khác(?: được| do| khi)? (?:giám đốc|lãnh đạo) sở giao/u;

/** True for a province item that only says "other tasks the Director assigns". */
export function isCatchAll(text: string): boolean {
  return CATCH_ALL.test(text.normalize('NFC').toLocaleLowerCase('vi').trim());
}
