"""Addressees, units, nơi nhận, and the formulas of administrative writing."""

from __future__ import annotations

import re

from .world import MERGE_ORD, REFORM_ORD, Issuer

# ---------------------------------------------------------------------------
# Addressees, units, nơi nhận.
# ---------------------------------------------------------------------------

RECIPIENTS = {
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
SECTOR_RECIPIENTS = {
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
NOI_NHAN = {
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


def localise(text: str, iss: Issuer, ordinal: int) -> str:
    lower = "UBND các huyện, thành phố" if ordinal < REFORM_ORD else "UBND các xã, phường"
    btg = "Ban Tuyên giáo Tỉnh ủy" if ordinal < MERGE_ORD else "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    if "{" in text:
        up = f"UBND huyện {iss.district}" if iss.district and ordinal < REFORM_ORD else "UBND tỉnh"
        up_party = ("Ban Thường vụ Huyện ủy" if ordinal < REFORM_ORD else "Ban Thường vụ Tỉnh ủy")
        text = (text.replace("{LOWER}", lower).replace("{BTG}", btg).replace("{UP}", up)
                .replace("{UP_PARTY}", up_party))
    if ordinal >= REFORM_ORD:
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
    "chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, đôn đốc việc triển khai thực hiện {THIS}; tổng hợp, "
    "báo cáo {SUP} kết quả thực hiện theo quy định.",
    "căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện có hiệu quả các "
    "nội dung của {THIS}.",
    "tăng cường công tác thông tin, tuyên truyền về {NP}; kịp thời phản ánh những mô hình hay, cách làm hiệu quả.",
    "tham mưu bố trí kinh phí thực hiện {THIS} theo quy định của pháp luật về ngân sách nhà nước.",
    "phối hợp chặt chẽ với các cơ quan, đơn vị liên quan trong quá trình triển khai thực hiện; định kỳ báo cáo kết quả "
    "về {COORD} để tổng hợp.",
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
    "Nguyên nhân chủ yếu là do một số cấp ủy, chính quyền chưa quan tâm đúng mức; đội ngũ cán bộ làm công tác chuyên "
    "môn còn kiêm nhiệm, thiếu kinh nghiệm.",
    "Kinh phí bảo đảm cho hoạt động còn hạn chế; cơ sở vật chất, trang thiết bị phục vụ công tác tuyên truyền ở cơ sở "
    "còn thiếu.",
]
STATS = [
    "Đã tổ chức {a} hội nghị quán triệt, triển khai với {b} lượt cán bộ, đảng viên tham dự.",
    "Đăng tải {a} tin, bài trên trang thông tin điện tử; phát {b} lượt tin trên hệ thống truyền thanh cơ sở.",
    "Tổ chức {a} cuộc kiểm tra, giám sát tại {c} cơ quan, đơn vị.",
    "Có {c}/{d} cơ quan, đơn vị đã xây dựng kế hoạch triển khai thực hiện, đạt {p}%.",
]
