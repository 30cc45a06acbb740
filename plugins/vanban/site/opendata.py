"""The whole corpus's metadata as open data: one JSON array and one CSV
table (``du-lieu/van-ban.json``, ``du-lieu/van-ban.csv``), one entry or row
per document, citations included.

Fields are the front matter's (see README), plus ``slug``, ``url`` (the
document's page) and the addresses of its own JSON and Markdown. In the
CSV, list fields are joined with " | " (kính gửi, nơi nhận) and the
citations are their số ký hiệu joined the same way; booleans are
``true``/``false`` and missing values empty. The CSV starts with a UTF-8
byte order mark, so spreadsheet programs read the Vietnamese right.
"""

from __future__ import annotations

import csv
import io
import json

from vanban.model import FRONT_MATTER_KEYS, Metadata

from . import urls

SEPARATOR = " | "
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ("slug", "url", *(k for k in FRONT_MATTER_KEYS), "du_lieu_json", "du_lieu_markdown")


def entry(slug: str, url: str, meta: Metadata) -> dict:
    """One document's row: its slug, page and data files, and its front matter."""
    markdown, json_file, _ = urls.data_files(slug)
    return {"slug": slug, "url": url, **meta.as_dict(), "du_lieu_json": json_file, "du_lieu_markdown": markdown}


def as_json(entries: list[dict]) -> str:
    """The corpus entries as one JSON array."""
    return json.dumps(entries, ensure_ascii=False, indent=1, default=str) + "\n"


def _cell(key: str, value) -> str:
    return _inert(_text(key, value))


def _text(key: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if key == "dan_chieu" and isinstance(value, list):
        return SEPARATOR.join(str(c.get("so_ky_hieu") or "") for c in value if isinstance(c, dict))
    if isinstance(value, list):
        return SEPARATOR.join(str(v) for v in value)
    return str(value)


def _inert(cell: str) -> str:
    """A spreadsheet reads a cell starting with = + - @ (or tab, CR) as a
    formula: such a cell gets a leading apostrophe, as OWASP recommends
    (a spreadsheet shows the text; "-KH/ĐU" stays readable)."""
    return "'" + cell if cell[:1] in FORMULA_START else cell


def as_csv(entries: list[dict]) -> str:
    """The corpus entries as CSV (UTF-8 with BOM, for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow([_cell(k, e.get(k)) for k in COLUMNS])
    return "\ufeff" + out.getvalue()


#: What each column means, for the "Dữ liệu mở" page.
FIELDS = {
    "slug": "tên ngắn của văn bản trong địa chỉ trang (không đổi)",
    "url": "trang của văn bản, tương đối so với gốc cổng",
    "so_ky_hieu": "số và ký hiệu như in trên văn bản, ví dụ 61/KH-UBND",
    "so": "số (phần số), để trống nếu văn bản chưa ghi số",
    "ky_hieu": "ký hiệu, ví dụ KH-UBND",
    "loai_van_ban": "loại văn bản: Kế hoạch, Công văn, Chỉ thị...",
    "co_quan_ban_hanh": "cơ quan ban hành",
    "co_quan_chu_quan": "cơ quan chủ quản (cấp trên trực tiếp), nếu văn bản ghi",
    "ngay_ban_hanh": "ngày ban hành, YYYY-MM-DD (hoặc YYYY-MM, YYYY khi văn bản chỉ ghi đến đó)",
    "dia_danh": "địa danh ghi cạnh ngày ban hành",
    "trich_yeu": "trích yếu nội dung",
    "kinh_gui": "nơi được kính gửi (danh sách)",
    "noi_nhan": "nơi nhận (danh sách)",
    "nguoi_ky": "họ tên người ký",
    "chuc_vu_ky": "chức vụ người ký, các dòng cách nhau bởi \" / \" (TM., KT., Q., TL., TUQ.)",
    "dan_chieu": "các văn bản được dẫn chiếu: loại, số ký hiệu, ngày, cơ quan (CSV: số ký hiệu)",
    "nguon": "bản gốc nguyên vẹn, từng byte, trong cổng",
    "tep_goc": "tên tệp gốc khi nhận",
    "ngay_dang_tai": "thời điểm văn bản được đăng lên cổng (giờ Việt Nam)",
    "da_sua_loi": "true nếu cổng đã sửa lỗi chính tả do nhận dạng ký tự (OCR) hoặc gõ không dấu",
    "du_lieu_json": "dữ liệu JSON của riêng văn bản (các trường trên và noi_dung: toàn văn Markdown)",
    "du_lieu_markdown": "toàn văn Markdown kèm các trường trên (YAML front matter)",
}
