/**
 * The 34 provincial-level units in force from 1 July 2025 (Nghị quyết
 * 202/2025/QH15 on the reorganisation of provinces), each with its
 * socio-economic region (the six regions of the national master plan,
 * Nghị quyết 81/2023/QH15), for the comparison overview's region filter.
 * Editorial data: a province written otherwise in a document's metadata
 * is shown under "Chưa xếp vùng", never guessed.
 */

export const REGIONS = [
  'Trung du và miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
] as const;

export type Region = (typeof REGIONS)[number];
export const NO_REGION = 'Chưa xếp vùng';

/**
 * Province name as written in the metadata's `province` → its region.
 * Built by a call marked pure, so that a browser bundle that imports this
 * module without using the list leaves it out (esbuild keeps a top-level
 * call it cannot prove harmless).
 */
export const PROVINCES: ReadonlyArray<{ name: string; region: Region }> = /* @__PURE__ */ (() => [
  ...['Lai Châu', 'Điện Biên', 'Sơn La', 'Lào Cai', 'Tuyên Quang', 'Cao Bằng', 'Lạng Sơn', 'Thái Nguyên', 'Phú Thọ'].map((name) => ({ name, region: REGIONS[0] })),
  ...['Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Hưng Yên', 'Ninh Bình'].map((name) => ({ name, region: REGIONS[1] })),
  ...['Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Huế', 'Đà Nẵng', 'Quảng Ngãi', 'Khánh Hòa'].map((name) => ({ name, region: REGIONS[2] })),
  ...['Gia Lai', 'Đắk Lắk', 'Lâm Đồng'].map((name) => ({ name, region: REGIONS[3] })),
  ...['Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh'].map((name) => ({ name, region: REGIONS[4] })),
  ...['Cần Thơ', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang'].map((name) => ({ name, region: REGIONS[5] })),
])();

let byName: Map<string, Region> | undefined;

/** The region of a province as named in the metadata, or "Chưa xếp vùng". */
export function regionOf(province: string | null): Region | typeof NO_REGION {
  byName ??= new Map(PROVINCES.map((p) => [p.name, p.region]));
  return (province && byName.get(province.normalize('NFC'))) || NO_REGION;
}
