import { productsFromRows } from "./build"
import type { SeedProduct } from "./types"

// 定点服务: car rental without a driver (有形动产租赁). The providers are invented for the demo.

/** [vehicle, seats, rental_term, mileage, insurance, service_area] */
export const CAR_RENTAL: SeedProduct<"car-rental">[] = productsFromRows(
  "car-rental",
  { noun: "车辆租赁", unit: "天", description: "公务用车租赁（不含驾驶员），含车辆保险与道路救援。" },
  [
    ["jintong-sedan-lavida-daily", "SVC-RENT-LAVIDA-DAY", "晋通租车（示例）", "大众 朗逸 日租", "经济型轿车", 22000, undefined, ["大众 朗逸 1.5L 自动挡", "5 座", "按日（≥ 1 天）", "每日 300 公里，超出 0.8 元/公里", "交强险 + 商业险（三者 100 万）", "太原市小店区、太原南站"]],
    ["jintong-sedan-passat-daily", "SVC-RENT-PASSAT-DAY", "晋通租车（示例）", "大众 帕萨特 日租", "中型轿车", 38000, undefined, ["大众 帕萨特 2.0T 自动挡", "5 座", "按日（≥ 1 天）", "每日 300 公里", "交强险 + 商业险（三者 100 万）", "太原市小店区、太原南站"]],
    ["jintong-hongqi-h5-daily", "SVC-RENT-HONGQI-H5-DAY", "晋通租车（示例）", "红旗 H5 日租", "国产中型轿车", 42000, undefined, ["红旗 H5 1.5T 自动挡", "5 座", "按日（≥ 1 天）", "每日 300 公里", "交强险 + 商业险（三者 100 万）", "太原市小店区、太原南站"]],
    ["jintong-buick-gl8-daily", "SVC-RENT-GL8-DAY", "晋通租车（示例）", "别克 GL8 日租", "商务车", 58000, undefined, ["别克 GL8 2.0T 自动挡", "7 座", "按日（≥ 1 天）", "每日 300 公里", "交强险 + 商业险（三者 150 万）", "太原市小店区、太原武宿机场"]],
    ["sanjin-byd-han-ev-monthly", "SVC-RENT-HAN-EV-MONTH", "三晋出行（示例）", "比亚迪 汉 EV 月租", "新能源 长租", 650000, undefined, ["比亚迪 汉 EV 纯电", "5 座", "按月（≥ 1 个月）", "每月 4000 公里", "交强险 + 商业险（三者 100 万）", "太原市、晋中市"], "新能源公务用车长租，含充电卡与定期保养。", "月"],
    ["sanjin-toyota-rav4-daily", "SVC-RENT-RAV4-DAY", "三晋出行（示例）", "丰田 RAV4 荣放 日租", "SUV 山区", 36000, undefined, ["丰田 RAV4 2.0L 四驱", "5 座", "按日（≥ 1 天）", "每日 400 公里", "交强险 + 商业险（三者 100 万）", "太原市、忻州市、吕梁市"], "适合下乡调研、山区道路。"],
    ["sanjin-haval-h6-monthly", "SVC-RENT-H6-MONTH", "三晋出行（示例）", "哈弗 H6 月租", "SUV 长租", 480000, undefined, ["哈弗 H6 1.5T 自动挡", "5 座", "按月（≥ 1 个月）", "每月 4000 公里", "交强险 + 商业险（三者 100 万）", "山西省内各地市"], undefined, "月"],
    ["sanjin-toyota-coaster-daily", "SVC-RENT-COASTER-DAY", "三晋出行（示例）", "丰田 考斯特 日租", "中巴 会务接待", 150000, undefined, ["丰田 考斯特 4.0L（需 B 照）", "20 座", "按日（≥ 1 天）", "每日 300 公里", "交强险 + 商业险 + 乘客险", "太原市"], "会务接待用中巴，驾驶人须持 A1/B1 驾照。"],
  ]
)
