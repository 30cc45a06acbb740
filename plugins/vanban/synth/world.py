"""The province the corpus is about: places, issuers, document types, subjects, names."""

from __future__ import annotations

import bisect
import random
from datetime import date, timedelta

PROVINCE = "Lạng Sơn"
START = date(2019, 1, 2)
END = date(2026, 3, 31)
REFORM = date(2025, 7, 1)        #: districts dissolved, two-level local government
MERGE = date(2025, 3, 1)         #: Sở and Ban of the Tỉnh ủy merged
_START_ORD, _END_ORD = START.toordinal(), END.toordinal()
REFORM_ORD, MERGE_ORD = REFORM.toordinal(), MERGE.toordinal()

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
     "một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, "
     "hiệu quả",
     "party to_chuc noi_vu gen"),
    ("Nghị quyết", "37-NQ/TW", date(2018, 12, 24), "Bộ Chính trị khóa XII",
     "việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã", "party gen noi_vu"),
    ("Kết luận", "43-KL/TW", date(2019, 1, 7), "Ban Bí thư Trung ương Đảng",
     "tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công "
     "tác dân vận trong tình hình mới",
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
     "phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - "
     "2030",
     "dan_toc gen"),
    ("Nghị định", "30/2020/NĐ-CP", date(2020, 3, 5), "Chính phủ", "công tác văn thư", "noi_vu gen"),
    ("Quyết định", "749/QĐ-TTg", date(2020, 6, 3), "Thủ tướng Chính phủ",
     "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", "tttt khcn gen"),
    ("Nghị quyết", "76/NQ-CP", date(2021, 7, 15), "Chính phủ",
     "ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", "noi_vu gen"),
    ("Quyết định", "23-QĐ/TW", date(2021, 7, 30), "Bộ Chính trị",
     "ban hành Quy chế công tác dân vận của hệ thống chính trị", "dan_van party"),
    ("Chỉ thị", "33/CT-TTg", date(2021, 11, 26), "Thủ tướng Chính phủ",
     "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình "
     "hình mới",
     "dan_van gen"),
    ("Quyết định", "06/QĐ-TTg", date(2022, 1, 6), "Thủ tướng Chính phủ",
     "phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc "
     "gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030",
     "tttt gen"),
    ("Nghị quyết", "06-NQ/TW", date(2022, 1, 24), "Bộ Chính trị",
     "quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến năm 2045",
     "gen party"),
    ("Chỉ thị", "18-CT/TW", date(2022, 10, 26), "Ban Bí thư Trung ương Đảng",
     "phát huy vai trò, nâng cao chất lượng, hiệu quả giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các "
     "tổ chức chính trị - xã hội",
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
     "tiếp tục đẩy mạnh các giải pháp cải cách và nâng cao hiệu quả giải quyết thủ tục hành chính, phục vụ người dân, "
     "doanh nghiệp",
     "noi_vu gen"),
    ("Nghị quyết", "43-NQ/TW", date(2023, 11, 24), "Ban Chấp hành Trung ương Đảng khóa XIII",
     "tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, "
     "hạnh phúc",
     "dan_van party"),
    ("Chỉ thị", "35-CT/TW", date(2024, 6, 14), "Bộ Chính trị",
     "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", "party to_chuc"),
    ("Nghị quyết", "57-NQ/TW", date(2024, 12, 22), "Bộ Chính trị",
     "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "khcn tttt gen party"),
    ("Nghị định", "178/2024/NĐ-CP", date(2024, 12, 31), "Chính phủ",
     "chính sách, chế độ đối với cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện "
     "sắp xếp tổ chức bộ máy của hệ thống chính trị",
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


def person_name(rng: random.Random) -> str:
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
        if self.lines_after is not None and ordinal >= REFORM_ORD:
            return self.lines_after
        return self.lines


def make_issuers(rng: random.Random) -> list[Issuer]:
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
_TERMS_STATE = [date(2021, 6, 30).toordinal(), REFORM_ORD]
_TERMS_PARTY = [date(2020, 10, 15).toordinal(), date(2025, 8, 20).toordinal()]


def _leaders(rng: random.Random, iss: Issuer) -> list[dict]:
    return [{"head": person_name(rng), "deputies": [person_name(rng) for _ in range(rng.randint(2, 3))], "cvp": person_name(rng)}
            for _ in range(3)]


def term_of(iss: Issuer, ordinal: int) -> dict:
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
