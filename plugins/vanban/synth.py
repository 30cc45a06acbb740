"""A synthetic corpus of raw input documents, for scale benchmarks.

    from vanban.synth import generate
    truth = generate(10_000, Path("/tmp/corpus"), seed=0)

writes ``000001.txt`` … in the layouts real inputs arrive in (text pulled
out of PDFs: merged header columns, hard-wrapped pages, signature blocks
merged with nơi nhận, digital-signature timestamps, unsigned drafts with a
blank number or day, OCR-damaged and unaccented copies) and returns, for
every file, what was put in it, so that a benchmark can score the parser.

The corpus is one province (Lạng Sơn) with its districts and communes over
2019–2026: the UBND and HĐND of the province, its Sở, the UBND of districts
and communes, the Tỉnh ủy and its Ban, the Huyện ủy, the Đảng ủy of
communes and the Đảng ủy Khối. Districts end with the 2025 reform (1 July
2025), merged Sở and Ban appear on 1 March 2025. Every issuer numbers its
documents per year and per ký hiệu, the number growing with the date.

Documents cite earlier documents of the corpus by number, date and issuer,
the higher bodies first (a commune cites its district and the province, a
district the province, the province the Tỉnh ủy), and the cited document's
subject is often carried down, so chains form: directive → guidance →
district plan → commune plan. Some cite national documents that are not in
the corpus.

The prose is recombined from the project's own material only: the
sentences of the clean samples (``samples/001``–``003``) and the repaired
bodies in ``content/van-ban/*.md``, with their citations cut out and the
years, districts and issuers substituted.

Files are numbered in the order the documents were issued (the last file is
the newest). Deterministic for a given ``(n, seed)`` and the project's
samples; the texts do not depend on ``damaged_share`` or
``unaccented_share`` (those only choose which texts are then damaged), so a
corpus generated with both at 0 is the same corpus, clean. Pure Python:
10,000 documents (70 MB) in about 10 s, 50,000 in about a minute.
"""

from __future__ import annotations

import bisect
import math
import random
import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from .noise import ocr_damage, strip_diacritics

__all__ = ["generate"]

PROVINCE = "Lạng Sơn"
START = date(2019, 1, 2)
END = date(2026, 3, 31)
REFORM = date(2025, 7, 1)        #: districts dissolved, two-level local government
MERGE = date(2025, 3, 1)         #: Sở and Ban of the Tỉnh ủy merged
_START_ORD, _END_ORD = START.toordinal(), END.toordinal()
_REFORM_ORD, _MERGE_ORD = REFORM.toordinal(), MERGE.toordinal()

# ---------------------------------------------------------------------------
# Geography: the districts of Lạng Sơn and some of their communes.
# ---------------------------------------------------------------------------

#: (unit word, name, communes as (unit word, name))
DISTRICTS = [
    ("thành phố", "Lạng Sơn", [("phường", "Chi Lăng"), ("phường", "Đông Kinh"), ("phường", "Hoàng Văn Thụ"),
                                ("phường", "Tam Thanh"), ("phường", "Vĩnh Trại"), ("xã", "Mai Pha"),
                                ("xã", "Quảng Lạc")]),
    ("huyện", "Tràng Định", [("thị trấn", "Thất Khê"), ("xã", "Tri Phương"), ("xã", "Đại Đồng"),
                              ("xã", "Hùng Sơn"), ("xã", "Quốc Khánh"), ("xã", "Kim Đồng")]),
    ("huyện", "Văn Lãng", [("thị trấn", "Na Sầm"), ("xã", "Tân Mỹ"), ("xã", "Hội Hoan"),
                            ("xã", "Thanh Long"), ("xã", "Hoàng Việt")]),
    ("huyện", "Văn Quan", [("thị trấn", "Văn Quan"), ("xã", "Yên Phúc"), ("xã", "Tân Đoàn"),
                            ("xã", "Tràng Phái"), ("xã", "Điềm He"), ("xã", "Lương Năng")]),
    ("huyện", "Bình Gia", [("thị trấn", "Bình Gia"), ("xã", "Hoa Thám"), ("xã", "Thiện Thuật"),
                            ("xã", "Hồng Phong"), ("xã", "Tân Văn")]),
    ("huyện", "Bắc Sơn", [("thị trấn", "Bắc Sơn"), ("xã", "Vũ Lăng"), ("xã", "Chiến Thắng"),
                           ("xã", "Hưng Vũ"), ("xã", "Long Đống")]),
    ("huyện", "Hữu Lũng", [("thị trấn", "Hữu Lũng"), ("xã", "Minh Sơn"), ("xã", "Hồ Sơn"),
                            ("xã", "Yên Bình"), ("xã", "Vân Nham"), ("xã", "Thiện Tân")]),
    ("huyện", "Chi Lăng", [("thị trấn", "Đồng Mỏ"), ("xã", "Quang Lang"), ("xã", "Nhân Lý"),
                            ("xã", "Vân An"), ("xã", "Mai Sao")]),
    ("huyện", "Cao Lộc", [("thị trấn", "Đồng Đăng"), ("xã", "Thụy Hùng"), ("xã", "Tân Liên"),
                           ("xã", "Gia Cát"), ("xã", "Hợp Thành")]),
    ("huyện", "Lộc Bình", [("thị trấn", "Na Dương"), ("xã", "Đông Quan"), ("xã", "Khánh Xuân"),
                            ("xã", "Tú Đoạn"), ("xã", "Xuân Dương")]),
    ("huyện", "Đình Lập", [("thị trấn", "Đình Lập"), ("xã", "Bắc Xa"), ("xã", "Kiên Mộc"),
                            ("xã", "Bính Xá"), ("xã", "Lâm Ca")]),
]
DISTRICT_NAMES = [d[1] for d in DISTRICTS if d[0] == "huyện"]

#: Sở: (name, ký hiệu code, sector, first day, last day, units for công văn, yearly volume factor)
SO = [
    ("Sở Nội vụ", "SNV", "noi_vu", None, None, ["CCVC", "TCBM", "VP", "CCHC"], 1.0),
    ("Sở Tài chính", "STC", "tai_chinh", None, None, ["QLNS", "TCĐT", "VP"], 1.1),
    ("Sở Y tế", "SYT", "y_te", None, None, ["NVY", "KHTC", "VP"], 1.2),
    ("Sở Giáo dục và Đào tạo", "SGDĐT", "giao_duc", None, None, ["GDTrH", "GDTH", "VP", "KTKĐ"], 1.3),
    ("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "van_hoa", None, None, ["QLVH", "QLDL", "VP"], 0.8),
    ("Sở Thông tin và Truyền thông", "STTTT", "tttt", None, date(2025, 2, 28), ["TTBCXB", "CNTT", "VP"], 0.7),
    ("Sở Kế hoạch và Đầu tư", "SKHĐT", "khdt", None, date(2025, 2, 28), ["TH", "ĐKKD", "VP"], 0.9),
    ("Sở Nông nghiệp và Phát triển nông thôn", "SNN", "nong_nghiep", None, date(2025, 2, 28),
     ["KHTC", "TTBVTV", "VP"], 0.9),
    ("Sở Nông nghiệp và Môi trường", "SNNMT", "nong_nghiep", MERGE, None, ["KHTC", "QLĐĐ", "VP"], 1.2),
    ("Sở Khoa học và Công nghệ", "SKHCN", "khcn", None, None, ["QLKH", "CĐS", "VP"], 0.6),
    ("Sở Tư pháp", "STP", "tu_phap", None, None, ["PBGDPL", "XDKTVB", "VP"], 0.6),
    ("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "ldtbxh", None, date(2025, 2, 28),
     ["LĐVL", "BTXH", "VP"], 0.8),
    ("Sở Dân tộc và Tôn giáo", "SDTTG", "dan_toc", MERGE, None, ["CSDT", "TG", "VP"], 0.5),
]

#: Ban of the Tỉnh ủy: (name, header line, code, sector, first day, last day)
BAN_TU = [
    ("Ban Tuyên giáo Tỉnh ủy", "BAN TUYÊN GIÁO", "BTGTU", "tuyen_giao", None, date(2025, 2, 28)),
    ("Ban Dân vận Tỉnh ủy", "BAN DÂN VẬN", "BDVTU", "dan_van", None, date(2025, 2, 28)),
    ("Ban Tổ chức Tỉnh ủy", "BAN TỔ CHỨC", "BTCTU", "to_chuc", None, None),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "BTGDVTU", "tuyen_giao", MERGE, None),
]

# ---------------------------------------------------------------------------
# Document types.
# ---------------------------------------------------------------------------

TYPES = {
    "CV": "Công văn", "KH": "Kế hoạch", "QĐ": "Quyết định", "CT": "Chỉ thị", "TB": "Thông báo",
    "HD": "Hướng dẫn", "BC": "Báo cáo", "TTr": "Tờ trình", "CTr": "Chương trình", "NQ": "Nghị quyết",
}
TYPE_LINE = {code: name.upper() for code, name in TYPES.items()}

#: Issuer group → type code → weight (how often the group issues the type).
TYPE_WEIGHTS = {
    "ubnd_tinh": {"CV": 34, "KH": 20, "QĐ": 18, "TB": 7, "BC": 8, "CT": 2.5, "TTr": 4, "CTr": 2, "HD": 1.5},
    "so": {"CV": 40, "KH": 18, "QĐ": 8, "BC": 12, "TB": 6, "HD": 8, "TTr": 7, "CTr": 1},
    "hdnd": {"NQ": 60, "BC": 10, "TB": 10, "KH": 8, "CV": 12},
    "tinh_uy": {"CV": 25, "KH": 18, "CT": 8, "NQ": 10, "QĐ": 8, "TB": 12, "BC": 8, "HD": 4, "CTr": 7},
    "ban_tu": {"CV": 35, "HD": 25, "KH": 22, "BC": 12, "TB": 6},
    "duk": {"CV": 35, "KH": 25, "HD": 10, "NQ": 8, "BC": 12, "TB": 6, "CTr": 4},
    "ubnd_huyen": {"CV": 35, "KH": 22, "QĐ": 18, "BC": 10, "TB": 7, "TTr": 4, "CT": 1.5, "CTr": 1.5, "HD": 1},
    "huyen_uy": {"CV": 28, "KH": 24, "NQ": 10, "CT": 4, "TB": 10, "BC": 10, "HD": 4, "CTr": 6, "QĐ": 4},
    "ubnd_xa": {"CV": 30, "KH": 26, "QĐ": 18, "BC": 12, "TB": 6, "TTr": 6, "CTr": 2},
    "dang_uy_xa": {"CV": 20, "KH": 30, "NQ": 18, "BC": 12, "TB": 8, "CTr": 8, "QĐ": 4},
}

#: Share of the corpus each group of issuers writes.
GROUP_WEIGHTS = {
    "ubnd_tinh": 12, "so": 22, "hdnd": 3, "tinh_uy": 8, "ban_tu": 6, "duk": 3,
    "ubnd_huyen": 14, "huyen_uy": 7, "ubnd_xa": 14, "dang_uy_xa": 11,
}

#: Documents a year per (group, type): the number a document gets is about
#: this times the part of the year gone by.
YEARLY = {
    "ubnd_tinh": {"CV": 2200, "KH": 340, "QĐ": 2600, "TB": 420, "BC": 450, "CT": 20, "TTr": 160, "CTr": 12,
                  "HD": 15, "QĐqp": 45},
    "so": {"CV": 2400, "KH": 180, "QĐ": 400, "BC": 350, "TB": 150, "HD": 30, "TTr": 200, "CTr": 6},
    "hdnd": {"NQ": 80, "NQqp": 30, "BC": 120, "TB": 60, "KH": 20, "CV": 500},
    "tinh_uy": {"CV": 3500, "KH": 280, "CT": 45, "NQ": 110, "QĐ": 1500, "TB": 1600, "BC": 600, "HD": 35,
                "CTr": 45},
    "ban_tu": {"CV": 2800, "HD": 190, "KH": 120, "BC": 300, "TB": 100},
    "duk": {"CV": 1500, "KH": 150, "HD": 40, "NQ": 40, "BC": 300, "TB": 100, "CTr": 20},
    "ubnd_huyen": {"CV": 1800, "KH": 300, "QĐ": 3500, "BC": 400, "TB": 300, "TTr": 120, "CT": 10, "CTr": 10,
                   "HD": 10},
    "huyen_uy": {"CV": 1200, "KH": 320, "NQ": 90, "CT": 30, "TB": 500, "BC": 400, "HD": 30, "CTr": 40, "QĐ": 900},
    "ubnd_xa": {"CV": 200, "KH": 120, "QĐ": 250, "BC": 150, "TB": 60, "TTr": 50, "CTr": 8},
    "dang_uy_xa": {"CV": 120, "KH": 90, "NQ": 60, "BC": 80, "TB": 50, "CTr": 15, "QĐ": 80},
}

#: Body size multiplier per type (the median file is about 6 KB).
SIZE_FACTOR = {"CV": 0.6, "TB": 0.75, "TTr": 0.9, "QĐ": 0.75, "KH": 1.35, "HD": 1.15, "BC": 1.3, "CT": 0.95,
               "CTr": 1.4, "NQ": 1.05}

#: How readily a type is cited as the document another implements.
CITE_APPEAL = {"CT": 1.0, "NQ": 1.0, "KH": 1.0, "HD": 0.9, "CTr": 0.9, "QĐ": 0.6, "CV": 0.45, "TB": 0.4,
               "BC": 0.12, "TTr": 0.12}

# ---------------------------------------------------------------------------
# National documents (not in the corpus) that documents cite.
# ---------------------------------------------------------------------------

#: (type name, số ký hiệu, date, issuer as cited, subject, sectors)
NATIONAL = [
    ("Nghị quyết", "18-NQ/TW", date(2017, 10, 25), "Ban Chấp hành Trung ương Đảng khóa XII",
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
     "party to_chuc noi_vu gen"),
    ("Nghị quyết", "37-NQ/TW", date(2018, 12, 24), "Bộ Chính trị khóa XII",
     "việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã", "party gen noi_vu"),
    ("Kết luận", "43-KL/TW", date(2019, 1, 7), "Ban Bí thư Trung ương Đảng",
     "tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới",
     "dan_van party"),
    ("Nghị quyết", "25-NQ/TW", date(2013, 6, 3), "Ban Chấp hành Trung ương (khóa XI)",
     "tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới", "dan_van party"),
    ("Chỉ thị", "05-CT/TW", date(2016, 5, 15), "Bộ Chính trị",
     "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "tuyen_giao party gen"),
    ("Nghị quyết", "52-NQ/TW", date(2019, 9, 27), "Bộ Chính trị",
     "một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư", "tttt khcn gen"),
    ("Kết luận", "65-KL/TW", date(2019, 10, 30), "Bộ Chính trị",
     "tiếp tục thực hiện Nghị quyết Trung ương 7 khóa IX về công tác dân tộc trong tình hình mới",
     "dan_toc dan_van"),
    ("Nghị quyết", "88/2019/QH14", date(2019, 11, 18), "Quốc hội",
     "phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030",
     "dan_toc gen"),
    ("Nghị định", "30/2020/NĐ-CP", date(2020, 3, 5), "Chính phủ", "công tác văn thư", "noi_vu gen"),
    ("Quyết định", "749/QĐ-TTg", date(2020, 6, 3), "Thủ tướng Chính phủ",
     "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", "tttt khcn gen"),
    ("Nghị quyết", "76/NQ-CP", date(2021, 7, 15), "Chính phủ",
     "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", "noi_vu gen"),
    ("Quyết định", "23-QĐ/TW", date(2021, 7, 30), "Bộ Chính trị",
     "ban hành Quy chế công tác dân vận của hệ thống chính trị", "dan_van party"),
    ("Chỉ thị", "33/CT-TTg", date(2021, 11, 26), "Thủ tướng Chính phủ",
     "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới",
     "dan_van gen"),
    ("Quyết định", "06/QĐ-TTg", date(2022, 1, 6), "Thủ tướng Chính phủ",
     "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
     "tttt gen"),
    ("Nghị quyết", "06-NQ/TW", date(2022, 1, 24), "Bộ Chính trị",
     "quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
     "gen party"),
    ("Chỉ thị", "18-CT/TW", date(2022, 10, 26), "Ban Bí thư Trung ương Đảng",
     "phát huy vai trò, nâng cao chất lượng, hiệu quả giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội",
     "dan_van party"),
    ("Luật", "10/2022/QH15", date(2022, 11, 10), "Quốc hội", "thực hiện dân chủ ở cơ sở", "dan_van gen tu_phap"),
    ("Kết luận", "48-KL/TW", date(2023, 1, 30), "Bộ Chính trị khóa XIII",
     "tiếp tục thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030", "party gen noi_vu"),
    ("Nghị định", "33/2023/NĐ-CP", date(2023, 6, 10), "Chính phủ",
     "quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố",
     "noi_vu"),
    ("Nghị quyết", "35/2023/UBTVQH15", date(2023, 7, 12), "Ủy ban Thường vụ Quốc hội",
     "việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030", "gen noi_vu"),
    ("Nghị định", "59/2023/NĐ-CP", date(2023, 8, 14), "Chính phủ",
     "quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở", "dan_van gen"),
    ("Nghị định", "61/2023/NĐ-CP", date(2023, 8, 16), "Chính phủ",
     "xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư", "dan_van tu_phap"),
    ("Chỉ thị", "27/CT-TTg", date(2023, 9, 27), "Thủ tướng Chính phủ",
     "tiếp tục đẩy mạnh các giải pháp cải cách và nâng cao hiệu quả giải quyết thủ tục hành chính, phục vụ người dân, doanh nghiệp",
     "noi_vu gen"),
    ("Nghị quyết", "43-NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương Đảng khóa XIII",
     "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc",
     "dan_van party"),
    ("Chỉ thị", "35-CT/TW", date(2024, 6, 14), "Bộ Chính trị",
     "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "party to_chuc"),
    ("Nghị quyết", "57-NQ/TW", date(2024, 12, 22), "Bộ Chính trị",
     "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "khcn tttt gen party"),
    ("Nghị định", "178/2024/NĐ-CP", date(2024, 12, 31), "Chính phủ",
     "chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị",
     "noi_vu to_chuc"),
    ("Kết luận", "127-KL/TW", date(2025, 2, 28), "Bộ Chính trị",
     "triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị", "party to_chuc gen"),
    ("Nghị quyết", "60-NQ/TW", date(2025, 4, 12), "Ban Chấp hành Trung ương Đảng khóa XIII",
     "Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII", "party to_chuc gen"),
    ("Nghị quyết", "202/2025/QH15", date(2025, 6, 12), "Quốc hội", "sắp xếp đơn vị hành chính cấp tỉnh",
     "gen noi_vu"),
]

# ---------------------------------------------------------------------------
# Subjects: noun phrase (with {Y} the year, {S} the issuer's area), the verbs
# that make it a title, sectors, first and last year.
# ---------------------------------------------------------------------------

TOPICS = [
    ("cải cách hành chính năm {Y} trên địa bàn {S}", ["tuyên truyền", "đẩy mạnh", "thực hiện"], "gen noi_vu tttt", 2019, 2026),
    ("công tác dân vận chính quyền năm {Y} trên địa bàn {S}", ["thực hiện", "triển khai"], "gen dan_van noi_vu", 2019, 2026),
    ("phong trào thi đua “Dân vận khéo” giai đoạn 2021 - 2025", ["tổ chức thực hiện", "triển khai"], "dan_van party gen", 2021, 2025),
    ("phong trào thi đua “Dân vận khéo” giai đoạn 2026 - 2030", ["tổ chức thực hiện", "triển khai"], "dan_van party gen", 2025, 2026),
    ("sắp xếp đơn vị hành chính cấp huyện, cấp xã trên địa bàn tỉnh Lạng Sơn, giai đoạn 2023 - 2030",
     ["lãnh đạo, chỉ đạo thực hiện", "tuyên truyền thực hiện"], "party gen tuyen_giao noi_vu", 2023, 2024),
    ("sắp xếp đơn vị hành chính cấp xã giai đoạn 2019 - 2021", ["triển khai thực hiện", "tuyên truyền"], "party gen noi_vu", 2019, 2020),
    ("công tác quản lý bảo vệ, phòng cháy, chữa cháy rừng và quản lý lâm sản trước, trong và sau Tết Nguyên đán năm {T}",
     ["tăng cường"], "gen nong_nghiep", 2019, 2026),
    ("phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”",
     ["triển khai thực hiện", "tuyên truyền"], "gen tttt", 2022, 2025),
    ("công tác tín ngưỡng, tôn giáo trong tình hình mới", ["tăng cường"], "dan_van dan_toc party", 2019, 2026),
    ("đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm {Y}", ["tổ chức"], "party dan_van gen", 2019, 2026),
    ("nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội", ["đổi mới"], "party dan_van", 2019, 2026),
    ("nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm {Y}", ["thực hiện", "triển khai"], "gen khdt", 2019, 2026),
    ("dự toán ngân sách nhà nước năm {Y}", ["giao", "thực hiện"], "tai_chinh gen", 2019, 2026),
    ("lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã", ["tổ chức"], "gen noi_vu", 2019, 2020),
    ("lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025", ["tổ chức", "tuyên truyền"], "gen noi_vu tttt", 2023, 2025),
    ("sáp nhập, giải thể thôn, tổ dân phố trên địa bàn {S}", ["triển khai", "tuyên truyền"], "gen noi_vu", 2019, 2023),
    ("chuyển đổi số năm {Y}", ["đẩy mạnh", "thực hiện"], "tttt khcn gen", 2020, 2026),
    ("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử (Đề án 06) năm {Y}",
     ["triển khai thực hiện"], "gen tttt", 2022, 2026),
    ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm {Y}", ["thực hiện"], "nong_nghiep gen", 2019, 2026),
    ("Chương trình mục tiêu quốc gia giảm nghèo bền vững năm {Y}", ["thực hiện"], "ldtbxh gen", 2022, 2025),
    ("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm {Y}",
     ["thực hiện"], "dan_toc gen", 2022, 2026),
    ("công tác phòng, chống dịch COVID-19 trên địa bàn {S}", ["tăng cường"], "y_te gen", 2020, 2022),
    ("tiêm vắc xin phòng COVID-19", ["tổ chức", "đẩy nhanh"], "y_te gen", 2021, 2022),
    ("công tác phòng, chống dịch bệnh mùa hè năm {Y}", ["tăng cường"], "y_te", 2019, 2026),
    ("Tháng hành động vì an toàn thực phẩm năm {Y}", ["tổ chức"], "y_te gen", 2019, 2026),
    ("công tác bảo đảm an toàn thực phẩm trong dịp Tết Nguyên đán năm {T}", ["tăng cường"], "y_te gen", 2019, 2026),
    ("tuyển sinh vào lớp 10 trung học phổ thông năm học {Y} - {Y1}", ["tổ chức"], "giao_duc", 2019, 2026),
    ("nhiệm vụ năm học {N} - {N1}", ["triển khai thực hiện", "thực hiện"], "giao_duc", 2019, 2026),
    ("Kỳ thi tốt nghiệp trung học phổ thông năm {Y}", ["tổ chức"], "giao_duc", 2019, 2026),
    ("các hoạt động kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam và mừng Xuân năm {T}", ["tổ chức", "tuyên truyền"],
     "party tuyen_giao van_hoa gen", 2019, 2026),
    ("các ngày lễ lớn, sự kiện lịch sử quan trọng năm {Y}", ["tuyên truyền"], "tuyen_giao van_hoa tttt", 2019, 2026),
    ("các hoạt động văn hóa, thể thao và du lịch năm {Y}", ["tổ chức"], "van_hoa gen", 2019, 2026),
    ("Ngày hội Đại đoàn kết toàn dân tộc năm {Y}", ["tổ chức"], "dan_van gen", 2019, 2026),
    ("công tác thi đua, khen thưởng năm {Y}", ["thực hiện"], "noi_vu gen", 2019, 2026),
    ("tuyển dụng công chức năm {Y}", ["tổ chức"], "noi_vu", 2019, 2026),
    ("tinh giản biên chế năm {Y}", ["thực hiện"], "noi_vu to_chuc", 2019, 2025),
    ("sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
     ["tiếp tục", "triển khai"], "party to_chuc gen noi_vu", 2019, 2025),
    ("vận hành chính quyền địa phương 02 cấp", ["bảo đảm", "tăng cường"], "gen noi_vu party", 2025, 2026),
    ("Đại hội Đảng bộ các cấp nhiệm kỳ 2020 - 2025", ["tổ chức", "tuyên truyền"], "party to_chuc tuyen_giao", 2019, 2020),
    ("đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", ["tổ chức", "tuyên truyền"],
     "party to_chuc tuyen_giao", 2024, 2025),
    ("bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
     ["tổ chức", "tuyên truyền"], "gen noi_vu tttt party", 2020, 2021),
    ("bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
     ["tổ chức", "tuyên truyền"], "gen noi_vu tttt party", 2025, 2026),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {Y}", ["đẩy mạnh", "thực hiện"],
     "party tuyen_giao", 2019, 2026),
    ("công tác phòng, chống tham nhũng, tiêu cực năm {Y}", ["thực hiện"], "party gen", 2019, 2026),
    ("công tác phổ biến, giáo dục pháp luật năm {Y}", ["thực hiện"], "tu_phap gen", 2019, 2026),
    ("công tác kiểm soát thủ tục hành chính năm {Y}", ["thực hiện"], "gen tu_phap", 2019, 2026),
    ("công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {Y}", ["thực hiện", "tăng cường"], "gen nong_nghiep", 2019, 2026),
    ("công tác bảo vệ bí mật nhà nước", ["tăng cường"], "gen party", 2019, 2026),
    ("bảo đảm an toàn, an ninh thông tin mạng", ["tăng cường"], "tttt khcn", 2019, 2026),
    ("Tháng hành động vì trẻ em năm {Y}", ["tổ chức"], "ldtbxh gen", 2019, 2025),
    ("công tác phòng, chống ma túy trên địa bàn {S}", ["tăng cường"], "gen", 2019, 2026),
    ("phát triển du lịch năm {Y}", ["đẩy mạnh"], "van_hoa gen", 2019, 2026),
    ("quản lý, sử dụng tài sản công", ["tăng cường"], "tai_chinh gen", 2019, 2026),
    ("công khai ngân sách nhà nước năm {Y}", ["thực hiện"], "tai_chinh", 2019, 2026),
    ("thực hành tiết kiệm, chống lãng phí năm {Y}", ["tăng cường", "đẩy mạnh"], "tai_chinh gen party", 2019, 2026),
    ("công tác thông tin đối ngoại năm {Y}", ["thực hiện"], "tttt tuyen_giao", 2019, 2026),
    ("quản lý nhà nước về báo chí, xuất bản", ["tăng cường"], "tttt", 2019, 2025),
    ("dân chủ ở cơ sở", ["thực hiện"], "dan_van gen", 2019, 2026),
    ("công tác giáo dục chính trị tư tưởng", ["tăng cường"], "tuyen_giao party", 2019, 2026),
    ("công tác kiểm tra, giám sát năm {Y}", ["thực hiện"], "party", 2019, 2026),
    ("công tác phát triển đảng viên năm {Y}", ["thực hiện", "đẩy mạnh"], "to_chuc party", 2019, 2026),
    ("chất lượng sinh hoạt chi bộ", ["nâng cao"], "to_chuc party", 2019, 2026),
    ("nhiệm vụ chính trị năm {Y}", ["lãnh đạo thực hiện"], "party", 2019, 2026),
    ("công tác dân tộc trên địa bàn {S}", ["thực hiện"], "dan_toc dan_van", 2019, 2026),
    ("ứng dụng khoa học, công nghệ và đổi mới sáng tạo năm {Y}", ["đẩy mạnh"], "khcn", 2019, 2026),
    ("công tác giải quyết việc làm và giáo dục nghề nghiệp năm {Y}", ["thực hiện"], "ldtbxh", 2019, 2025),
    ("thu hút đầu tư, cải thiện môi trường kinh doanh năm {Y}", ["đẩy mạnh"], "khdt gen", 2019, 2026),
]

#: Sectors an issuer group writes about (a Sở writes about its own).
GROUP_SECTORS = {
    "ubnd_tinh": None, "hdnd": None, "ubnd_huyen": None, "ubnd_xa": None,
    "tinh_uy": "party tuyen_giao dan_van to_chuc gen", "huyen_uy": "party tuyen_giao dan_van to_chuc gen",
    "dang_uy_xa": "party tuyen_giao dan_van to_chuc gen", "duk": "party tuyen_giao dan_van to_chuc",
}

# ---------------------------------------------------------------------------
# Names.
# ---------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Hoàng", "Nông", "Lương", "Vi", "Trần", "Lê", "Hà", "Lăng", "Lộc", "Chu", "Đinh", "Dương",
            "Triệu", "Hứa", "Phạm", "Vũ", "Đoàn", "Mông", "Bế", "Lý", "Đặng", "Hồ", "Mã", "Tô", "Bùi"]
MIDDLE_M = ["Văn", "Đức", "Quang", "Hữu", "Thanh", "Minh", "Xuân", "Hồng", "Ngọc", "Mạnh", "Bá", "Tiến", "Đình",
            "Văn", "Văn"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thu", "Thanh", "Hồng", "Ngọc", "Minh", "Hải"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quang", "Sơn", "Thắng",
           "Thành", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Nhân", "Hưng", "Lâm", "Huy", "Đông",
           "Kiên", "Ninh", "Quý", "Hoàn", "Tài", "Đạt", "Thịnh", "Chiến", "Hòa"]
GIVEN_F = ["Hà", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung", "Oanh", "Phương", "Thảo", "Thủy",
           "Trang", "Yến", "Hạnh", "Liên", "Vân", "Ngân", "Huyền", "Dung", "Thoa"]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_M)} {rng.choice(GIVEN_M)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_F)} {rng.choice(GIVEN_F)}"


# ---------------------------------------------------------------------------
# Issuers.
# ---------------------------------------------------------------------------

class Issuer:
    __slots__ = ("key", "group", "party", "name", "code", "sector", "first", "last", "units", "factor",
                 "district", "commune", "place", "lines", "lines_after", "scope", "head_title", "self_name",
                 "leaders", "recipients_down", "parents_pre", "parents_post", "header_short")

    def __init__(self, key, group, party, name, code, sector=None, first=None, last=None, units=(), factor=1.0,
                 district=None, commune=None, place=PROVINCE, lines=(), lines_after=None, scope="tỉnh Lạng Sơn",
                 self_name=None):
        self.key, self.group, self.party, self.name, self.code = key, group, party, name, code
        self.sector = sector
        self.first = first.toordinal() if first else _START_ORD
        self.last = last.toordinal() if last else _END_ORD
        self.units, self.factor = list(units), factor
        self.district, self.commune, self.place = district, commune, place
        self.lines, self.lines_after = list(lines), list(lines_after) if lines_after else None
        self.scope = scope
        self.self_name = self_name or name
        self.leaders: list = []
        self.parents_pre: list = []
        self.parents_post: list = []

    def active(self, ordinal: int) -> bool:
        return self.first <= ordinal <= self.last

    def header(self, ordinal: int) -> list[str]:
        if self.lines_after is not None and ordinal >= _REFORM_ORD:
            return self.lines_after
        return self.lines


def _issuers(rng: random.Random) -> list[Issuer]:
    out: list[Issuer] = []
    up = PROVINCE.upper()
    out.append(Issuer("ubnd_tinh", "ubnd_tinh", False, f"Ủy ban nhân dân tỉnh {PROVINCE}", "UBND",
                      units=["KT", "NC", "KGVX", "TH", "THNC"], lines=["ỦY BAN NHÂN DÂN", f"TỈNH {up}"],
                      self_name="UBND tỉnh"))
    out.append(Issuer("hdnd", "hdnd", False, f"Hội đồng nhân dân tỉnh {PROVINCE}", "HĐND", units=["VP"],
                      lines=["HỘI ĐỒNG NHÂN DÂN", f"TỈNH {up}"], self_name="Thường trực HĐND tỉnh"))
    for name, code, sector, first, last, units, factor in SO:
        out.append(Issuer(f"so:{code}", "so", False, name, code, sector, first, last, units, factor,
                          lines=[f"UBND TỈNH {up}", name.upper()]))
    out.append(Issuer("tinh_uy", "tinh_uy", True, f"Tỉnh ủy {PROVINCE}", "TU", lines=[f"TỈNH ỦY {up}"],
                      self_name="Ban Thường vụ Tỉnh ủy"))
    for name, line, code, sector, first, last in BAN_TU:
        out.append(Issuer(f"ban:{code}", "ban_tu", True, name, code, sector, first, last,
                          lines=[f"TỈNH ỦY {up}", line]))
    out.append(Issuer("duk:ccq", "duk", True, "Đảng ủy Khối các cơ quan tỉnh", "ĐUK", "party", None,
                      date(2025, 2, 28), lines=[f"ĐẢNG BỘ TỈNH {up}", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"],
                      self_name="Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh"))
    out.append(Issuer("duk:dn", "duk", True, "Đảng ủy Khối Doanh nghiệp tỉnh", "ĐUK", "party", None,
                      date(2025, 2, 28), lines=[f"ĐẢNG BỘ TỈNH {up}", "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH"],
                      factor=0.6, self_name="Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh"))
    out.append(Issuer("duk:cqd", "duk", True, "Đảng ủy các cơ quan Đảng tỉnh", "ĐU", "party", MERGE, None,
                      lines=[f"ĐẢNG BỘ TỈNH {up}", "ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"],
                      self_name="Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh"))
    last_district = REFORM - timedelta(days=1)
    for unit, dname, communes in DISTRICTS:
        city = unit == "thành phố"
        dup = f"{unit.upper()} {dname.upper()}"
        out.append(Issuer(f"ubnd_huyen:{dname}", "ubnd_huyen", False, f"Ủy ban nhân dân {unit} {dname}", "UBND",
                          last=last_district, units=["VP", "NV", "TCKH", "VHTT"], district=dname, place=dname,
                          lines=["ỦY BAN NHÂN DÂN", dup], scope=f"{unit} {dname}", self_name=f"UBND {unit}",
                          factor=1.3 if city else 1.0))
        party_name = f"Thành ủy {dname}" if city else f"Huyện ủy {dname}"
        out.append(Issuer(f"huyen_uy:{dname}", "huyen_uy", True, party_name, "ThU" if city else "HU", "party",
                          last=last_district, district=dname, place=dname,
                          lines=[f"ĐẢNG BỘ TỈNH {up}", party_name.upper()], scope=f"{unit} {dname}",
                          self_name=f"Ban Thường vụ {'Thành' if city else 'Huyện'} ủy"))
        for cunit, cname in communes:
            cup = f"{cunit.upper()} {cname.upper()}"
            out.append(Issuer(f"ubnd_xa:{cname}", "ubnd_xa", False, f"Ủy ban nhân dân {cunit} {cname}", "UBND",
                              units=["VP"], district=dname, commune=cname, place=cname,
                              lines=["ỦY BAN NHÂN DÂN", cup], scope=f"{cunit} {cname}", self_name=f"UBND {cunit}",
                              factor=rng.uniform(0.6, 1.4)))
            out.append(Issuer(f"dang_uy_xa:{cname}", "dang_uy_xa", True, f"Đảng ủy {cunit} {cname}", "ĐU", "party",
                              district=dname, commune=cname, place=cname,
                              lines=[f"ĐẢNG BỘ {unit.upper()} {dname.upper()}", f"ĐẢNG ỦY {cup}"],
                              lines_after=[f"ĐẢNG BỘ TỈNH {up}", f"ĐẢNG ỦY {cup}"], scope=f"{cunit} {cname}",
                              self_name="Ban Thường vụ Đảng ủy", factor=rng.uniform(0.6, 1.4)))
    for iss in out:
        iss.factor *= rng.uniform(0.7, 1.3)
        iss.leaders = _leaders(rng, iss)
    _link_parents(out)
    return out


#: Terms of office: state bodies change at mid-2021 and the 2025 reform, Party
#: committees at the 2020 congresses and the 2025 ones.
_TERMS_STATE = [date(2021, 6, 30).toordinal(), _REFORM_ORD]
_TERMS_PARTY = [date(2020, 10, 15).toordinal(), date(2025, 8, 20).toordinal()]


def _leaders(rng: random.Random, iss: Issuer) -> list[dict]:
    return [{"head": _name(rng), "deputies": [_name(rng) for _ in range(rng.randint(2, 3))], "cvp": _name(rng)}
            for _ in range(3)]


def _term(iss: Issuer, ordinal: int) -> dict:
    bounds = _TERMS_PARTY if iss.party else _TERMS_STATE
    return iss.leaders[bisect.bisect_right(bounds, ordinal)]


def _link_parents(issuers: list[Issuer]) -> None:
    """Who a document of each issuer cites, with weights: higher bodies first."""
    by_key = {i.key: i for i in issuers}
    sos = [i.key for i in issuers if i.group == "so"]
    bans = [i.key for i in issuers if i.group == "ban_tu"]

    def spread(keys, weight):
        return [(k, weight / len(keys)) for k in keys]

    for iss in issuers:
        g, d, c = iss.group, iss.district, iss.commune
        if g == "ubnd_xa":
            pre = [(f"ubnd_huyen:{d}", 5), (f"huyen_uy:{d}", 1.5), (f"dang_uy_xa:{c}", 2.5), ("ubnd_tinh", 2),
                   ("tinh_uy", 0.7)] + spread(sos, 1)
            post = [("ubnd_tinh", 5), (f"dang_uy_xa:{c}", 2.5), ("tinh_uy", 1.5), ("hdnd", 0.3)] + spread(sos, 2)
        elif g == "dang_uy_xa":
            pre = [(f"huyen_uy:{d}", 6), ("tinh_uy", 1.5), (f"ubnd_huyen:{d}", 0.3)] + spread(bans, 1)
            post = [("tinh_uy", 5)] + spread(bans, 3)
        elif g == "ubnd_huyen":
            pre = post = [("ubnd_tinh", 6), (f"huyen_uy:{d}", 2), ("tinh_uy", 1.2), ("hdnd", 0.6)] + spread(sos, 3)
        elif g == "huyen_uy":
            pre = post = [("tinh_uy", 6), ("ubnd_tinh", 0.3)] + spread(bans, 3)
        elif g == "so":
            pre = post = [("ubnd_tinh", 7), ("hdnd", 0.8), ("tinh_uy", 1.2)] + spread(bans, 0.4) + \
                spread([k for k in sos if k != iss.key], 0.3)
        elif g == "ubnd_tinh":
            pre = post = [("tinh_uy", 5), ("hdnd", 2)] + spread(sos, 1.5) + spread(bans, 0.3)
        elif g == "hdnd":
            pre = post = [("ubnd_tinh", 5), ("tinh_uy", 3)]
        elif g == "tinh_uy":
            pre = post = [("tinh_uy", 3), ("ubnd_tinh", 0.3)] + spread(bans, 0.5)
        elif g == "ban_tu":
            pre = post = [("tinh_uy", 6)] + spread(bans, 1)
        else:  # duk
            pre = post = [("tinh_uy", 6)] + spread(bans, 3)
        iss.parents_pre = [(by_key[k], w) for k, w in pre if k in by_key]
        iss.parents_post = [(by_key[k], w) for k, w in post if k in by_key]


# ---------------------------------------------------------------------------
# The sentence bank, from the project's own material.
# ---------------------------------------------------------------------------

def _material_root() -> Path:
    root = Path(__file__).resolve().parents[2]
    if (root / "samples").is_dir():
        return root
    try:  # installed elsewhere: the project one is run from
        root = Path.cwd()
    except OSError:
        root = None
    if root is not None and (root / "samples").is_dir():
        return root
    raise FileNotFoundError("vanban.synth needs the project's samples/ and content/van-ban/ (run it from the project)")


_TYPE_WORDS = ("Chương trình hành động|Chương trình|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|"
               "Công văn|Thông báo|Nghị định|Quy định|Đề án|Thông tư|Luật|Báo cáo|Tờ trình")
_CITED_BY = ("Ban Thường vụ Tỉnh ủy Lạng Sơn|Ban Thường vụ Tỉnh ủy|Ban thường vụ Huyện ủy|Ban Thường vụ Huyện ủy|"
             "Ban Chấp hành Đảng bộ tỉnh|Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|"
             "Ban chấp hành Trung ương Đảng|Ban Tuyên giáo Tỉnh ủy Lạng Sơn|Ban Tuyên giáo Tỉnh ủy|Bộ Chính trị|"
             "Ban Bí thư Trung ương Đảng|Ban Bí thư|Thủ tướng Chính phủ|Thủ tướng chính phủ|Chính phủ|"
             "Ủy ban Thường vụ Quốc hội|Quốc hội|UBND tỉnh|Ủy ban nhân dân tỉnh|HĐND tỉnh")
#: A citation in the material: type, number, date, issuer and what it is
#: about (up to the end of the clause); replaced by {C} and filled with the
#: citations of the document being written.
_CITATION = re.compile(
    r"(?:" + _TYPE_WORDS + r")(?:\s+số)?\s+\d{1,4}(?:/\d{4})?\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*"
    r"(?:,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?"
    r"(?:,?\s+của\s+(?:" + _CITED_BY + r"))?"
    r"(?:\s+khóa\s+[IVX]+|\s*\(khóa\s+[IVX]+\))?"
    r"(?:\s+(?:về|cải cách|triển khai|tuyên truyền)\b[^;.:]*)?")
_CITATION_RUN = re.compile(r"\{C\}(?:(?:;|,| và)\s*\{C\})+")
_PARENTHESIS_WITH_CODE = re.compile(r"\s*\([^()]*\d+\s*[-/][A-ZĐ][^()]*\)")
_CODE = re.compile(r"\d+\s*[-/]\s*\d*[A-ZĐa-z]|\d+/\d+|\bsố\s*\d|\b\d{1,4}-\s|\bhttp|<|\[|\(\*|\*\)|¥")
#: Residual repair errors in the repaired material, put right by hand.
_FIXES = {"theo đội": "theo dõi", "theo dải": "theo dõi", "theo dài": "theo dõi", "Theo dài": "Theo dõi",
          "Chi trong": "Chú trọng", "chi trong": "chú trọng", "công tính": "công tỉnh", "đối nghị": "đội ngũ",
          "Nhà nề": "Nhà nước", "nhiễm vụ": "nhiệm vụ", "HỒ Chí": "Hồ Chí", "những nội cơ bản": "những nội dung cơ bản"}
#: Pieces of sentences a page break cut off in the material.
_FRAGMENTS = ("Kế hoạch phát triển kinh tế", "Các nghị quyết, chỉ thị", "Góp phần thực hiện thắng lợi các mục tiêu")
#: Good phrases of this kind of text the language model (laws) does not know.
_KNOWN_PHRASES = ("công tác dân vận chính quyền gắn với; dân vận đối với; phong trào “Dân vận khéo” với; sức mạnh "
                  "đoàn kết; tăng cường đấu tranh; Văn phòng UBND tỉnh; giữa UBND và Ủy ban; dân vận phục vụ; "
                  "Quốc hội khóa XVI và; dân vận trong")
_ROMAN = re.compile(r"^(?:#+\s*)?([IVX|1l]{1,4}\d*)\s*[-.]\s+(.+)$")
_NUMBERED = re.compile(r"^(?:#+\s*)?(\d{1,2})\s*(?:\\)?\.\s+(.+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"])")
_TAGS = (("MỤC ĐÍCH", "purpose"), ("YÊU CẦU", "purpose"), ("HÌNH THỨC", "form"), ("TỔ CHỨC THỰC HIỆN", "org"),
         ("THU'C HI", "org"), ("NỘI DUNG", "content"))


class Bank:
    """Sentences, list items and headings, tagged by the part of a plan they
    came from: ``purpose``, ``content``, ``form``, ``org``."""

    def __init__(self) -> None:
        self.sentences: dict[str, list[str]] = {"purpose": [], "content": [], "form": [], "org": []}
        self.items: list[str] = []
        self.headings: list[str] = []
        self.clauses: list[str] = []

    def add(self, tag: str, text: str, kind: str) -> None:
        if kind == "heading":
            if text not in self.headings:
                self.headings.append(text)
        elif kind == "item":
            if text not in self.items:
                self.items.append(text)
        elif text not in self.sentences[tag]:
            self.sentences[tag].append(text)


def _known_bigrams(texts: list[str]):
    """A checker for repaired text: every pair of adjacent syllables (not
    across punctuation) must be one the language model or the clean texts
    know, or the clause is dropped; so are numbers before words (OCR's
    "trả 161 chất vấn")."""
    try:
        import numpy as np

        from .lm import default_model, lm_tokens
    except Exception:  # pragma: no cover - numpy or the model missing
        return lambda clause: True
    model = default_model()
    keys = model.bi_keys

    def spans(text: str) -> list[list[str]]:
        out: list[list[str]] = [[]]
        for tok in lm_tokens(text):
            if tok[0] == "<":
                out.append([])
            else:
                out[-1].append(tok)
        return out

    clean_pairs = set()
    for text in texts:
        for span in spans(text):
            clean_pairs.update(zip(span, span[1:]))

    def ok(clause: str) -> bool:
        if re.search(r"\b\d+\s+[a-zđ]", clause):
            return False
        wanted = []
        for span in spans(clause):
            for a, b in zip(span, span[1:]):
                if (a, b) in clean_pairs:
                    continue
                ia, ib = model.id(a), model.id(b)
                if not ia or not ib:
                    return False
                wanted.append((ia << 16) | ib)
        if not wanted:
            return True
        ids = np.array(wanted, dtype=keys.dtype)
        pos = np.minimum(np.searchsorted(keys, ids), len(keys) - 1)
        return bool((keys[pos] == ids).all())

    return ok


def _is_syllables(text: str) -> bool:
    from .syllables import is_syllable

    for word in re.findall(r"[^\W\d_]+", text):
        if word.isupper() and len(word) > 1:
            continue  # UBND, HĐND, CCHC
        if not is_syllable(word):
            return False
    return True


def _clean_line(line: str) -> str:
    line = re.sub(r"\[\^\d+\]", "", line).replace("**", "").replace("\\", "")
    line = " ".join(line.replace("*", "").split())
    for wrong, right in _FIXES.items():
        line = line.replace(wrong, right)
    return line


def _paragraphs_of_sample(text: str) -> list[str]:
    """The body lines of a clean sample, hard-wrapped lines joined."""
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    started = False
    for line in lines:
        if line.startswith("Nơi nhận"):
            break
        if not started:
            started = line.startswith("Thực hiện")
            if not started:
                continue
        if not line:
            continue
        if out and out[-1] and out[-1][-1] not in ".;:!?" and line[:1].islower():
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _paragraphs_of_markdown(text: str) -> list[str]:
    body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
    out: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("[^"):
            continue
        out.append(line)
    return out


def _self_marks(text: str) -> str:
    text = text.replace("Sở Thông tin và Truyền thông", "{SELF}")
    text = text.replace("Kế hoạch này", "{THIS}")
    for i, name in enumerate(("Tràng Định", "Văn Quan", "Hữu Lũng", "Lộc Bình")):
        text = text.replace(name, "{D%d}" % i)
    text = text.replace("Trảng Định", "{D0}")
    return text


def _mark_citations(text: str) -> str:
    text = _PARENTHESIS_WITH_CODE.sub("", text)
    text = _CITATION.sub("{C}", text)
    return _CITATION_RUN.sub("{C}", text)


def _sentences(paragraph: str, ok, year: str) -> list[str]:
    out = []
    for sentence in _SENTENCE_END.split(paragraph):
        if sentence.endswith(":") or len(sentence) < 30:
            continue
        end = sentence[-1] if sentence[-1] in ".;!?" else "."
        body = sentence[:-1] if sentence[-1] in ".;!?" else sentence
        body = _mark_citations(body.rstrip("/.").rstrip())
        kept = []
        for clause in body.split("; "):
            clause = clause.strip().rstrip(",")
            plain = clause.replace("{C}", "")
            if len(plain) < 12 or _CODE.search(plain) or not _is_syllables(plain) or not ok(plain):
                continue
            if clause.startswith(("Thực hiện {C}", "Căn cứ")):
                continue
            kept.append(clause)
        if not kept:
            continue
        text = "; ".join(kept)
        if len(text) < 40 or text.startswith(_FRAGMENTS):
            continue
        text = text[0].upper() + text[1:] + end
        if year:
            text = text.replace(f"năm {year}", "năm {Y}")
        out.append(_self_marks(text))
    return out


@lru_cache(maxsize=1)
def bank() -> Bank:
    """The sentence bank (built once per process, in about a second)."""
    root = _material_root()
    sources: list[tuple[list[str], bool, str]] = []
    clean_texts = []
    for path in sorted((root / "samples").glob("00[123]*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        clean_texts.append(text)
        year = re.search(r"năm (20\d\d)", text)
        sources.append((_paragraphs_of_sample(text), False, year.group(1) if year else ""))
    samples = {p.name for p in (root / "samples").glob("*.txt")}
    for path in sorted((root / "content" / "van-ban").glob("*.md")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        source = re.search(r"^nguon: ?'?\"?([^'\"\n]+)", text, re.M)
        if not source or source.group(1).rsplit("/", 1)[-1] not in samples:
            continue  # only the samples' own repaired text, not whatever else was ingested
        repaired = "\nda_sua_loi: true" in text.split("\n---\n", 1)[0]
        year = re.search(r"ngay_ban_hanh: '?(20\d\d)", text)
        sources.append((_paragraphs_of_markdown(text), repaired, year.group(1) if year else ""))
    extra = [_KNOWN_PHRASES] + [t[0] for t in TOPICS] + [n[4] for n in NATIONAL]
    check = _known_bigrams(clean_texts + extra)
    out = Bank()
    for paragraphs, repaired, year in sources:
        ok = check if repaired else (lambda clause: True)
        tag = "content"
        for raw in paragraphs:
            line = _clean_line(raw)
            if not line or line.startswith(("Thực hiện", "Căn cứ", "Đề nghị Quý", "Nơi nhận")):
                continue
            roman = _ROMAN.match(line)
            if roman and (raw.startswith("## ") or roman.group(2).isupper()):
                upper = roman.group(2).upper()
                tag = next((t for key, t in _TAGS if key in upper), "content")
                continue
            numbered = _NUMBERED.match(line)
            if numbered:
                rest = numbered.group(2)
                if (raw.startswith("###") or len(rest) < 170) and rest[-1] not in ".;":
                    if tag == "content" and not _CODE.search(rest) and _is_syllables(rest) and ok(rest) \
                            and len(rest) > 12 and "Đề nghị" not in rest:
                        heading = rest.rstrip(":").replace(f"năm {year}", "năm {Y}") if year else rest.rstrip(":")
                        out.add(tag, _self_marks(heading), "heading")
                    continue
                line = rest
            if line.startswith("- "):
                for s in _sentences(line[2:], ok, year):
                    out.add(tag, s, "item")
                continue
            for s in _sentences(line, ok, year):
                out.add(tag, s, "sentence")
    for sentences in list(out.sentences.values()) + [out.items]:
        for s in sentences:
            for clause in s.rstrip(".;!?").split("; "):
                if len(clause) > 40 and "{" not in clause and not clause.startswith(("Qua đó", "Đề nghị")) \
                        and not _cap(clause).startswith(_FRAGMENTS):
                    out.clauses.append(clause)
    return out


# ---------------------------------------------------------------------------
# Small helpers.
# ---------------------------------------------------------------------------

_PROPER_START = ("Đảng", "Nhân dân", "Nhà nước", "Ủy ban", "Mặt trận", "UBND", "HĐND", "Sở", "Ban", "Trung ương",
                 "Hội đồng", "Bộ", "Chính phủ", "Quốc hội", "Đề án", "Chương trình", "Kế hoạch", "Nghị quyết",
                 "Tháng", "Ngày hội", "Kỳ thi", "Đại hội", "CCHC", "ĐVHC", "Luật", "Tỉnh ủy", "Huyện ủy")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _low(text: str) -> str:
    if text.startswith(_PROPER_START) or (len(text) > 1 and text[1].isupper()):
        return text
    return text[:1].lower() + text[1:]


def _pick(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _dmy(d: date, rng: random.Random) -> str:
    """A date as citations print it: 06/02/2024, 25/9/2023."""
    month = f"{d.month:02d}" if (d.month < 3 or rng.random() < 0.35) else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# The documents.
# ---------------------------------------------------------------------------

class Doc:
    __slots__ = ("index", "issuer", "type", "ordinal", "draft", "blank_day", "blank_month", "qp", "number", "scanned",
                 "pad", "unit", "so_ky_hieu", "topic", "topic_year", "np", "vp", "trich_yeu", "about",
                 "cites", "file")

    def __init__(self, index, issuer, type_, ordinal):
        self.index, self.issuer, self.type, self.ordinal = index, issuer, type_, ordinal
        self.draft = self.blank_day = self.blank_month = self.qp = self.scanned = False
        self.number = None
        self.pad = False
        self.unit = None
        self.so_ky_hieu = ""
        self.topic = None
        self.topic_year = (0, 0, 0)  # (year, Tết, school year) the subject speaks of
        self.np = self.vp = self.trich_yeu = self.about = ""
        self.cites: list = []
        self.file = ""

    @property
    def year(self) -> int:
        return date.fromordinal(self.ordinal).year

    @property
    def citable(self) -> bool:
        return self.number is not None and not self.blank_day


class National:
    """A national document cited by the corpus, not part of it."""
    __slots__ = ("type_name", "so_ky_hieu", "ordinal", "issuer_name", "subject", "sectors")

    def __init__(self, row):
        self.type_name, self.so_ky_hieu, d, self.issuer_name, self.subject, sectors = row
        self.ordinal = d.toordinal()
        self.sectors = sectors.split()


_NATIONAL = [National(row) for row in NATIONAL]


def _number_text(doc: Doc) -> str:
    if doc.number is None:
        return ""
    return f"{doc.number:02d}" if doc.pad else str(doc.number)


def _so_ky_hieu(doc: Doc) -> str:
    iss, n = doc.issuer, _number_text(doc)
    if iss.party:
        return f"{n}-{doc.type}/{iss.code}"
    if doc.type == "CV":
        return f"{n}/{iss.code}-{doc.unit}" if doc.unit else f"{n}/{iss.code}"
    if doc.qp:
        return f"{n}/{doc.year}/{doc.type}-{iss.code}"
    return f"{n}/{doc.type}-{iss.code}"


#: Share of documents that reach us as scans (hard-wrapped pages, OCR'd text
#: layer); the OCR-damaged ones are drawn from these first.
SCANNED_SHARE = 0.16


def _plan(n: int, rng: random.Random, issuers: list[Issuer]) -> list[Doc]:
    """Who issues what when, sorted by date, numbered per issuer, year and ký hiệu."""
    periods = [(_START_ORD, _MERGE_ORD - 1), (_MERGE_ORD, _REFORM_ORD - 1), (_REFORM_ORD, _END_ORD)]
    tables = []
    for first, last in periods:
        groups = {}
        for g in GROUP_WEIGHTS:
            active = [i for i in issuers if i.group == g and i.first <= first and i.last >= last]
            if active:
                groups[g] = (active, [i.factor for i in active])
        tables.append(groups)
    docs = []
    for index in range(n):
        while True:
            ordinal = rng.randint(_START_ORD, _END_ORD)
            weekday = date.fromordinal(ordinal).weekday()
            if weekday == 6 or (weekday == 5 and rng.random() < 0.85):
                continue
            break
        groups = tables[0 if ordinal < _MERGE_ORD else 1 if ordinal < _REFORM_ORD else 2]
        g = rng.choices(list(groups), weights=[GROUP_WEIGHTS[k] for k in groups])[0]
        active, weights = groups[g]
        iss = rng.choices(active, weights=weights)[0]
        doc = Doc(index, iss, _pick(rng, TYPE_WEIGHTS[g]), ordinal)
        doc.qp = (g == "ubnd_tinh" and doc.type == "QĐ" and rng.random() < 0.08) or \
                 (g == "hdnd" and doc.type == "NQ" and rng.random() < 0.35)
        if not doc.qp and g != "hdnd" and rng.random() < 0.04:
            doc.draft = True
            r = rng.random()
            doc.blank_day = r >= 0.4
            doc.blank_month = r >= 0.85
        if doc.type == "CV" and not iss.party:
            doc.unit = None if (g == "ubnd_xa" and rng.random() < 0.4) else rng.choice(iss.units)
        doc.pad = rng.random() < 0.6
        doc.scanned = rng.random() < SCANNED_SHARE
        docs.append(doc)
    docs.sort(key=lambda d: (d.ordinal, d.index))
    last: dict = {}
    for doc in docs:
        if doc.draft:
            continue
        d = date.fromordinal(doc.ordinal)
        jan1 = date(d.year, 1, 1).toordinal()
        days = 366 if d.year % 4 == 0 else 365
        series = doc.type + ("qp" if doc.qp else "")
        rate = YEARLY[doc.issuer.group].get(series, YEARLY[doc.issuer.group].get(doc.type, 50)) * doc.issuer.factor
        key = (doc.issuer.key, d.year, series)
        expected = rate * (doc.ordinal - jan1 + 1) / days
        doc.number = max(last.get(key, 0) + 1, int(expected * rng.uniform(0.85, 1.08)) + 1)
        last[key] = doc.number
    for doc in docs:
        doc.so_ky_hieu = _so_ky_hieu(doc)
    for number, doc in enumerate(docs, 1):
        doc.file = f"{number:06d}.txt"  # in the order they were issued, as they arrive
    return docs


# ---------------------------------------------------------------------------
# Citations: whom a document cites.
# ---------------------------------------------------------------------------

class Pools:
    """Citable documents per issuer, in date order, with strictly earlier
    dates than the document being written."""

    def __init__(self) -> None:
        self.ordinals: dict[str, list[int]] = {}
        self.docs: dict[str, list[Doc]] = {}
        self.pending: list[Doc] = []
        self.pending_ordinal = -1
        self.submissions: dict[str, list[Doc]] = {}   # Tờ trình by group

    def advance(self, ordinal: int) -> None:
        if ordinal == self.pending_ordinal:
            return
        for doc in self.pending:
            self.ordinals.setdefault(doc.issuer.key, []).append(doc.ordinal)
            self.docs.setdefault(doc.issuer.key, []).append(doc)
            if doc.type == "TTr":
                self.submissions.setdefault(doc.issuer.group, []).append(doc)
        self.pending = []
        self.pending_ordinal = ordinal

    def add(self, doc: Doc) -> None:
        if doc.citable:
            self.pending.append(doc)

    def pick(self, rng: random.Random, key: str, ordinal: int, topic, appeal_power: float = 1.0) -> Doc | None:
        docs = self.docs.get(key)
        if not docs:
            return None
        ordinals = self.ordinals[key]
        best = None
        for _ in range(4):
            if rng.random() < 0.12:
                age = rng.randint(1, 3 * 365)
            else:
                age = int(rng.expovariate(1 / 120)) + 1
            i = bisect.bisect_right(ordinals, ordinal - age) - 1
            if i < 0:
                return None  # what it cites is older than the corpus
            # Look about for one on the same subject.
            for j in range(i, max(-1, i - 6), -1):
                if topic is not None and docs[j].topic is topic:
                    i = j
                    break
            cand = docs[i]
            if ordinal - cand.ordinal > 3 * 365:
                continue
            appeal = CITE_APPEAL[cand.type] ** appeal_power
            if topic is not None and cand.topic is topic:
                appeal = min(1.0, appeal * 2.5)
            if rng.random() < appeal:
                return cand
            best = best or cand
        if best is not None and ordinal - best.ordinal > 540:
            return None
        return best if rng.random() < 0.3 else None


_K_WEIGHTS = [4, 7, 13, 15, 14, 11, 9, 7, 6, 5, 4, 2, 1.5, 1, 0.5]
_K_CAP = {"CV": 6, "TB": 4, "TTr": 6, "QĐ": 8}
_NATIONAL_SHARE = {"tinh_uy": 0.5, "ban_tu": 0.45, "duk": 0.35, "ubnd_tinh": 0.3, "hdnd": 0.3, "so": 0.25,
                   "huyen_uy": 0.22, "ubnd_huyen": 0.2, "dang_uy_xa": 0.12, "ubnd_xa": 0.1}


def _choose_citations(doc: Doc, rng: random.Random, pools: Pools) -> tuple[Doc | None, list, list]:
    """(primary, other corpus citations, national citations)."""
    iss = doc.issuer
    k = rng.choices(range(len(_K_WEIGHTS)), weights=_K_WEIGHTS)[0]
    if k > _K_CAP.get(doc.type, 99):
        k = rng.randint(1, _K_CAP[doc.type])
    n_nat = sum(1 for _ in range(k) if rng.random() < _NATIONAL_SHARE[iss.group])
    n_in = k - n_nat
    parents = [(p, w) for p, w in (iss.parents_post if doc.ordinal >= _REFORM_ORD else iss.parents_pre)
               if pools.docs.get(p.key)]
    chosen: list[Doc] = []
    primary = None
    if n_in and parents:
        for _ in range(3):
            parent = rng.choices([p for p, _ in parents], weights=[w for _, w in parents])[0]
            primary = pools.pick(rng, parent.key, doc.ordinal, None)
            if primary is not None:
                break
        if primary is not None:
            chosen.append(primary)
    topic = primary.topic if primary is not None else None
    tries = 0
    while len(chosen) < n_in and tries < 4 * n_in + 4:
        tries += 1
        r = rng.random()
        cand = None
        if r < 0.35 and primary is not None and primary.cites:
            cand = rng.choice(primary.cites)
            if not isinstance(cand, Doc) or doc.ordinal - cand.ordinal > 2 * 365:
                cand = None
        elif r < 0.85 and parents:
            parent = rng.choices([p for p, _ in parents], weights=[w for _, w in parents])[0]
            cand = pools.pick(rng, parent.key, doc.ordinal, topic, 0.5)
        else:
            cand = pools.pick(rng, iss.key, doc.ordinal, topic, 0.5)
        if cand is not None and cand not in chosen:
            chosen.append(cand)
    nationals: list[National] = []
    if n_nat:
        before = [x for x in _NATIONAL if x.ordinal < doc.ordinal - 10]
        sector = doc.issuer.sector or "gen"
        weights = [3.0 if sector in x.sectors or (iss.party and "party" in x.sectors) else 0.7 for x in before]
        while before and len(nationals) < n_nat:
            x = rng.choices(before, weights=weights)[0]
            j = before.index(x)
            before.pop(j)
            weights.pop(j)
            nationals.append(x)
    return primary, chosen[1:] if primary is not None else chosen, nationals


# ---------------------------------------------------------------------------
# Subjects and titles.
# ---------------------------------------------------------------------------

def _topic_when(ordinal: int) -> tuple[int, int, int]:
    """The years a subject started on this day speaks of: the year, the
    coming Tết, the school year."""
    d = date.fromordinal(ordinal)
    return d.year, d.year + 1 if d.month >= 11 else d.year, d.year if d.month >= 7 else d.year - 1


def _topic_text(topic, when: tuple[int, int, int], scope: str) -> str:
    year, tet, school = when
    return (topic[0].replace("{Y}", str(year)).replace("{Y1}", str(year + 1)).replace("{T}", str(tet))
            .replace("{N}", str(school)).replace("{N1}", str(school + 1)).replace("{S}", scope))


def _still_current(cited: Doc, doc: Doc) -> bool:
    """A subject is carried down only while it is current: a plan for 2023
    is not implemented in 2025."""
    topic = cited.topic
    if not topic[3] <= doc.year <= topic[4] + 1:
        return False
    dated = "{Y}" in topic[0] or "{T}" in topic[0] or "{N}" in topic[0]
    return cited.topic_year[0] >= doc.year - (0 if dated and date.fromordinal(doc.ordinal).month > 3 else 1)


def _new_topic(doc: Doc, rng: random.Random):
    year = doc.year
    sectors = GROUP_SECTORS.get(doc.issuer.group)
    if doc.issuer.group == "so" or doc.issuer.group == "ban_tu":
        sectors = f"{doc.issuer.sector} gen" if doc.issuer.group == "so" else f"{doc.issuer.sector} party"
    fitting = [t for t in TOPICS if t[3] <= year <= t[4] and (sectors is None or any(s in sectors.split()
                                                                                        for s in t[2].split()))]
    if doc.issuer.group == "so":
        own = [t for t in fitting if doc.issuer.sector in t[2].split()]
        if own and rng.random() < 0.75:
            fitting = own
    return rng.choice(fitting or TOPICS)


_HEAD_TITLE = {"ubnd_tinh": "Chủ tịch UBND tỉnh", "ubnd_huyen": "Chủ tịch UBND huyện", "ubnd_xa": "Chủ tịch UBND xã",
               "so": "Giám đốc Sở", "hdnd": "Thường trực HĐND tỉnh", "tinh_uy": "Ban Thường vụ Tỉnh ủy",
               "ban_tu": "Lãnh đạo Ban", "duk": "Ban Thường vụ Đảng ủy Khối", "huyen_uy": "Thường trực Huyện ủy",
               "dang_uy_xa": "Ban Thường vụ Đảng ủy"}


def _titles(doc: Doc, rng: random.Random, title_cite: str | None) -> tuple[str, str, str]:
    """(trích yếu as printed, as the parser should give it, what citers say it is about)."""
    np, vp, t, g = doc.np, doc.vp, doc.type, doc.issuer.group
    core = vp
    if title_cite:
        core = f"{rng.choice(['triển khai thực hiện', 'thực hiện', 'tuyên truyền', 'quán triệt, triển khai'])} {title_cite}"
    if t in ("KH", "HD", "CTr"):
        title = core
        if t == "CTr" and rng.random() < 0.4:
            title = f"hành động {core}" if title_cite else f"công tác {np}"
    elif t == "CV":
        title = core
    elif t == "QĐ" and doc.qp:
        title = f"Ban hành Quy định về {np}"
    elif t == "QĐ":
        title = rng.choice([f"Về việc ban hành Kế hoạch {core}", f"Về việc thành lập Ban Chỉ đạo {np}",
                            f"Về việc kiện toàn Ban Chỉ đạo {np}", f"Về việc phê duyệt Kế hoạch {core}",
                            f"Về việc giao nhiệm vụ {core}"])
    elif t == "CT":
        if doc.issuer.party and rng.random() < 0.5:
            title = f"về tăng cường sự lãnh đạo của Đảng đối với {np}"
        else:
            title = f"Về {vp}" if not vp.startswith("thực hiện") else f"Về việc {vp}"
    elif t == "TB":
        where = rng.choice(["tại buổi làm việc", "tại cuộc họp", "tại hội nghị"])
        title = f"Kết luận của {_HEAD_TITLE[g]} {where} về {np}"
    elif t == "BC":
        title = rng.choice([f"Kết quả {core}", f"Tình hình, kết quả {core}",
                            f"Sơ kết 6 tháng đầu năm {doc.year} {core}", f"Tổng kết {core}"])
    elif t == "TTr":
        title = rng.choice([f"Về việc đề nghị phê duyệt Kế hoạch {core}", f"Đề nghị ban hành Kế hoạch {core}"])
        if g == "ubnd_tinh":
            title = f"Đề nghị ban hành Nghị quyết về {np}"
    else:  # NQ
        if g == "hdnd":
            title = rng.choice([f"Quy định một số nội dung, mức chi thực hiện {np}", f"Về việc thông qua Kế hoạch {vp}",
                                f"Về nhiệm vụ {vp}"])
        elif g == "dang_uy_xa" and rng.random() < 0.5:
            title = f"về lãnh đạo thực hiện nhiệm vụ chính trị năm {doc.year}"
        else:
            title = f"về {core}" if not core.startswith("về") else core
    title = title.replace("  ", " ")
    printed = title
    if (doc.issuer.party and t != "CV" and rng.random() < 0.6) or (t == "CV" and not doc.issuer.party
                                                                    and rng.random() < 0.5):
        printed = _low(title) if not title.startswith("Về việc") else title
    else:
        printed = _cap(title)
    value = _cap(title)
    plain = title if not title_cite else title.replace(core, vp)
    stripped = plain
    for prefix in ("Về việc ", "về việc "):
        if stripped.startswith(prefix):
            return printed, value, "về việc " + _low(stripped[len(prefix):])
    for prefix in ("Về ", "về "):
        if stripped.startswith(prefix):
            return printed, value, "về " + _low(stripped[len(prefix):])
    return printed, value, rng.choice(["về ", "về ", "về việc "]) + _low(stripped)


# ---------------------------------------------------------------------------
# Addressees, units, nơi nhận.
# ---------------------------------------------------------------------------

_RECIPIENTS = {
    "ubnd_tinh": ["Các sở, ban, ngành tỉnh", "{LOWER}", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Báo Lạng Sơn",
                  "Đài Phát thanh và Truyền hình tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Sở Nội vụ", "Sở Tài chính",
                  "Sở Y tế", "Sở Giáo dục và Đào tạo"],
    "so": ["Báo Lạng Sơn", "Đài Phát thanh và Truyền hình tỉnh", "{LOWER}", "Các đơn vị trực thuộc Sở",
           "Các sở, ban, ngành tỉnh", "Phòng Văn hóa và Thông tin các huyện, thành phố",
           "Văn phòng đại diện, phóng viên thường trú tại Lạng Sơn"],
    "hdnd": ["Ủy ban nhân dân tỉnh", "Các Ban của HĐND tỉnh", "Các Tổ đại biểu HĐND tỉnh",
             "Thường trực HĐND các huyện, thành phố"],
    "ubnd_huyen": ["Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn", "Phòng Nội vụ",
                   "Phòng Tài chính - Kế hoạch", "Phòng Văn hóa và Thông tin",
                   "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "Công an huyện"],
    "ubnd_xa": ["Các thôn trên địa bàn xã", "Công chức chuyên môn UBND xã", "Trạm Y tế xã",
                "Các trường học trên địa bàn xã", "Công an xã", "Ban Chỉ huy Quân sự xã"],
    "tinh_uy": ["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn",
                "Các sở, ban, ngành, đoàn thể tỉnh"],
    "ban_tu": ["Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc", "Các cơ quan báo chí của tỉnh",
               "Các sở, ban, ngành, đoàn thể tỉnh"],
    "duk": ["Các chi bộ, đảng ủy cơ sở", "Đoàn Khối, Hội Cựu chiến binh Khối, Công đoàn Viên chức tỉnh"],
    "huyen_uy": ["Các chi bộ, đảng bộ cơ sở", "Các ban xây dựng Đảng Huyện ủy", "Đảng đoàn HĐND huyện",
                 "Ban cán sự đảng UBND huyện", "Ủy ban MTTQ và các đoàn thể huyện"],
    "dang_uy_xa": ["Các chi bộ trực thuộc", "MTTQ và các đoàn thể xã", "UBND xã"],
}
_SECTOR_RECIPIENTS = {
    "y_te": ["Trung tâm Y tế các huyện, thành phố", "Các bệnh viện trên địa bàn tỉnh"],
    "giao_duc": ["Phòng Giáo dục và Đào tạo các huyện, thành phố", "Các trường trung học phổ thông"],
    "noi_vu": ["Phòng Nội vụ các huyện, thành phố"], "tai_chinh": ["Phòng Tài chính - Kế hoạch các huyện, thành phố"],
}
_UNITS = {
    "ubnd_tinh": ["Sở Nội vụ", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch", "Văn phòng UBND tỉnh",
                  "Thanh tra tỉnh", "Công an tỉnh", "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh",
                  "Các sở, ban, ngành tỉnh", "{LOWER}",
                  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"],
    "hdnd": ["Ủy ban nhân dân tỉnh", "Các Ban của Hội đồng nhân dân tỉnh", "Các Tổ đại biểu Hội đồng nhân dân tỉnh"],
    "so": ["Các phòng chuyên môn thuộc Sở", "Văn phòng Sở", "Các đơn vị sự nghiệp trực thuộc Sở", "Đề nghị {LOWER}",
           "Đề nghị các sở, ban, ngành tỉnh"],
    "ubnd_huyen": ["Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch",
                   "Văn phòng HĐND và UBND huyện", "Trung tâm Văn hóa, Thể thao và Truyền thông", "Công an huyện",
                   "UBND các xã, thị trấn", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể"],
    "ubnd_xa": ["Công chức Văn hóa - Xã hội", "Công chức Văn phòng - Thống kê", "Công an xã",
                "Ban Chỉ huy Quân sự xã", "Trưởng các thôn", "Trạm Y tế xã", "Các trường học trên địa bàn xã",
                "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã"],
    "tinh_uy": ["Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "{BTG}", "Ban Tổ chức Tỉnh ủy",
                "Ủy ban Kiểm tra Tỉnh ủy", "Văn phòng Tỉnh ủy", "Ban cán sự đảng UBND tỉnh", "Đảng đoàn HĐND tỉnh",
                "Đảng đoàn Ủy ban MTTQ tỉnh"],
    "ban_tu": ["Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc", "Các cơ quan báo chí của tỉnh",
               "Các phòng chuyên môn của Ban"],
    "duk": ["Các chi bộ, đảng bộ cơ sở trực thuộc", "Đoàn Khối, Hội Cựu chiến binh Khối, Công đoàn Viên chức tỉnh",
            "Các cơ quan tham mưu, giúp việc Đảng ủy Khối"],
    "huyen_uy": ["Các chi bộ, đảng bộ cơ sở", "Ban Tuyên giáo Huyện ủy", "Ban Tổ chức Huyện ủy",
                 "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy", "Ban cán sự đảng UBND huyện",
                 "Ủy ban MTTQ và các đoàn thể huyện"],
    "dang_uy_xa": ["Các chi bộ trực thuộc", "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội xã",
                   "Văn hóa – Thông tin và Truyền thông xã", "Văn phòng Đảng ủy", "Ủy ban nhân dân xã"],
}
_NOI_NHAN = {
    "ubnd_tinh": ["Văn phòng Chính phủ (b/c);", "Bộ Nội vụ;", "Thường trực Tỉnh ủy;", "Thường trực HĐND tỉnh;",
                  "Chủ tịch, các PCT UBND tỉnh;", "Ủy ban MTTQ Việt Nam tỉnh;", "Các sở, ban, ngành tỉnh;",
                  "{LOWER};", "Các cơ quan TW trên địa bàn tỉnh;", "C, PCVP UBND tỉnh, các phòng CM, đơn vị;"],
    "so": ["UBND tỉnh (b/c);", "Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;", "{LOWER};",
           "Trung tâm Công nghệ số (đăng tải);", "Văn phòng Sở;"],
    "hdnd": ["Ủy ban Thường vụ Quốc hội;", "Chính phủ;", "Thường trực Tỉnh ủy;", "UBND tỉnh;", "Đoàn ĐBQH tỉnh;",
             "Các Ban HĐND tỉnh;", "Đại biểu HĐND tỉnh;", "Các sở, ban, ngành tỉnh;",
             "Văn phòng Đoàn ĐBQH và HĐND tỉnh;"],
    "ubnd_huyen": ["UBND tỉnh (b/c);", "Sở Nội vụ;", "TT Huyện ủy;", "TT HĐND huyện;", "CT, các PCT UBND huyện;",
                   "Các cơ quan, đơn vị thuộc UBND huyện;", "UBND các xã, thị trấn;", "CVP, PCVP;"],
    "ubnd_xa": ["{UP} (b/c);", "TT Đảng ủy xã;", "TT HĐND xã;", "CT, PCT UBND xã;", "Các ban, ngành, đoàn thể xã;",
                "Trưởng các thôn;", "Công chức chuyên môn;"],
    "tinh_uy": ["Ban Bí thư Trung ương Đảng (b/c),", "Văn phòng Trung ương Đảng (b/c),", "Các đồng chí Tỉnh ủy viên,",
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc,", "Các ban đảng, ban cán sự đảng, đảng đoàn,",
                "Các sở, ban, ngành, đoàn thể tỉnh,"],
    "ban_tu": ["Thường trực Tỉnh ủy (b/c),", "Lãnh đạo Ban,", "Các huyện ủy, thành ủy, đảng ủy trực thuộc,",
               "Các phòng chuyên môn,"],
    "duk": ["Ban Thường vụ Tỉnh ủy (b/c),", "Thường trực ĐUK,", "Các chi bộ, đảng bộ cơ sở,", "Các CQ TMGV ĐUK,"],
    "huyen_uy": ["Ban Thường vụ Tỉnh ủy (b/c),", "Ban Tuyên giáo Tỉnh ủy,", "Các đồng chí Huyện ủy viên,",
                 "Các chi bộ, đảng bộ cơ sở,", "Các ban xây dựng Đảng Huyện ủy,", "Văn phòng Huyện ủy,"],
    "dang_uy_xa": ["{UP_PARTY} (b/c),", "Thường trực Đảng ủy,", "Thường trực HĐND,", "UBND xã,",
                   "MTTQ và các tổ chức CT-XH xã,", "Các chi bộ trực thuộc,", "Văn hóa – Thông tin xã,"],
}
_COORD = {"ubnd_tinh": "Sở Nội vụ", "so": "Văn phòng Sở", "hdnd": "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
          "ubnd_huyen": "Phòng Nội vụ", "ubnd_xa": "Văn phòng UBND xã", "tinh_uy": "Văn phòng Tỉnh ủy",
          "ban_tu": "Văn phòng Ban", "duk": "Văn phòng Đảng ủy Khối", "huyen_uy": "Văn phòng Huyện ủy",
          "dang_uy_xa": "Văn phòng Đảng ủy"}
_XA = re.compile(r"\bxã\b(?! hội)")
_HUYEN = re.compile(r"\bhuyện\b")


def _localise(text: str, iss: Issuer, ordinal: int) -> str:
    lower = "UBND các huyện, thành phố" if ordinal < _REFORM_ORD else "UBND các xã, phường"
    btg = "Ban Tuyên giáo Tỉnh ủy" if ordinal < _MERGE_ORD else "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    if "{" in text:
        up = f"UBND huyện {iss.district}" if iss.district and ordinal < _REFORM_ORD else "UBND tỉnh"
        up_party = ("Ban Thường vụ Huyện ủy" if ordinal < _REFORM_ORD else "Ban Thường vụ Tỉnh ủy")
        text = (text.replace("{LOWER}", lower).replace("{BTG}", btg).replace("{UP}", up)
                .replace("{UP_PARTY}", up_party))
    if ordinal >= _REFORM_ORD:
        text = text.replace("các huyện, thành phố", "các xã, phường")
    if iss.commune and not iss.scope.startswith("xã"):
        text = _XA.sub(iss.scope[:-len(iss.commune) - 1], text)
    if iss.district and iss.scope.startswith("thành phố"):
        text = _HUYEN.sub("thành phố", text).replace("Huyện ủy", "Thành ủy").replace("xã, thị trấn", "xã, phường")
    return text


# ---------------------------------------------------------------------------
# Formulas of administrative writing (structure, not prose).
# ---------------------------------------------------------------------------

CITE_SENTENCES = [
    "Tiếp tục quán triệt, triển khai thực hiện có hiệu quả {C}.",
    "Tổ chức tuyên truyền sâu rộng nội dung {C} đến cán bộ, đảng viên và các tầng lớp Nhân dân.",
    "Thực hiện nghiêm túc các nhiệm vụ, giải pháp đề ra tại {C}.",
    "Các nội dung triển khai phải bám sát {C} và tình hình thực tế của cơ quan, đơn vị, địa phương.",
    "Gắn việc thực hiện {THIS} với việc triển khai {C}.",
    "Lồng ghép việc thực hiện các nội dung nêu trên với triển khai {C}.",
]
TOPIC_SENTENCES = [
    "Tổ chức quán triệt, triển khai đầy đủ các nội dung về {NP} đến cán bộ, công chức, viên chức và người lao động.",
    "Đề cao trách nhiệm của người đứng đầu cơ quan, đơn vị trong lãnh đạo, chỉ đạo {VP}.",
    "Kịp thời tổng hợp khó khăn, vướng mắc trong quá trình {VP}, báo cáo {SUP} xem xét, chỉ đạo.",
    "Bảo đảm kinh phí, điều kiện cần thiết để {VP} đạt hiệu quả.",
    "Định kỳ sơ kết, đánh giá kết quả {VP}; biểu dương, khen thưởng các tập thể, cá nhân có thành tích tiêu biểu.",
]
ORG_PREDICATES = [
    "chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, đôn đốc việc triển khai thực hiện {THIS}; tổng hợp, báo cáo {SUP} kết quả thực hiện theo quy định.",
    "căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện có hiệu quả các nội dung của {THIS}.",
    "tăng cường công tác thông tin, tuyên truyền về {NP}; kịp thời phản ánh những mô hình hay, cách làm hiệu quả.",
    "tham mưu bố trí kinh phí thực hiện {THIS} theo quy định của pháp luật về ngân sách nhà nước.",
    "phối hợp chặt chẽ với các cơ quan, đơn vị liên quan trong quá trình triển khai thực hiện; định kỳ báo cáo kết quả về {COORD} để tổng hợp.",
]
FOOTNOTE_SENTENCE = "Quán triệt, thực hiện nghiêm các văn bản chỉ đạo của Trung ương{m} về {NP}."
GENERIC_HEADINGS = [
    "Công tác lãnh đạo, chỉ đạo", "Công tác tuyên truyền, quán triệt", "Công tác kiểm tra, giám sát",
    "Công tác phối hợp", "Công tác thi đua, khen thưởng", "Chế độ thông tin, báo cáo", "Kinh phí thực hiện",
    "Nâng cao chất lượng đội ngũ cán bộ, công chức", "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số",
    "Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể", "Giải quyết kiến nghị, phản ánh của Nhân dân",
]
LIMITS = [
    "Việc triển khai ở một số cơ quan, đơn vị còn chậm, chưa thường xuyên; chất lượng báo cáo chưa cao.",
    "Công tác phối hợp giữa các cơ quan, đơn vị có lúc chưa chặt chẽ, hiệu quả chưa cao.",
    "Nguyên nhân chủ yếu là do một số cấp ủy, chính quyền chưa quan tâm đúng mức; đội ngũ cán bộ làm công tác chuyên môn còn kiêm nhiệm, thiếu kinh nghiệm.",
    "Kinh phí bảo đảm cho hoạt động còn hạn chế; cơ sở vật chất, trang thiết bị phục vụ công tác tuyên truyền ở cơ sở còn thiếu.",
]
STATS = [
    "Đã tổ chức {a} hội nghị quán triệt, triển khai với {b} lượt cán bộ, đảng viên tham dự.",
    "Đăng tải {a} tin, bài trên trang thông tin điện tử; phát {b} lượt tin trên hệ thống truyền thanh cơ sở.",
    "Tổ chức {a} cuộc kiểm tra, giám sát tại {c} cơ quan, đơn vị.",
    "Có {c}/{d} cơ quan, đơn vị đã xây dựng kế hoạch triển khai thực hiện, đạt {p}%.",
]


# ---------------------------------------------------------------------------
# Writing one document.
# ---------------------------------------------------------------------------

class Writer:
    def __init__(self, doc: Doc, rng: random.Random, bk: Bank, lead: list, queue: list, footnote: list,
                 target: int):
        self.doc, self.rng, self.bank = doc, rng, bk
        self.iss = doc.issuer
        self.lead_cites = lead
        self.queue = queue
        self.footnote = footnote
        self.target = target
        self.order: list = []
        self.blocks: list[tuple[str, str]] = []
        self.size = 0
        self.used: set = set()
        self.body_start = 0
        self.submission: Doc | None = None
        self.upward = False  # a công văn to a higher body
        self.party = self.iss.party
        self.comma = rng.random() < (0.85 if self.party else 0.2)
        self.roman_sep = rng.choice([". ", "- "]) if self.party else ". "
        districts = DISTRICT_NAMES[:]
        rng.shuffle(districts)
        self.districts = districts
        self.this = {"KH": "Kế hoạch này", "HD": "Hướng dẫn này", "CTr": "Chương trình này", "CT": "Chỉ thị này",
                     "NQ": "Nghị quyết này", "QĐ": "Quyết định này"}.get(doc.type, "văn bản này")
        g = self.iss.group
        self.self_subject = self.iss.self_name
        self.sup = self.iss.self_name
        self.coord = _localise(_COORD[g], self.iss, doc.ordinal)

    # -- citations --------------------------------------------------------
    def cite(self, x, full: bool = True, about: bool = True) -> str:
        rng = self.rng
        if x not in self.order:
            self.order.append(x)
        if isinstance(x, National):
            type_name, so, d = x.type_name, x.so_ky_hieu, date.fromordinal(x.ordinal)
            issuer, subject = x.issuer_name, x.subject
        else:
            type_name, so, d = TYPES[x.type], x.so_ky_hieu, date.fromordinal(x.ordinal)
            issuer, subject = self.issuer_as_cited(x), x.about
        so_word = " số" if rng.random() < 0.95 else ""
        if type_name == "Luật" and "/" in so:
            text = f"Luật {subject[:1].upper() + subject[1:]} số {so}"
            if full:
                text += f" ngày {d.day:02d}/{d.month:02d}/{d.year}"
            return text
        text = f"{type_name}{so_word} {so}"
        if full:
            text += f"{', ' if self.comma else ' '}ngày {_dmy(d, rng)} của {issuer}"
        if about and full:
            text += " " + (subject if not isinstance(x, National) else f"về {subject}")
        return text

    def issuer_as_cited(self, cited: Doc) -> str:
        rng, c, me = self.rng, cited.issuer, self.iss
        g = c.group
        if g == "ubnd_tinh":
            if cited.type in ("QĐ", "CT") and not cited.qp and rng.random() < 0.4:
                return rng.choice(["Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"])
            return rng.choice(["UBND tỉnh", "UBND tỉnh", "Ủy ban nhân dân tỉnh", f"UBND tỉnh {PROVINCE}"])
        if g == "hdnd":
            return rng.choice(["HĐND tỉnh", "Hội đồng nhân dân tỉnh"]) if cited.type == "NQ" else "Thường trực HĐND tỉnh"
        if g in ("so", "ban_tu"):
            return c.name
        if g == "tinh_uy":
            if cited.type in ("NQ", "CTr") and rng.random() < 0.5:
                return "Ban Chấp hành Đảng bộ tỉnh"
            if cited.type in ("TB", "CV") and rng.random() < 0.3:
                return "Thường trực Tỉnh ủy"
            return rng.choice(["Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy",
                               f"Ban Thường vụ Tỉnh ủy {PROVINCE}"])
        if g == "duk":
            return rng.choice([c.self_name, c.name])
        local_word = c.scope[:-len((c.commune or c.district)) - 1]
        if g == "ubnd_huyen":
            if me.district == c.district and rng.random() < 0.7:
                return rng.choice([f"UBND {local_word}", f"Ủy ban nhân dân {local_word}"])
            return f"UBND {c.scope}"
        if g == "huyen_uy":
            word = "Thành ủy" if c.code == "ThU" else "Huyện ủy"
            if me.district == c.district and rng.random() < 0.7:
                return rng.choice([f"Ban Thường vụ {word}", word, f"Ban thường vụ {word}"])
            return f"Ban Thường vụ {c.name}"
        if g == "ubnd_xa":
            return f"UBND {local_word}" if me.commune == c.commune else f"UBND {c.scope}"
        # dang_uy_xa
        if me.commune == c.commune:
            if cited.type == "NQ" and rng.random() < 0.5:
                return f"Ban Chấp hành Đảng bộ {local_word}"
            return rng.choice(["Ban Thường vụ Đảng ủy", f"Đảng ủy {local_word}"])
        return f"Đảng ủy {c.scope}"

    def next_cite(self) -> str | None:
        if self.queue:
            x = self.queue.pop(0)
            return self.cite(x, True, self.rng.random() < 0.6)
        placed = [x for x in self.order if x not in self.footnote]
        if placed and self.rng.random() < 0.5:
            return self.cite(self.rng.choice(placed), self.rng.random() < 0.5, False)
        return None

    # -- text -------------------------------------------------------------
    def fill(self, text: str) -> str | None:
        if "{" not in text:
            return text
        doc = self.doc
        if "{C}" in text:
            saved = (self.queue[:], self.order[:])
            parts = text.split("{C}")
            out = [parts[0]]
            for part in parts[1:]:
                c = self.next_cite()
                if c is None:
                    self.queue, self.order = saved  # the citations rendered so far are not used
                    return None
                out.append(c)
                out.append(part)
            text = "".join(out)
        text = (text.replace("{Y}", str(doc.year)).replace("{THIS}", self.this).replace("{SELF}", self.self_subject)
                .replace("{NP}", doc.np).replace("{VP}", doc.vp).replace("{SUP}", self.sup)
                .replace("{COORD}", self.coord))
        if "{D" in text:
            for i in range(4):
                text = text.replace("{D%d}" % i, self.districts[i])
        return text

    def sentence(self, tag: str) -> str:
        """One sentence: a citation formula, a formula on the subject, a
        recombination of clauses, or a sentence of the bank."""
        rng, bk, year = self.rng, self.bank, self.doc.year
        if self.queue and rng.random() < 0.18:
            s = self.fill(rng.choice(CITE_SENTENCES))
            if s:
                return s
        if rng.random() < 0.08:
            s = rng.choice(TOPIC_SENTENCES)
            if s not in self.used:
                self.used.add(s)
                return self.fill(s)
        if rng.random() < 0.22 and bk.clauses:
            for _ in range(3):
                clauses = [rng.choice(bk.clauses) for _ in range(rng.choice((2, 2, 3)))]
                text = "; ".join([_cap(clauses[0])] + [_low(c) for c in clauses[1:]]) + "."
                if not _anachronism(text.replace("{Y}", str(year)), year):
                    return self.fill(text) or text
        pool = bk.sentences.get(tag) or bk.sentences["content"]
        if len(pool) < 8:
            pool = pool + bk.sentences["content"]
        for _ in range(5):
            s = rng.choice(pool)
            if (s in self.used and rng.random() < 0.8) or _anachronism(s.replace("{Y}", str(year)), year):
                continue
            filled = self.fill(s)
            if filled:
                self.used.add(s)
                return filled
        return self.fill(rng.choice(TOPIC_SENTENCES))

    def add(self, kind: str, text: str) -> None:
        self.blocks.append((kind, text))
        self.size += _utf8_len(text) + 2

    def para(self, tag: str, lo: int = 1, hi: int = 3) -> None:
        self.add("p", " ".join(self.sentence(tag) for _ in range(self.rng.randint(lo, hi))))

    def items(self, tag: str, lo: int = 2, hi: int = 4) -> None:
        rng = self.rng
        for _ in range(rng.randint(lo, hi)):
            item = rng.choice(self.bank.items) if self.bank.items else None
            if item is not None and item not in self.used and rng.random() < 0.5:
                self.used.add(item)
                s = self.fill(item) or self.sentence(tag)
            else:
                s = self.sentence(tag)
            self.add("p", "- " + s)

    def heading(self, text: str) -> None:
        self.add("h", text)

    def content_heading(self) -> str:
        rng = self.rng
        if rng.random() < 0.45 and self.bank.headings:
            return self.fill(rng.choice(self.bank.headings)) or _cap(self.doc.vp)
        if rng.random() < 0.35:
            verb = rng.choice(["Tuyên truyền", "Tăng cường", "Triển khai", "Đẩy mạnh", "Nâng cao hiệu quả",
                               "Kiểm tra, giám sát"])
            return f"{verb} {self.doc.np}" if not self.doc.np.startswith(verb.lower()) else _cap(self.doc.np)
        return rng.choice(GENERIC_HEADINGS)

    def lead(self, verb: str) -> None:
        """"Thực hiện <citations>, <issuer> <verb>:" — the opening."""
        rng = self.rng
        if self.lead_cites:
            cites = [self.cite(x, True, i == 0 or rng.random() < 0.4) for i, x in enumerate(self.lead_cites)]
            opener = rng.choice(["Thực hiện", "Thực hiện", "Thực hiện", "Căn cứ", "Triển khai"])
            self.add("p", f"{opener} {'; '.join(cites)}, {self.self_subject} {verb}:")
        else:
            opener = rng.choice([f"Để {self.doc.vp} đạt hiệu quả", "Căn cứ chức năng, nhiệm vụ được giao",
                                 f"Nhằm {self.doc.vp}", "Căn cứ tình hình thực tế"])
            self.add("p", f"{opener}, {self.self_subject} {verb}:")
        self.body_start = len(self.blocks)

    def rest(self, tag: str, share: float) -> bool:
        return self.size < self.target * share

    def numbered_content(self, share: float, tag: str = "content", min_items: int = 1, max_items: int = 12) -> None:
        n = 0
        while n < min_items or (self.rest(tag, share) and n < max_items):
            n += 1
            self.heading(f"{n}. {self.content_heading()}")
            self.para(tag, 1, 3)
            r = self.rng.random()
            if r < 0.3:
                self.items(tag)
            elif r < 0.65 and self.rest(tag, share):
                self.para(tag, 1, 3)

    def org_section(self, share: float, min_items: int = 2) -> None:
        rng = self.rng
        units = [_localise(u, self.iss, self.doc.ordinal) for u in _UNITS[self.iss.group]]
        rng.shuffle(units)
        n = 0
        for unit in units:
            if n >= min_items and not self.rest("org", share):
                break
            n += 1
            predicate = self.fill(rng.choice(ORG_PREDICATES))
            if rng.random() < 0.5:
                self.add("p", f"{n}. {unit} {predicate}")
            else:
                self.heading(f"{n}. {unit}")
                s = self.sentence("org")
                self.add("p", f"{_cap(predicate)} {s}" if rng.random() < 0.5 else s)
                if rng.random() < 0.3:
                    self.items("org", 1, 3)

    def place_rest(self) -> None:
        """Every citation not yet placed goes into some paragraph."""
        while self.queue:
            s = self.fill(self.rng.choice(CITE_SENTENCES))
            if not s:
                break
            body = [i for i, (k, t) in enumerate(self.blocks) if k == "p" and i >= self.body_start
                    and not t.startswith(("Căn cứ", "- Căn cứ", "Xét", "Điều", "Nghị quyết này"))]
            if not body:
                self.add("p", s)
                continue
            i = self.rng.choice(body[1:] or body)
            kind, text = self.blocks[i]
            if text.startswith("- ") or text.endswith(":"):
                self.blocks.insert(i + 1, ("p", s))
            else:
                self.blocks[i] = (kind, f"{text} {s}")
            self.size += _utf8_len(s) + 1


_YEAR = re.compile(r"(?<![-–/\d] )(?<!đến năm )\b(20\d\d)\b")


def _anachronism(text: str, year: int) -> bool:
    """A year after the document's own, other than the end of a period
    ("giai đoạn 2023 - 2030") or a horizon ("đến năm 2030")."""
    return any(int(y) > year for y in _YEAR.findall(text))


def _roman(w: Writer, i: int, title: str) -> None:
    w.heading(f"{_ROMANS[i]}{w.roman_sep}{title}")


def _body(w: Writer) -> None:
    """The body by type, grown to the target size."""
    doc, rng, t = w.doc, w.rng, w.doc.type
    g = w.iss.group
    if t in ("KH", "HD", "CTr"):
        verb = {"KH": rng.choice([f"ban hành Kế hoạch {doc.vp} như sau", "xây dựng Kế hoạch thực hiện như sau",
                                  f"xây dựng kế hoạch {doc.vp} như sau"]),
                "HD": f"hướng dẫn {doc.vp} như sau",
                "CTr": f"xây dựng Chương trình {doc.vp} như sau"}[t]
        w.lead(verb)
        sections = {"KH": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"],
                    "HD": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN", "TỔ CHỨC THỰC HIỆN"],
                    "CTr": ["MỤC TIÊU, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]}[t][:]
        if t == "KH" and "tuyên truyền" in doc.vp and rng.random() < 0.6:
            sections[1] = "NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM"
            sections.insert(2, "HÌNH THỨC TUYÊN TRUYỀN")
        for i, name in enumerate(sections):
            _roman(w, i, name)
            if name.startswith("MỤC"):
                w.heading("1. Mục đích" if "TIÊU" not in name else "1. Mục tiêu")
                w.para("purpose", 1, 3)
                if w.rest("purpose", 0.2):
                    w.para("purpose", 1, 2)
                w.heading("2. Yêu cầu")
                w.para("purpose", 1, 3)
            elif name.startswith(("NỘI DUNG", "NHIỆM VỤ")):
                w.numbered_content(0.72, min_items=2)
            elif name.startswith("HÌNH THỨC"):
                w.para("form", 1, 2)
                if rng.random() < 0.5:
                    w.items("form", 2, 3)
            else:
                w.org_section(0.97)
        w.place_rest()
        w.add("p", rng.choice([
            f"Trên đây là {w.this.replace(' này', '')} {doc.vp} của {w.self_subject}; đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            f"Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {w.coord} để tổng hợp, báo cáo {w.sup} xem xét, giải quyết./.",
            f"Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện; báo cáo kết quả về {w.sup} (qua {w.coord}) trước ngày {_deadline(doc, rng)} để tổng hợp./."]))
    elif t == "CV":
        addressee = rng.choice(["các cơ quan, đơn vị", "các đồng chí", "Quý cơ quan, đơn vị", "các địa phương"]) \
            if not w.party else rng.choice(["các chi bộ, đảng bộ cơ sở", "các cấp ủy", ""])
        if w.upward:
            w.lead(rng.choice(["báo cáo, đề xuất một số nội dung như sau", "kính báo cáo như sau"]))
        else:
            w.lead(f"đề nghị {addressee}".rstrip() if addressee else "đề nghị")
        n = 0
        while n < 1 or (w.rest("content", 0.85) and n < 8):
            n += 1
            if rng.random() < 0.55:
                w.heading(f"{n}. {w.content_heading()}")
                w.para("content", 1, 3)
                if rng.random() < 0.35:
                    w.items("content", 2, 3)
            else:
                w.add("p", f"{n}. {w.sentence('content')}")
                if rng.random() < 0.4:
                    w.items("content", 1, 3)
        w.place_rest()
        if w.order and not w.upward and rng.random() < 0.2:
            attached = [x for x in w.order if isinstance(x, Doc)][:3]
            if attached:
                w.add("p", "; ".join(w.cite(x, True, False) for x in attached) +
                      " gửi kèm theo qua VNPT-iOffice và đăng tải trên trang Thông tin điện tử của "
                      f"{w.iss.name if w.iss.group == 'so' else w.self_subject}.")
        if w.upward:
            w.add("p", f"{w.self_subject} kính báo cáo{rng.choice(['', ' để xem xét, chỉ đạo'])}./.")
        else:
            w.add("p", rng.choice([
                "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
                f"{w.self_subject} đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
                f"Đề nghị Quý cơ quan, đơn vị tổ chức thực hiện nội dung nêu trên và báo cáo kết quả về {w.self_subject} khi có yêu cầu./."]))
    elif t == "CT":
        w.para("content", 2, 3)
        w.para("purpose", 1, 3)
        who = "các cấp ủy, tổ chức đảng" if w.party else "các cơ quan, đơn vị, địa phương"
        w.add("p", f"Để {doc.vp} trong thời gian tới, {w.self_subject} yêu cầu {who} tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:")
        w.numbered_content(0.9, min_items=3)
        w.place_rest()
        w.add("p", "Chỉ thị này được phổ biến đến chi bộ và đảng viên./." if w.party else
              "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc thực hiện Chỉ thị này./.")
    elif t == "TB":
        d = date.fromordinal(doc.ordinal - rng.randint(1, 6))
        chair = _HEAD_TITLE[g]
        w.add("p", f"Ngày {_dmy(d, rng)}, {chair} chủ trì {rng.choice(['buổi làm việc', 'cuộc họp', 'hội nghị'])} về {doc.np}. "
                   f"Tham dự có đại diện lãnh đạo các cơ quan, đơn vị liên quan.")
        w.add("p", f"Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, {chair} kết luận như sau:")
        w.heading("1. Đánh giá chung")
        w.para("content", 2, 3)
        w.heading("2. Nhiệm vụ trong thời gian tới")
        w.items("content", 2, 4)
        while w.rest("content", 0.9):
            w.items("org", 1, 3)
        w.place_rest()
        w.add("p", f"{w.self_subject} thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    elif t == "BC":
        w.lead(f"báo cáo kết quả {doc.vp} như sau")
        _roman(w, 0, "KẾT QUẢ THỰC HIỆN")
        w.heading("1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện")
        w.add("p", " ".join([w.sentence("content"), _stat(rng), _stat(rng)]))
        n = 1
        while w.rest("content", 0.6) and n < 10:
            n += 1
            w.heading(f"{n}. {w.content_heading()}")
            w.add("p", f"{w.sentence('content')} {_stat(rng)}")
            if rng.random() < 0.4:
                w.para("content", 1, 2)
        _roman(w, 1, "ĐÁNH GIÁ CHUNG")
        w.heading("1. Ưu điểm")
        w.para("purpose", 1, 3)
        w.heading("2. Tồn tại, hạn chế và nguyên nhân")
        w.add("p", " ".join(rng.sample(LIMITS, 2)))
        _roman(w, 2, "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
        w.items("content", 2, 4)
        while w.rest("content", 0.92):
            w.items("content", 1, 3)
        _roman(w, 3, "ĐỀ XUẤT, KIẾN NGHỊ")
        w.para("org", 1, 2)
        w.place_rest()
        w.add("p", f"Trên đây là báo cáo kết quả {doc.vp} của {w.self_subject}./.")
    elif t == "TTr":
        w.lead(f"kính trình xem xét, phê duyệt {doc.vp}, cụ thể như sau")
        _roman(w, 0, "SỰ CẦN THIẾT")
        w.para("content", 2, 3)
        _roman(w, 1, "MỤC ĐÍCH, YÊU CẦU")
        w.para("purpose", 1, 3)
        _roman(w, 2, "NỘI DUNG CHỦ YẾU")
        w.numbered_content(0.93, min_items=2, max_items=8)
        w.place_rest()
        w.add("p", f"{w.self_subject} kính trình xem xét, quyết định./.")
    elif t == "QĐ":
        _decision(w)
    else:
        _resolution(w)


def _member_titles(iss: Issuer) -> tuple[str, str]:
    """How the head and a deputy are named in a list of members."""
    g = iss.group
    if g.startswith("ubnd"):
        body = f"UBND {iss.scope[:-len(iss.commune or iss.district or PROVINCE) - 1]}"
        return f"Chủ tịch {body}", f"Phó Chủ tịch {body}"
    if g == "so":
        return f"Giám đốc {iss.name}", f"Phó Giám đốc {iss.name}"
    if g == "ban_tu":
        return f"Trưởng {iss.name}", f"Phó Trưởng {iss.name}"
    if g == "hdnd":
        return "Chủ tịch HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh"
    return f"Bí thư {iss.name}", f"Phó Bí thư {iss.name}"


def _deadline(doc: Doc, rng: random.Random) -> str:
    d = date.fromordinal(doc.ordinal + rng.randint(15, 75))
    return f"{d.day:02d}/{d.month}/{d.year}"


def _stat(rng: random.Random) -> str:
    d = rng.randint(12, 90)
    return rng.choice(STATS).format(a=rng.randint(2, 40), b=rng.randint(120, 9000), c=rng.randint(3, d), d=d,
                                    p=rng.randint(60, 100))


def _laws(ordinal: int) -> list[str]:
    if ordinal >= _REFORM_ORD:
        return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"]
    laws = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]
    if ordinal >= date(2020, 7, 1).toordinal():  # in force from then
        laws.append("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                    "địa phương ngày 22 tháng 11 năm 2019;")
    return laws


def _decision(w: Writer) -> None:
    doc, rng = w.doc, w.rng
    if w.party:
        w.add("p", "- Căn cứ Điều lệ Đảng;")
        w.add("p", f"- Căn cứ Quy chế làm việc của {w.iss.name} nhiệm kỳ {'2020 - 2025' if doc.year < 2026 else '2025 - 2030'};")
    else:
        for law in _laws(doc.ordinal):
            w.add("p", law)
    for x in w.lead_cites:
        w.add("p", f"{'- ' if w.party else ''}Căn cứ {w.cite(x, True, True)};")
    if w.submission is not None:
        who = f"Giám đốc {w.submission.issuer.name}" if w.submission.issuer.group == "so" else w.submission.issuer.name
        w.add("p", f"Xét đề nghị của {who} tại {w.cite(w.submission, True, False)}.")
    else:
        w.add("p", f"Xét đề nghị của {rng.choice(['Chánh Văn phòng', 'Trưởng phòng Nội vụ', 'Thủ trưởng cơ quan chuyên môn']) if not w.party else 'Văn phòng'}.")
    w.heading("QUYẾT ĐỊNH:")
    w.body_start = len(w.blocks)
    title = doc.trich_yeu
    if "Ban Chỉ đạo" in title:
        w.add("p", f"Điều 1. {'Thành lập' if 'thành lập' in title else 'Kiện toàn'} Ban Chỉ đạo {doc.np}, gồm các ông (bà) có tên sau:")
        term = _term(w.iss, doc.ordinal)
        head_title, deputy_title = _member_titles(w.iss)
        w.add("p", f"1. Ông (bà) {term['head']}, {head_title} - Trưởng Ban;")
        for i, name in enumerate(term["deputies"], 2):
            w.add("p", f"{i}. Ông (bà) {name}, {deputy_title} - Phó Trưởng Ban;")
        for i in range(len(term["deputies"]) + 2, len(term["deputies"]) + 2 + rng.randint(3, 8)):
            w.add("p", f"{i}. Ông (bà) {_name(rng)}, đại diện lãnh đạo {rng.choice(_UNITS[w.iss.group]).replace('Đề nghị ', '')} - Thành viên;")
        w.add("p", "Điều 2. Nhiệm vụ của Ban Chỉ đạo")
    elif doc.qp:
        w.add("p", f"Điều 1. Ban hành kèm theo Quyết định này Quy định về {doc.np}.")
        w.add("p", "Điều 2. Tổ chức thực hiện")
    elif "Kế hoạch" in title:
        w.add("p", f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {doc.vp}.")
        w.add("p", "Điều 2. Tổ chức thực hiện")
    else:
        w.add("p", f"Điều 1. Giao nhiệm vụ {doc.vp}, cụ thể như sau:")
        w.numbered_content(0.6, min_items=1, max_items=6)
        w.add("p", "Điều 2. Trách nhiệm thực hiện")
    w.numbered_content(0.88, tag="org", min_items=1, max_items=8)
    w.place_rest()
    if doc.qp:
        d = date.fromordinal(doc.ordinal + rng.randint(10, 20))
        w.add("p", f"Điều 3. Quyết định này có hiệu lực kể từ ngày {d.day:02d} tháng {d.month:02d} năm {d.year}.")
    else:
        w.add("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    if w.party:
        w.add("p", "Điều 4. Các cơ quan, đơn vị liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành./.")
    else:
        w.add("p", "Điều 4. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")


def _resolution(w: Writer) -> None:
    doc, rng = w.doc, w.rng
    if w.iss.group == "hdnd":
        for law in _laws(doc.ordinal):
            w.add("p", law)
        for x in w.lead_cites:
            w.add("p", f"Căn cứ {w.cite(x, True, True)};")
        sub = f"{w.cite(w.submission, True, True)}; " if w.submission is not None else ""
        ban = rng.choice(["Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Pháp chế", "Dân tộc"])
        w.add("p", f"Xét {sub}Báo cáo thẩm tra của Ban {ban} Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.")
        w.heading("QUYẾT NGHỊ:")
        w.body_start = len(w.blocks)
        w.add("p", f"Điều 1. Thông qua các nội dung {doc.vp}, cụ thể như sau:")
        w.numbered_content(0.8, min_items=2, max_items=8)
        w.add("p", "Điều 2. Tổ chức thực hiện")
        w.add("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.")
        w.add("p", "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.")
        w.place_rest()
        d = date.fromordinal(doc.ordinal)
        khoa, ky = _hdnd_term(doc.ordinal)
        w.add("p", f"Nghị quyết này đã được Hội đồng nhân dân tỉnh {PROVINCE} khóa {khoa}, kỳ họp thứ {ky} thông qua ngày {d.day:02d} tháng {d.month:02d} năm {d.year} và có hiệu lực từ ngày {'ký' if not doc.qp else '01 tháng ' + str(d.month % 12 + 1) + ' năm ' + str(d.year + (d.month == 12))}./.")
        return
    w.lead(f"thống nhất ban hành Nghị quyết {doc.vp} như sau")
    _roman(w, 0, "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN")
    w.para("content", 2, 3)
    w.add("p", " ".join(rng.sample(LIMITS, 2)))
    _roman(w, 1, "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP")
    w.heading("1. Mục tiêu")
    w.para("purpose", 1, 3)
    w.heading("2. Nhiệm vụ, giải pháp")
    while w.rest("content", 0.8):
        w.items("content", 2, 4)
    _roman(w, 2, "TỔ CHỨC THỰC HIỆN")
    w.org_section(0.97)
    w.place_rest()
    w.add("p", "Nghị quyết này được phổ biến đến chi bộ và đảng viên./.")


def _hdnd_term(ordinal: int) -> tuple[str, int]:
    start = date(2021, 6, 20).toordinal()
    if ordinal < start:
        return "XVI", 8 + (ordinal - date(2019, 1, 1).toordinal()) // 95
    return "XVII", 1 + (ordinal - start) // 95


# ---------------------------------------------------------------------------
# Header, signature, layout.
# ---------------------------------------------------------------------------

def _date_line(doc: Doc, rng: random.Random) -> str:
    d = date.fromordinal(doc.ordinal)
    place = doc.issuer.place
    style = rng.random()
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if (d.month < 3 or style < 0.12) else str(d.month)
    if doc.blank_day:
        day = " " * rng.randint(1, 6)
    if doc.blank_month:
        month = " " * rng.randint(1, 6)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


def _number_line(doc: Doc, rng: random.Random) -> str:
    so = doc.so_ky_hieu
    if doc.number is None:
        so = " " * rng.randint(0, 5) + so
    if doc.issuer.party:
        return f"Số {so}" if rng.random() < 0.85 else f"Số: {so}"
    return f"Số: {so}" if rng.random() < 0.95 else f"Số {so}"


def _gap(rng: random.Random, damaged: bool) -> str:
    if damaged and rng.random() < 0.5:
        return " "
    return "  " if rng.random() < 0.55 else " " * rng.randint(3, 24)


def _signature(doc: Doc, rng: random.Random) -> tuple[list[str], str]:
    iss, t, g = doc.issuer, doc.type, doc.issuer.group
    term = _term(iss, doc.ordinal)
    head, deputy, cvp = term["head"], rng.choice(term["deputies"]), term["cvp"]
    if g in ("ubnd_tinh", "ubnd_huyen", "ubnd_xa"):
        if t == "QĐ" and not doc.qp and rng.random() < 0.7:
            return (["CHỦ TỊCH"], head) if rng.random() < 0.3 else (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy)
        if t == "CV" and g == "ubnd_tinh" and rng.random() < 0.08:
            return ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], cvp
        if rng.random() < 0.3:
            return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], head
        return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy
    if g == "hdnd":
        if t == "NQ":
            return ["CHỦ TỊCH"], head
        return (["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy) if rng.random() < 0.6 else \
            (["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH"], head)
    if g == "so":
        return (["GIÁM ĐỐC"], head) if rng.random() < 0.35 else (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], deputy)
    if g == "ban_tu":
        return (["TRƯỞNG BAN"], head) if rng.random() < 0.35 else (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], deputy)
    body = {"tinh_uy": "TỈNH ỦY", "huyen_uy": "THÀNH ỦY" if iss.code == "ThU" else "HUYỆN ỦY",
            "dang_uy_xa": "ĐẢNG ỦY", "duk": "ĐẢNG ỦY KHỐI"}[g]
    if t == "CV" and g in ("tinh_uy", "huyen_uy") and rng.random() < 0.2:
        return ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], cvp
    first = f"T/M {body}" if (t == "NQ" or (g == "dang_uy_xa" and rng.random() < 0.5)) else "T/M BAN THƯỜNG VỤ"
    return ([first, "BÍ THƯ"], head) if rng.random() < 0.4 else ([first, "PHÓ BÍ THƯ"], deputy)


def _authority(doc: Doc, rng: random.Random) -> list[str]:
    iss = doc.issuer
    if doc.type == "QĐ":
        if iss.group in ("ubnd_tinh", "ubnd_huyen", "ubnd_xa"):
            if doc.qp:
                return [f"ỦY BAN NHÂN DÂN {iss.scope.upper()}"]
            return [f"CHỦ TỊCH ỦY BAN NHÂN DÂN {iss.scope.upper()}"]
        if iss.group == "so":
            return [f"GIÁM ĐỐC {iss.name.upper()}"]
        if iss.group == "ban_tu":
            return [iss.name.upper()]
        return [f"BAN THƯỜNG VỤ {iss.name.upper()}"]
    if doc.type == "NQ" and iss.group == "hdnd":
        khoa, ky = _hdnd_term(doc.ordinal)
        return [f"HỘI ĐỒNG NHÂN DÂN TỈNH {PROVINCE.upper()}", f"KHÓA {khoa}, KỲ HỌP THỨ {ky}"]
    return []


def _header(doc: Doc, rng: random.Random, layout: str, damaged: bool, title_lines: list[str],
            kinh_gui: list[str]) -> list[str]:
    iss = doc.issuer
    lines_iss = iss.header(doc.ordinal)
    if iss.group == "duk" and iss.key == "duk:ccq" and rng.random() < 0.4:
        lines_iss = [lines_iss[0], "ĐẢNG ỦY KHỐI CCQ TỈNH"]
    motto = ["ĐẢNG CỘNG SẢN VIỆT NAM"] if iss.party else ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                          "Độc lập - Tự do - Hạnh phúc"]
    number, when = _number_line(doc, rng), _date_line(doc, rng)
    is_cv = doc.type == "CV"
    out: list[str] = []
    if layout == "lost":
        out += ["", ""]
        if iss.party:
            out += [when, "", "*", number, ""]
        else:
            out += [number, "", when, ""]
    elif layout == "stacked":
        out += lines_iss
        if iss.party:
            out.append("*")
        elif rng.random() < 0.4:
            out.append("-" * rng.randint(8, 16))
        out.append(number)
        if is_cv:
            out += title_lines
            title_lines = []
        out += [""] + motto
        if not iss.party and rng.random() < 0.4:
            out.append("_" * rng.randint(12, 28))
        out += ["", when, ""]
    else:  # merged columns, number and date on one line ("merged") or apart ("apart")
        first = f"{lines_iss[0]}{_gap(rng, damaged)}{motto[0]}"
        out.append(first)
        rest = lines_iss[1:]
        if not iss.party:
            if rest:
                out.append(f"{rest[0]}{_gap(rng, damaged)}{motto[1]}")
                rest = rest[1:]
            else:
                out.append(motto[1])
        out += rest
        if iss.party:
            out.append("*")
        elif rng.random() < 0.3:
            out.append(("-" * rng.randint(8, 14)) + _gap(rng, damaged) + ("-" * rng.randint(14, 24)))
        if layout == "merged":
            out.append(f"{number}{_gap(rng, damaged)}{when}")
        else:
            out += ["", number, "", when]
        out.append("")
    if title_lines:
        out += title_lines + [""]
    if kinh_gui:
        out += kinh_gui + [""]
    return out


def _title_block(doc: Doc, rng: random.Random, printed: str, wrap: bool) -> list[str]:
    width = rng.randint(45, 70)
    text_lines = _wrap(printed, width) if (wrap or rng.random() < 0.6) else [printed]
    if doc.type == "CV":
        if doc.issuer.party:
            return text_lines
        text_lines[0] = "V/v " + text_lines[0]
        return text_lines
    out = [TYPE_LINE[doc.type]] + text_lines
    authority = _authority(doc, rng)
    if authority:
        out += [""] + authority
    return out


def _kinh_gui(doc: Doc, rng: random.Random, upward: str | None) -> list[str]:
    iss = doc.issuer
    if doc.type == "TTr":
        who = upward or "Ủy ban nhân dân tỉnh"
        return [f"Kính gửi: {who}."]
    if doc.type != "CV" and not (doc.type == "BC" and upward and rng.random() < 0.4):
        return []
    if upward and (doc.type == "BC" or rng.random() < 0.25):
        return [f"Kính gửi: {upward}."]
    pool = [_localise(r, iss, doc.ordinal) for r in
            _RECIPIENTS[iss.group] + _SECTOR_RECIPIENTS.get(iss.sector or "", [])]
    names = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
    sep = "," if iss.party else ";"
    if len(names) == 1:
        return [f"Kính gửi: {names[0]}."]
    items = [f"- {n}{sep}" for n in names[:-1]] + [f"- {names[-1]}."]
    indent = " " * rng.randint(8, 24) if rng.random() < 0.2 else ""
    if rng.random() < 0.5:
        return ["Kính gửi:", ""] + [indent + i for i in items]
    return [f"Kính gửi: {items[0]}"] + [indent + i for i in items[1:]]


def _upward(doc: Doc) -> str | None:
    iss, g, before = doc.issuer, doc.issuer.group, doc.ordinal < _REFORM_ORD
    return {"ubnd_tinh": "Hội đồng nhân dân tỉnh", "so": "Ủy ban nhân dân tỉnh", "hdnd": None,
            "ubnd_huyen": "Ủy ban nhân dân tỉnh",
            "ubnd_xa": f"Ủy ban nhân dân huyện {iss.district}" if before else "Ủy ban nhân dân tỉnh",
            "tinh_uy": None, "ban_tu": "Ban Thường vụ Tỉnh ủy", "duk": "Ban Thường vụ Tỉnh ủy",
            "huyen_uy": "Ban Thường vụ Tỉnh ủy",
            "dang_uy_xa": "Ban Thường vụ Huyện ủy" if before else "Ban Thường vụ Tỉnh ủy"}[g]


def _noi_nhan(doc: Doc, rng: random.Random) -> list[str]:
    iss = doc.issuer
    pool = [_localise(x, iss, doc.ordinal) for x in _NOI_NHAN[iss.group]]
    picked = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
    first = []
    if doc.type in ("CV", "TTr", "TB"):
        first = ["Như trên;" if not iss.party else rng.choice(["Như kính gửi,", "Như trên,"])]
    elif doc.type == "QĐ":
        first = ["Như Điều 4;" if not iss.party else "Như Điều 4,"]
    if iss.party:
        last = rng.choice(["Lưu VP.", "Lưu Văn phòng.", "Lưu VT.", "Lưu VP, BTG."])
    else:
        unit = doc.unit or rng.choice(iss.units or ["VP"])
        last = rng.choice([f"Lưu: VT, {unit}.", "Lưu: VT.", f"Lưu: VT, {unit} ({''.join(rng.choice('ABCDĐGHKLMNPQSTVX') for _ in range(rng.randint(2, 3)))})."])
    return ["Nơi nhận:"] + [f"- {x}" for x in first + picked + [last]]


def _footer(doc: Doc, rng: random.Random, damaged: bool, bold: bool) -> tuple[list[str], str | None]:
    titles, name = _signature(doc, rng)
    printed_name = name if (not doc.draft or rng.random() < 0.6) else None
    noi = _noi_nhan(doc, rng)
    signed = ["(Đã ký)"] if (rng.random() < 0.08 and printed_name) else []
    layout = rng.random()
    out: list[str] = []
    if layout < (0.6 if damaged else 0.35):
        width = max(len(x) for x in noi) + rng.randint(4, 30)
        if damaged and rng.random() < 0.5:
            width = 0
        for i in range(max(len(noi), len(titles))):
            left = noi[i] if i < len(noi) else ""
            right = titles[i] if i < len(titles) else ""
            if right and width:
                out.append(left.ljust(width) + right)
            elif right:
                out.append(f"{left} {right}".strip())
            else:
                out.append(left)
        if printed_name:
            out += ["", ""] + signed + [printed_name]
    else:
        sig = titles[:]
        if bold:
            sig[0] = "**" + sig[0]
            sig[-1] = sig[-1] + "**"
        sig_block = sig + [""] + signed + ([printed_name] if printed_name else [])
        if layout < 0.5:
            out += sig_block + [""] + noi
        else:
            out += noi + [""] + sig_block

    if printed_name and not doc.draft and doc.year >= 2020 and rng.random() < (0.12 if damaged else 0.3):
        base = datetime_text(doc, rng, 0)
        if rng.random() < 0.5:
            out.append(base)
        else:
            out += ["", "", ""]
            for k in range(rng.randint(1, 4)):
                out += ["\t\t" + (base if k == 0 else datetime_text(doc, rng, 1)), "", ""]
    return out, printed_name


def datetime_text(doc: Doc, rng: random.Random, later: int) -> str:
    d = date.fromordinal(doc.ordinal + (rng.randint(0, 1) if later else 0))
    return f"{d.isoformat()}T{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+0700"


def _layout_body(blocks: list[tuple[str, str]], rng: random.Random, wrap: int, blank: bool,
                 footnote: str | None) -> list[str]:
    out: list[str] = []
    page_len = rng.randint(40, 48)
    count = 0
    page = 1
    marker_done = footnote is None
    pending_note: list[str] = []
    page_numbers = rng.random() < 0.3
    for kind, text in blocks:
        if not marker_done and kind == "p" and text.startswith(FOOTNOTE_SENTENCE[:20]):
            marker_done = True
            pending_note = _wrap("1 " + footnote, wrap or 110)
        lines = _wrap(text, wrap) if wrap else [text]
        for line in lines:
            out.append(line)
            count += 1
            if wrap and count >= page_len:
                if pending_note:
                    out += [""] + pending_note
                    pending_note = []
                page += 1
                out += ["", "", str(page)] if page_numbers else ["", "", ""]
                count = 0
        if blank:
            out.append("")
    if pending_note:
        out += [""] + pending_note + [""]
    return out


def _in_order(text: str, cited: list) -> list:
    """Citations in order of first appearance (trích yếu, then body)."""
    def first(x):
        so, start = x.so_ky_hieu, 0
        while True:
            i = text.find(so, start)
            if i < 0:
                return (len(text), x.ordinal)
            before = text[i - 1] if i else " "
            after = text[i + len(so)] if i + len(so) < len(text) else " "
            if not (before.isalnum() or before in "/-") and not after.isalnum():
                return (i, x.ordinal)
            start = i + 1
    return sorted(cited, key=first)


def _write_one(doc: Doc, rng: random.Random, bk: Bank, primary: Doc | None, others: list, nationals: list,
               submission: Doc | None) -> tuple[str, dict]:

    damaged = doc.scanned  # the layout of a scan, whether or not its OCR went wrong
    # Layout choices.
    if damaged:
        layout = rng.choices(["merged", "apart", "stacked"], weights=[80, 12, 8])[0]
        wrap = rng.randint(72, 84)
    else:
        layout = rng.choices(["merged", "stacked", "apart", "lost"], weights=[60, 22, 12, 6])[0]
        wrap = rng.randint(88, 112) if rng.random() < 0.2 else 0
    blank = rng.random() < (0.75 if damaged else 0.85)
    bold = not damaged and not wrap and rng.random() < 0.25
    # Who is cited where: the opening, the body, a footnote.
    footnote = []
    if wrap and len(nationals) >= 2 and rng.random() < 0.35:
        footnote = nationals[-rng.randint(2, len(nationals)):]
        nationals = [x for x in nationals if x not in footnote]
    pool = others + nationals
    rng.shuffle(pool)
    lead_n = rng.randint(0, min(3, len(pool)))
    lead = ([primary] if primary is not None else []) + pool[:lead_n]
    queue = pool[lead_n:]
    target = int(min(27000, max(1000, rng.lognormvariate(math.log(6000), 0.55) * SIZE_FACTOR[doc.type])))
    if doc.type in ("CT", "TB"):
        lead, queue = [], lead + queue
    w = Writer(doc, rng, bk, lead, queue, footnote, target)
    w.submission = submission
    # The title, with the primary citation in it sometimes.
    title_cite = None
    if primary is not None and primary.topic is doc.topic and doc.type not in ("TB", "NQ") and rng.random() < 0.3:
        title_cite = w.cite(primary, True, True)
    printed, value, about = _titles(doc, rng, title_cite)
    doc.trich_yeu, doc.about = value, about
    upward = _upward(doc)
    title_lines = _title_block(doc, rng, printed, bool(wrap))
    kinh_gui = _kinh_gui(doc, rng, upward)
    w.upward = bool(upward) and len(kinh_gui) == 1 and upward in kinh_gui[0]
    header = _header(doc, rng, layout, damaged, title_lines, kinh_gui)
    footer, signer = _footer(doc, rng, damaged, bold)
    fixed = _utf8_len("\n".join(header + footer))
    w.target = max(400, target - fixed)
    _body(w)
    note_text = None
    if footnote:
        note_text = "; ".join(w.cite(x, True, True) for x in footnote) + "."
        spots = [i for i in range(w.body_start, len(w.blocks) // 2 + 1) if w.blocks[i][0] == "h"] or [w.body_start]
        w.blocks.insert(rng.choice(spots) + 1, ("p", FOOTNOTE_SENTENCE.format(m="1", NP=doc.np)))
    body_lines = _layout_body(w.blocks, rng, wrap, blank, note_text)
    text = "\n".join(header + body_lines + footer) + "\n"
    doc.cites = _in_order(printed + "\n" + "\n".join(t for _, t in w.blocks),
                          [x for x in w.order if x not in footnote]) + [x for x in footnote if x in w.order]
    return text, {"signer": signer, "layout": layout}


# ---------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------

def _iso(doc: Doc) -> str:
    d = date.fromordinal(doc.ordinal)
    if doc.blank_month:
        return str(d.year)
    if doc.blank_day:
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def generate(n: int, out_dir: Path, seed: int = 0, damaged_share: float = 0.1,
             unaccented_share: float = 0.02) -> list[dict]:
    """Write ``n`` raw documents to ``out_dir/NNNNNN.txt``; return what each holds.

    Every entry: ``file``, ``so_ky_hieu`` (as printed; ``"/KH-UBND"`` when the
    number is blank), ``loai_van_ban``, ``ngay_ban_hanh`` (ISO; ``"2024-02"``
    or ``"2024"`` when the day or month is blank), ``co_quan_ban_hanh``,
    ``trich_yeu``, ``nguoi_ky`` (``None`` when no name is printed),
    ``cites`` (số ký hiệu of every document cited, in order of first
    appearance, footnotes last), ``damaged`` (OCR-damaged), and also
    ``unaccented`` (typed without diacritics) and ``cites_files`` (the files
    of the cited documents that are in the corpus).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    bk = bank()
    issuers = _issuers(rng)
    docs = _plan(n, rng, issuers)
    # Which documents are damaged: scans first. The texts do not depend on the
    # shares, so a corpus generated with damaged_share=0 is the same corpus
    # with every document clean.
    order = list(range(n))
    rng.shuffle(order)
    order.sort(key=lambda j: not docs[j].scanned)
    modes = ["clean"] * n
    n_damaged = round(n * damaged_share)
    for j in order[:n_damaged]:
        modes[j] = "damaged"
    rest = [j for j in order[n_damaged:] if not docs[j].scanned] + [j for j in order[n_damaged:] if docs[j].scanned]
    for j in rest[:round(n * unaccented_share)]:
        modes[j] = "unaccented"
    pools = Pools()
    results: list[dict | None] = [None] * n
    for pos, doc in enumerate(docs):
        pools.advance(doc.ordinal)
        drng = random.Random(seed * 1_000_003 + pos)
        primary, others, nationals = _choose_citations(doc, drng, pools)
        submission = None
        if (doc.type == "QĐ" and doc.issuer.group == "ubnd_tinh") or (doc.type == "NQ" and doc.issuer.group == "hdnd"):
            group = "so" if doc.issuer.group == "ubnd_tinh" else "ubnd_tinh"
            recent = [s for s in pools.submissions.get(group, [])[-6:] if doc.ordinal - s.ordinal < 90]
            if recent and drng.random() < 0.7:
                submission = drng.choice(recent)
                if submission in others:
                    others.remove(submission)
        if submission is not None:
            doc.topic, doc.topic_year = submission.topic, submission.topic_year
        elif primary is not None and drng.random() < 0.75 and _still_current(primary, doc):
            doc.topic, doc.topic_year = primary.topic, primary.topic_year
        else:
            doc.topic, doc.topic_year = _new_topic(doc, drng), _topic_when(doc.ordinal)
        doc.np = _topic_text(doc.topic, doc.topic_year, doc.issuer.scope)
        doc.vp = f"{drng.choice(doc.topic[1])} {doc.np}"
        mode = modes[pos]
        text, info = _write_one(doc, drng, bk, primary, others, nationals, submission)
        if submission is not None and submission not in doc.cites:
            doc.cites.append(submission)
        text = unicodedata.normalize("NFC", text)
        if mode == "damaged":
            text = unicodedata.normalize("NFC", ocr_damage(text, seed=seed * 1_000_003 + pos))
        elif mode == "unaccented":
            text = strip_diacritics(text)
        (out_dir / doc.file).write_text(text, encoding="utf-8")
        pools.add(doc)
        results[pos] = {
            "file": doc.file,
            "so_ky_hieu": doc.so_ky_hieu,
            "loai_van_ban": TYPES[doc.type],
            "ngay_ban_hanh": _iso(doc),
            "co_quan_ban_hanh": doc.issuer.name,
            "trich_yeu": doc.trich_yeu,
            "nguoi_ky": info["signer"],
            "cites": [x.so_ky_hieu for x in doc.cites],
            "damaged": mode == "damaged",
            "unaccented": mode == "unaccented",
            "cites_files": [x.file for x in doc.cites if isinstance(x, Doc)],
        }
    results.sort(key=lambda r: r["file"])
    return results
