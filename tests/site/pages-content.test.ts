/** What the built pages say: facts, notes on the source, offices' duties. Reads dist/ HTML. */
import { beforeAll, describe, expect, it } from 'vitest';
import { distPage, ensureDist, htmlText } from './ensure-dist';

beforeAll(() => ensureDist(), 180_000);

const page = distPage;
const text = htmlText;

describe('the built pages', () => {
  it('list every document on the home page, grouped under its province, with the update date and the build time', () => {
    const home = text(page(''));
    for (const title of ['Thông tư 10/2025/TT-BKHCN', 'Quyết định 33/QĐ-SKHCN (Quảng Ngãi)', 'Quy định các phòng thuộc Sở KH&CN Lai Châu']) expect(home).toContain(title);
    for (const province of ['Hải Phòng', 'Lai Châu', 'Quảng Ngãi']) expect(home).toContain(province);
    // The update date is the newest document's; the build time is said as such, in Vietnam's time.
    expect(home).toContain('Cập nhật đến văn bản ban hành ngày 30/6/2025: Quyết định về Sở KH&CN Hải Phòng (30/6/2025) (2 văn bản trong kho không ghi ngày ban hành).');
    expect(home).toMatch(/Trang web được tạo lúc \d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4} \(giờ Việt Nam\)\./);
    expect(home).not.toContain('UTC');
  });

  it('say "không ghi trong văn bản" for every fact the text does not state', () => {
    const laiChau = text(page('van-ban/lai-chau-quy-dinh-cac-phong/'));
    for (const field of ['Số hiệu', 'Ngày ban hành', 'Cơ quan ban hành', 'Người ký']) expect(laiChau).toMatch(new RegExp(`${field} không ghi trong văn bản`));
    expect(text(page('van-ban/tt-10-2025-bkhcn/'))).toContain('Số hiệu 10/2025/TT-BKHCN');
  });

  it('mark a number the source repeats, on the page of the repeated point', () => {
    expect(text(page('van-ban/hai-phong-qd-so-khcn-2025/dieu-2/'))).toContain('Số thứ tự lặp lại trong văn bản');
  });

  it('list removed artifacts in a collapsed details element at the end of the document page', () => {
    const html = page('van-ban/quang-ngai-33-qd-skhcn/');
    expect(html).toMatch(/<details class="removed"><summary>Phần đã loại khỏi văn bản nguồn \(2\)<\/summary>/);
    expect(html).toContain('[bookmark: _GoBack]');
  });

  it("show an office's function paragraph and duties on its office page (Lai Châu: the office is an article)", () => {
    const office = text(page('van-ban/lai-chau-quy-dinh-cac-phong/phong/phong-buu-chinh-vien-thong-cntt/'));
    expect(office).toContain('Vị trí, chức năng');
    expect(office).toContain('Nhiệm vụ và quyền hạn');
    expect(page('van-ban/lai-chau-quy-dinh-cac-phong/dieu-5/')).toContain('href="../phong/phong-buu-chinh-vien-thong-cntt/"');
  });

  it('show the programme rows an office leads and those it co-operates on', () => {
    const office = text(page('van-ban/quang-ngai-chuong-trinh-6-thang-cuoi-2025/phong/van-phong-so/'));
    expect(office).toContain('Nhiệm vụ chủ trì');
    expect(office).toContain('Nhiệm vụ phối hợp');
    expect(office).toContain('Thực hiện công tác cải cách hành chính');
  });

  it('list a province’s documents and offices on its page', () => {
    const province = text(page('tinh/quang-ngai/'));
    expect(province).toContain('Quyết định 33/QĐ-SKHCN (Quảng Ngãi)');
    expect(province).toContain('Phòng Quản lý chuyên ngành');
  });

  it('link previous and next articles and the whole document from an article page', () => {
    const html = page('van-ban/tt-10-2025-bkhcn/dieu-2/');
    expect(html).toContain('rel="prev" href="../dieu-1/"');
    expect(html).toContain('rel="next" href="../dieu-3/"');
    expect(html).toMatch(/<a href="\.\.\/">Toàn văn Thông tư 10\/2025\/TT-BKHCN<\/a>/);
  });
});
