import { productsFromRows } from "./build"
import type { SeedProduct } from "./types"

// 清洁卫生用品: paper for restrooms, detergents, disinfectants and cleaning tools.

/** [spec, packing, usage, features] */
export const CLEANING_SUPPLIES: SeedProduct<"cleaning-supplies">[] = productsFromRows(
  "cleaning-supplies",
  { noun: "", unit: "箱", description: "办公场所清洁卫生用品，整箱配送。" },
  [
    ["vinda-blue-classic-roll", "VINDA-V4069-27", "维达", "蓝色经典 卷纸", "3层 140g×27卷", 5990, 600, ["3 层，140g/卷", "27 卷/提", "卫生间", "100% 原生木浆"], undefined, "提"],
    ["vinda-super-tough-facial", "VINDA-V2239-24", "维达", "超韧 抽纸", "3层 100抽×24包", 5990, 600, ["3 层，100 抽/包", "24 包/箱", "办公桌面、会议室", "湿水不易破"]],
    ["vinda-commercial-jumbo-roll", "VINDA-VS4139-12", "维达", "商用大盘纸", "2层 240m×12卷", 11900, 400, ["2 层，240 米/卷", "12 卷/箱", "公共卫生间（配大盘纸架）", "商用大卷，减少更换"]],
    ["vinda-commercial-hand-towel", "VINDA-VS1072-20", "维达", "商用擦手纸", "单层 200抽×20包", 8900, 400, ["单层，200 抽/包（三折）", "20 包/箱", "洗手间", "吸水快"]],
    ["breeze-log-pure-roll", "BREEZE-B22A4-27", "清风", "原木纯品 卷纸", "3层 27卷", 4990, 600, ["3 层，130g/卷", "27 卷/提", "卫生间", "原木浆"], undefined, "提"],
    ["breeze-log-pure-facial", "BREEZE-BR38TW-24", "清风", "原木纯品 抽纸", "3层 120抽×24包", 5490, 600, ["3 层，120 抽/包", "24 包/箱", "办公桌面、会议室", "柔软亲肤"]],
    ["breeze-commercial-jumbo-roll", "BREEZE-BJ240-12", "清风", "商用大盘纸", "2层 240m×12卷", 10900, 400, ["2 层，240 米/卷", "12 卷/箱", "公共卫生间", "商用大卷"]],
    ["mind-act-up-tea-facial", "HENGAN-CY-24", "心相印", "茶语 抽纸", "3层 130抽×24包", 5990, 500, ["3 层，130 抽/包", "24 包/箱", "办公桌面", "淡雅茶香"]],
    ["cs-commercial-hand-towel", "CS-N-20", "洁柔", "商用擦手纸", "单层 200抽×20包", 7990, 400, ["单层，200 抽/包", "20 包/箱", "洗手间", "N 次折叠"]],
    ["cs-face-facial", "CS-FACE-24", "洁柔", "Face 抽纸", "3层 130抽×24包", 5990, 500, ["3 层，130 抽/包", "24 包/箱", "办公桌面", "加厚不掉屑"]],
    ["bluemoon-aloe-hand-wash", "BLUEMOON-HW-500-6", "蓝月亮", "芦荟抑菌洗手液", "500g×6瓶", 8900, 500, ["500g/瓶", "6 瓶/箱", "洗手间", "抑菌率 ≥ 99%"]],
    ["bluemoon-deep-clean-laundry", "BLUEMOON-LD-3KG-4", "蓝月亮", "深层洁净洗衣液", "3kg×4瓶", 19900, 300, ["3kg/瓶", "4 瓶/箱", "工作服、窗帘、布草洗涤", "低泡易漂"]],
    ["bluemoon-toilet-cleaner", "BLUEMOON-TC-600-12", "蓝月亮", "洁厕液", "600g×12瓶", 8900, 400, ["600g/瓶", "12 瓶/箱", "卫生间马桶、小便池", "去垢除味"]],
    ["bluemoon-floor-cleaner", "BLUEMOON-FC-1KG-6", "蓝月亮", "地板清洁剂", "1kg×6瓶", 7900, 400, ["1kg/瓶", "6 瓶/箱", "瓷砖、木地板拖洗", "免过水"]],
    ["bluemoon-glass-cleaner", "BLUEMOON-GC-500-12", "蓝月亮", "玻璃清洁剂", "500g×12瓶", 8900, 400, ["500g/瓶（喷枪）", "12 瓶/箱", "玻璃、镜面", "不留水痕"]],
    ["bluemoon-dish-detergent", "BLUEMOON-DD-1KG-6", "蓝月亮", "食品用洗洁精", "1kg×6瓶", 5900, 400, ["1kg/瓶", "6 瓶/箱", "食堂餐具、果蔬", "食品级"]],
    ["liby-dish-detergent", "LIBY-DD-1.5KG-6", "立白", "洗洁精", "1.5kg×6瓶", 5990, 400, ["1.5kg/瓶", "6 瓶/箱", "食堂餐具", "去油不伤手"]],
    ["liby-laundry-powder", "LIBY-LP-2.25KG-4", "立白", "超洁清新洗衣粉", "2.25kg×4袋", 8900, 300, ["2.25kg/袋", "4 袋/箱", "布草洗涤", "无磷"]],
    ["walch-antibacterial-hand-wash", "WALCH-HW-525-6", "威露士", "健康抑菌洗手液", "525ml×6瓶", 7900, 400, ["525ml/瓶", "6 瓶/箱", "洗手间、食堂", "抑菌"]],
    ["dettol-disinfectant", "DETTOL-DS-1.8L-4", "滴露", "消毒液", "1.8L×4瓶", 13900, 300, ["1.8L/瓶", "4 瓶/箱", "地面、物表消毒", "有效杀灭 99.999% 细菌"]],
    ["weiwang-84-disinfectant", "WEIWANG-84-1.2KG-12", "威王", "84 消毒液", "1.2kg×12瓶", 6900, 400, ["1.2kg/瓶", "12 瓶/箱", "公共区域环境消毒", "含氯消毒剂，按说明稀释"]],
    ["chaobao-all-purpose-cleaner", "CHAOBAO-DFF-3.8L-4", "超宝", "全能清洁剂", "3.8L×4桶", 6900, 300, ["3.8L/桶", "4 桶/箱", "物业保洁通用", "商用浓缩型"]],
    ["miaojie-garbage-bags", "MIAOJIE-GB-4550-10", "妙洁", "点断式垃圾袋", "45×50cm 10卷", 2990, 800, ["45×50cm，30 只/卷", "10 卷/包", "办公室垃圾桶", "加厚不漏"], undefined, "包"],
    ["3m-scotch-brite-flat-mop", "3M-T0-MOP", "3M", "思高 平板拖把 T0", "免手洗", 12900, 200, ["拖板 38×12cm", "1 套（含 2 块拖布）", "办公室地面", "免手洗挤水"], undefined, "套"],
    ["baiyun-af07320-bin-240l", "BAIYUN-AF07320", "白云清洁", "AF07320 户外分类垃圾桶", "240L 带轮", 26900, 100, ["240L，带轮带盖", "1 个", "户外、楼道分类投放", "HDPE 材质，耐晒"], undefined, "个"],
    ["baiyun-af08072-cleaning-cart", "BAIYUN-AF08072", "白云清洁", "AF08072 多功能保洁车", "带布草袋", 89900, 40, ["1200×550×980mm", "1 台", "楼层保洁作业", "含布草袋、双水桶"], undefined, "台"],
  ]
)
