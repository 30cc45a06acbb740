"""Domain tables: document types, ký hiệu codes, issuer names.

From Nghị định 30/2020/NĐ-CP (Phụ lục III) for state bodies and Hướng dẫn
36-HD/VPTW for Party bodies, plus the legal-normative types citations name.
"""

from __future__ import annotations

from .letters import fold

#: type name → abbreviation used in ký hiệu.
LOAI_VAN_BAN = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Thông tri": "TT",
    "Hướng dẫn": "HD",
    "Chương trình hành động": "CTr",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công văn": "CV",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "GN",
    "Bản thỏa thuận": "TTh",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Kết luận": "KL",
    "Nghị định": "NĐ",
    "Thông tư liên tịch": "TTLT",
    "Thông tư": "TT",
    "Pháp lệnh": "PL",
    "Bộ luật": "BL",
    "Luật": "L",
    "Hiến pháp": "HP",
}

#: ký hiệu code (folded) → type name. Where the state and Party meanings
#: differ (TT: Thông tư / Thông tri) the state one wins; Party numbers are
#: read with ``PARTY_CODES`` first.
CODE_TO_LOAI = {
    "nq": "Nghị quyết", "qd": "Quyết định", "ct": "Chỉ thị", "qc": "Quy chế",
    "qyd": "Quy định", "qdi": "Quy định", "tc": "Thông cáo", "tb": "Thông báo",
    "hd": "Hướng dẫn", "ctr": "Chương trình", "kh": "Kế hoạch", "pa": "Phương án",
    "da": "Đề án", "bc": "Báo cáo", "bb": "Biên bản", "ttr": "Tờ trình",
    "cv": "Công văn", "cd": "Công điện", "gm": "Giấy mời", "kl": "Kết luận",
    "nd": "Nghị định", "tt": "Thông tư", "ttlt": "Thông tư liên tịch", "pl": "Pháp lệnh",
    "gn": "Bản ghi nhớ", "ggt": "Giấy giới thiệu", "guq": "Giấy ủy quyền",
}
PARTY_CODES = {"tt": "Thông tri", "qd": "Quyết định", "qdi": "Quy định"}

#: Issuer abbreviations in ký hiệu and headers → names.
ISSUER_CODES = {
    "ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân", "tu": "Tỉnh ủy",
    "hu": "Huyện ủy", "tw": "Trung ương", "du": "Đảng ủy", "duk": "Đảng ủy Khối",
    "btgtu": "Ban Tuyên giáo Tỉnh ủy", "btghu": "Ban Tuyên giáo Huyện ủy",
    "bdvtu": "Ban Dân vận Tỉnh ủy", "btctu": "Ban Tổ chức Tỉnh ủy", "ubkttu": "Ủy ban Kiểm tra Tỉnh ủy",
    "vptu": "Văn phòng Tỉnh ủy", "cp": "Chính phủ", "ttg": "Thủ tướng Chính phủ",
    "qh": "Quốc hội", "ubtvqh": "Ủy ban Thường vụ Quốc hội", "stttt": "Sở Thông tin và Truyền thông",
    "snv": "Sở Nội vụ", "stc": "Sở Tài chính", "skhdt": "Sở Kế hoạch và Đầu tư", "sgddt": "Sở Giáo dục và Đào tạo",
    "syt": "Sở Y tế", "svhttdl": "Sở Văn hóa, Thể thao và Du lịch", "stnmt": "Sở Tài nguyên và Môi trường",
    "snnptnt": "Sở Nông nghiệp và Phát triển nông thôn", "sxd": "Sở Xây dựng", "sct": "Sở Công Thương",
    "sgtvt": "Sở Giao thông vận tải", "stp": "Sở Tư pháp", "skhcn": "Sở Khoa học và Công nghệ",
    "sldtbxh": "Sở Lao động - Thương binh và Xã hội", "sdttg": "Sở Dân tộc và Tôn giáo",
    "mttq": "Ủy ban Mặt trận Tổ quốc Việt Nam", "bchqs": "Bộ Chỉ huy Quân sự", "ca": "Công an",
    "vpubnd": "Văn phòng Ủy ban nhân dân", "ttra": "Thanh tra",
    # Central bodies, as their codes end the numbers of their documents ("54/2025/TT-BCT", "08/VBHN-BTC").
    "btc": "Bộ Tài chính", "byt": "Bộ Y tế", "bca": "Bộ Công an", "bqp": "Bộ Quốc phòng", "bct": "Bộ Công Thương",
    "bldtbxh": "Bộ Lao động - Thương binh và Xã hội", "bkhdt": "Bộ Kế hoạch và Đầu tư",
    "bgddt": "Bộ Giáo dục và Đào tạo", "btp": "Bộ Tư pháp", "bnv": "Bộ Nội vụ", "bxd": "Bộ Xây dựng",
    "bgtvt": "Bộ Giao thông vận tải", "btnmt": "Bộ Tài nguyên và Môi trường",
    "bnnptnt": "Bộ Nông nghiệp và Phát triển nông thôn", "bnnmt": "Bộ Nông nghiệp và Môi trường",
    "bvhttdl": "Bộ Văn hóa, Thể thao và Du lịch", "bkhcn": "Bộ Khoa học và Công nghệ",
    "btttt": "Bộ Thông tin và Truyền thông", "bng": "Bộ Ngoại giao", "bdttg": "Bộ Dân tộc và Tôn giáo",
    "ubdt": "Ủy ban Dân tộc", "nhnn": "Ngân hàng Nhà nước Việt Nam", "vpqh": "Văn phòng Quốc hội",
    "vpcp": "Văn phòng Chính phủ", "ktnn": "Kiểm toán nhà nước", "tandtc": "Tòa án nhân dân tối cao",
    "vksndtc": "Viện kiểm sát nhân dân tối cao", "ttcp": "Thanh tra Chính phủ",
}

#: Words of body names in capitals → how NĐ 30 writes them (folded key).
NAME_PHRASES = {
    "uy ban nhan dan": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    "ban thuong vu": "Ban Thường vụ",
    "ban chap hanh": "Ban Chấp hành",
    "dang uy khoi cac co quan": "Đảng ủy Khối các cơ quan",
    "dang uy khoi ccq": "Đảng ủy Khối các cơ quan",
    "dang uy khoi": "Đảng ủy Khối",
    "dang uy": "Đảng ủy",
    "dang bo": "Đảng bộ",
    "chi bo": "Chi bộ",
    "tinh uy": "Tỉnh ủy",
    "huyen uy": "Huyện ủy",
    "thanh uy": "Thành ủy",
    "thi uy": "Thị ủy",
    "quan uy": "Quận ủy",
    "ban tuyen giao": "Ban Tuyên giáo",
    "ban dan van": "Ban Dân vận",
    "ban to chuc": "Ban Tổ chức",
    "uy ban kiem tra": "Ủy ban Kiểm tra",
    "van phong": "Văn phòng",
    "so thong tin va truyen thong": "Sở Thông tin và Truyền thông",
    "so noi vu": "Sở Nội vụ",
    "so tai chinh": "Sở Tài chính",
    "so y te": "Sở Y tế",
    "so tu phap": "Sở Tư pháp",
    "so xay dung": "Sở Xây dựng",
    "so cong thuong": "Sở Công Thương",
    "so giao duc va dao tao": "Sở Giáo dục và Đào tạo",
    "so ke hoach va dau tu": "Sở Kế hoạch và Đầu tư",
    "so khoa hoc va cong nghe": "Sở Khoa học và Công nghệ",
    "so van hoa, the thao va du lich": "Sở Văn hóa, Thể thao và Du lịch",
    "so tai nguyen va moi truong": "Sở Tài nguyên và Môi trường",
    "so nong nghiep va phat trien nong thon": "Sở Nông nghiệp và Phát triển nông thôn",
    "so nong nghiep va moi truong": "Sở Nông nghiệp và Môi trường",
    "so giao thong van tai": "Sở Giao thông vận tải",
    "so dan toc va ton giao": "Sở Dân tộc và Tôn giáo",
    "thanh tra": "Thanh tra",
    "phong": "Phòng",
    "trung tam": "Trung tâm",
    "mat tran to quoc": "Mặt trận Tổ quốc",
    "cac co quan": "các cơ quan",
    "ccq": "các cơ quan",
    "bo chinh tri": "Bộ Chính trị",
    "ban bi thu": "Ban Bí thư",
    "chinh phu": "Chính phủ",
    "thu tuong chinh phu": "Thủ tướng Chính phủ",
    "quoc hoi": "Quốc hội",
}

#: Administrative-unit words: the name after them is a place name.
UNIT_WORDS = {
    "tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "thanh pho": "thành phố",
    "thi xa": "thị xã", "quan": "quận", "phuong": "phường", "thi tran": "thị trấn", "dac khu": "đặc khu",
}

def type_from_code(code: str, party: bool = False) -> str | None:
    """The document type a ký hiệu's code names ("KH" → Kế hoạch)."""
    key = fold(code)
    if party and key in PARTY_CODES:
        return PARTY_CODES[key]
    return CODE_TO_LOAI.get(key)


#: Folded type words, longest first, for finding a type name in text.
TYPE_WORDS = sorted(((fold(name), name) for name in LOAI_VAN_BAN), key=lambda p: -len(p[0]))
