/**
 * Demo categories, named after items of the government centralised-procurement catalogue.
 * `specs` lists, in display order, the specification keys products of the category carry
 * and their Chinese labels; `product_type` decides the VAT rate (see data/commerce.ts).
 */

export type ProductTypeValue = "货物" | "生活服务" | "修理修配劳务" | "有形动产租赁"

export interface SeedCategory {
  handle: string
  name: string
  name_en: string
  description: string
  product_type: ProductTypeValue
  /** Placeholder image colour. */
  color: string
  specs: Record<string, string>
}

// 有形动产租赁 (car rental without a driver) is taxed at 13 %, the region's default rate.
export const PRODUCT_TYPES: ProductTypeValue[] = ["货物", "生活服务", "修理修配劳务", "有形动产租赁"]

export const CATEGORIES = [
  {
    handle: "desktop-computers",
    name: "台式计算机",
    name_en: "Desktop computers",
    description: "办公用台式计算机（含显示器）",
    product_type: "货物",
    color: "#1f5fa8",
    specs: {
      cpu: "处理器",
      memory: "内存",
      storage: "硬盘",
      graphics: "显卡",
      display: "显示器",
      os: "操作系统",
      warranty: "质保",
    },
  },
  {
    handle: "laptops",
    name: "便携式计算机",
    name_en: "Laptops",
    description: "笔记本电脑",
    product_type: "货物",
    color: "#2b7a78",
    specs: {
      cpu: "处理器",
      memory: "内存",
      storage: "硬盘",
      screen: "屏幕",
      weight: "重量",
      os: "操作系统",
      warranty: "质保",
    },
  },
  {
    handle: "all-in-one-computers",
    name: "一体机",
    name_en: "All-in-one computers",
    description: "台式一体计算机",
    product_type: "货物",
    color: "#3d5a80",
    specs: {
      cpu: "处理器",
      memory: "内存",
      storage: "硬盘",
      screen: "屏幕",
      os: "操作系统",
      warranty: "质保",
    },
  },
  {
    handle: "printers",
    name: "打印机",
    name_en: "Printers",
    description: "激光、喷墨及针式打印机",
    product_type: "货物",
    color: "#6a4c93",
    specs: {
      print_type: "类型",
      print_speed: "打印速度",
      max_paper: "最大幅面",
      duplex: "自动双面",
      connectivity: "接口",
      duty_cycle: "月负荷",
    },
  },
  {
    handle: "copiers",
    name: "复印机",
    name_en: "Copiers",
    description: "数码复合机（复印/打印/扫描）",
    product_type: "货物",
    color: "#8e4162",
    specs: {
      color_mode: "色彩",
      copy_speed: "复印速度",
      max_paper: "最大幅面",
      functions: "功能",
      paper_capacity: "标配纸容量",
      warranty: "质保",
    },
  },
  {
    handle: "copy-paper",
    name: "复印纸",
    name_en: "Copy paper",
    description: "A4/A3 复印纸",
    product_type: "货物",
    color: "#c17c24",
    specs: {
      size: "规格",
      grammage: "克重",
      packing: "包装",
      whiteness: "白度",
      pulp: "原料",
    },
  },
  {
    handle: "projectors",
    name: "投影仪",
    name_en: "Projectors",
    description: "会议室及教学投影仪",
    product_type: "货物",
    color: "#0f7173",
    specs: {
      brightness: "亮度",
      resolution: "分辨率",
      contrast: "对比度",
      light_source: "光源",
      connectivity: "接口",
    },
  },
  {
    handle: "shredders",
    name: "碎纸机",
    name_en: "Paper shredders",
    description: "保密碎纸机",
    product_type: "货物",
    color: "#5c6b73",
    specs: {
      security_level: "保密等级",
      shred_size: "碎纸尺寸",
      sheet_capacity: "单次碎纸量",
      bin_volume: "纸箱容积",
      run_time: "连续工作时间",
    },
  },
  {
    handle: "office-furniture",
    name: "办公桌椅",
    name_en: "Office desks and chairs",
    description: "办公桌、工位、会议桌及办公椅",
    product_type: "货物",
    color: "#7f5539",
    specs: {
      dimensions: "尺寸",
      material: "材质",
      color: "颜色",
      features: "特点",
      warranty: "质保",
    },
  },
  {
    handle: "air-conditioners",
    name: "空调",
    name_en: "Air conditioners",
    description: "壁挂式、柜式及商用空调",
    product_type: "货物",
    color: "#1b998b",
    specs: {
      ac_type: "类型",
      horsepower: "匹数",
      cooling_capacity: "制冷量",
      heating_capacity: "制热量",
      energy_class: "能效等级",
      refrigerant: "冷媒",
    },
  },
  {
    handle: "cleaning-services",
    name: "保洁服务",
    name_en: "Cleaning services",
    description: "办公场所保洁服务（定点服务）",
    product_type: "生活服务",
    color: "#4a7c59",
    specs: {
      scope: "服务内容",
      area: "服务面积",
      frequency: "服务频次",
      staffing: "人员配置",
      billing_unit: "计价单位",
      service_area: "服务区域",
    },
  },
  {
    handle: "vehicle-maintenance",
    name: "车辆维修",
    name_en: "Vehicle maintenance",
    description: "公务用车维修保养（定点服务）",
    product_type: "修理修配劳务",
    color: "#9c2c2c",
    specs: {
      scope: "服务内容",
      vehicle: "适用车型",
      labour_time: "工时",
      warranty: "质保",
      billing_unit: "计价单位",
      service_area: "服务网点",
    },
  },
  {
    handle: "office-supplies",
    name: "办公用品",
    name_en: "Office supplies",
    description: "文具、档案用品及打印耗材",
    product_type: "货物",
    color: "#b5651d",
    specs: {
      spec: "规格",
      material: "材质",
      color: "颜色",
      packing: "包装",
      features: "特点",
    },
  },
  {
    handle: "cleaning-supplies",
    name: "清洁用品",
    name_en: "Cleaning supplies",
    description: "卫生用纸、洗涤剂、消毒剂及保洁工具",
    product_type: "货物",
    color: "#3a7ca5",
    specs: {
      spec: "规格",
      packing: "包装",
      usage: "用途",
      features: "特点",
    },
  },
  {
    handle: "car-rental",
    name: "车辆租赁",
    name_en: "Car rental",
    description: "公务用车租赁（不含驾驶员，定点服务）",
    product_type: "有形动产租赁",
    color: "#6b705c",
    specs: {
      vehicle: "车型",
      seats: "座位数",
      rental_term: "租期",
      mileage: "里程限制",
      insurance: "保险",
      service_area: "取还车网点",
    },
  },
] as const satisfies readonly SeedCategory[]

export type CategoryHandle = (typeof CATEGORIES)[number]["handle"]

export type SpecKey<H extends CategoryHandle> = keyof Extract<
  (typeof CATEGORIES)[number],
  { handle: H }
>["specs"]

/**
 * Catalog item code (品目编码) of each category, modelled on the 政府采购品目分类目录 (A = goods,
 * C = services; illustrative, not an official mapping). Experts' specialities and suppliers'
 * main lines are lists of these codes; the seed stores each in the category's
 * `metadata.catalog_code`.
 */
export const CATALOG_CODE = {
  "desktop-computers": "A02010104",
  laptops: "A02010105",
  "all-in-one-computers": "A02010107",
  printers: "A02010601",
  copiers: "A02020100",
  "copy-paper": "A09010100",
  projectors: "A02020200",
  shredders: "A02021100",
  "office-furniture": "A06010000",
  "air-conditioners": "A0206180203",
  "cleaning-services": "C12040200",
  "vehicle-maintenance": "C05030100",
  "office-supplies": "A09019900",
  "cleaning-supplies": "A09060000",
  "car-rental": "C10030100",
} as const satisfies Record<CategoryHandle, string>

export const CATALOG_CODES: readonly string[] = Object.values(CATALOG_CODE)
