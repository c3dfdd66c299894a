/**
 * Who is who in the demo: the platform operator, the regulator, the procurement agency, five
 * purchasing units, two banks, thirty suppliers and five evaluation experts — every one with a
 * log-in. Names are realistic but invented; USCCs and identity numbers are generated (valid
 * check characters, deterministic seeds) and belong to nobody.
 *
 * Natural keys: organizations are found by USCC, people by e-mail. Changing a USCC or an
 * e-mail here makes the next seed run create a second record.
 */
import { makeIdNumber } from "@govmall/procurement-core/domain/id-number"
import type {
  EnterpriseSize,
  MemberRole,
  OrganizationKind,
  SupplierSpecialStatus,
} from "@govmall/procurement-core/domain/organization-lifecycle"
import { generateUscc } from "@govmall/procurement-core/domain/uscc"
import { CATALOG_CODE } from "./categories"

/**
 * Every demo account's password. It is also the admin password `npm start` prints
 * (scripts/lib/demo.mjs `DEMO_ADMIN`; a unit spec keeps the two equal).
 */
export const DEMO_PASSWORD = "GovMall@2026"

/** The platform administrator: `npm start` prints this log-in (scripts/lib/demo.mjs). */
export const DEMO_ADMIN_EMAIL = "admin@govmall.cn"

export interface SeedPerson {
  email: string
  name: string
  phone?: string
  role: MemberRole
}

/** An organization the platform creates (approved at once): every kind but supplier. */
export interface SeedOrganization {
  kind: Exclude<OrganizationKind, "supplier">
  name: string
  uscc: string
  region_code: string
  /** USCC of the parent unit (purchasing units only), resolved to its id at seed time. */
  parent_uscc?: string
  branch_name?: string
  contact_name: string
  contact_phone: string
  address: string
  staff: SeedPerson[]
}

export type SupplierReview =
  | { status: "approved" }
  | { status: "pending_review" }
  | { status: "rejected"; reason: string }

/** A supplier registers itself (pending_review); the regulator then reviews it. */
export interface SeedSupplier {
  name: string
  uscc: string
  region_code: string
  contact_name: string
  contact_phone: string
  address: string
  enterprise_size: EnterpriseSize
  special_status: SupplierSpecialStatus
  bank_name: string
  bank_account_number: string
  legal_representative: string
  business_scope: string
  /** Catalog item codes it mainly sells (for later offer seeding and for the demo's story). */
  catalog_codes: string[]
  /** The registrant, who becomes the organization's admin member. */
  registrant: { email: string; name: string }
  review: SupplierReview
}

export interface SeedExpert {
  email: string
  name: string
  /** Full identity number, only ever sent to the enrol workflow (it stores mask + hash). */
  id_number: string
  specialities: string[]
  employer_name: string
  employer_uscc: string
  region_code: string
  phone: string
}

/**
 * USCC for demo organization `key`: position 1-2 from the registering authority and category
 * (GB 32100: 11 = 机构编制 / 机关, 12 = 机构编制 / 事业单位, 91 = 市场监管 / 企业), 3-8 the region.
 */
function uscc(key: string, regionCode: string, kind: "agency" | "institution" | "enterprise"): string {
  const [authority, category] = kind === "agency" ? ["1", "1"] : kind === "institution" ? ["1", "2"] : ["9", "1"]
  return generateUscc({ seed: `govmall-demo:${key}`, authority, category, regionCode })
}

export const PLATFORM: SeedOrganization = {
  kind: "platform",
  name: "GovMall 政府采购电子卖场运营中心",
  uscc: uscc("platform", "140100", "enterprise"),
  region_code: "140100",
  contact_name: "平台管理员",
  contact_phone: "0351-5550000",
  address: "山西省太原市小店区长治路 227 号",
  staff: [{ email: DEMO_ADMIN_EMAIL, name: "平台管理员", role: "admin" }],
}

export const REGULATOR: SeedOrganization = {
  kind: "regulator",
  name: "山西省财政厅",
  uscc: uscc("regulator-sxczt", "140000", "agency"),
  region_code: "140000",
  contact_name: "刘建国",
  contact_phone: "0351-4043000",
  address: "山西省太原市迎泽区迎泽大街 351 号",
  staff: [
    { email: "liujianguo@czt.shanxi.gov.cn", name: "刘建国", phone: "13903510101", role: "admin" },
    { email: "chenjing@czt.shanxi.gov.cn", name: "陈静", phone: "13903510102", role: "approver" },
  ],
}

export const AGENCY: SeedOrganization = {
  kind: "agency",
  name: "山西省政府采购中心",
  uscc: uscc("agency-sxzfcg", "140000", "institution"),
  region_code: "140000",
  contact_name: "孙磊",
  contact_phone: "0351-5221000",
  address: "山西省太原市杏花岭区府西街 69 号",
  staff: [
    // The admin holds the organization's certificate (only admins may request one).
    { email: "sunlei@zfcg.shanxi.gov.cn", name: "孙磊", phone: "13903510201", role: "admin" },
    { email: "zhouting@zfcg.shanxi.gov.cn", name: "周婷", phone: "13903510202", role: "operator" },
    { email: "wugang@zfcg.shanxi.gov.cn", name: "吴刚", phone: "13903510203", role: "approver" },
  ],
}

const EDUCATION_DEPARTMENT_USCC = uscc("unit-sxjyt", "140000", "agency")
const TAIYUAN_POLICE_USCC = uscc("unit-tygaj", "140100", "agency")

/** Budget units (预算单位); each purchaser is its unit's admin (and so may request its certificate). */
export const PURCHASING_UNITS: SeedOrganization[] = [
  {
    kind: "purchasing_unit",
    name: "山西省教育厅",
    uscc: EDUCATION_DEPARTMENT_USCC,
    region_code: "140000",
    contact_name: "王芳",
    contact_phone: "0351-3031000",
    address: "山西省太原市杏花岭区三墙路 1 号",
    staff: [{ email: "wangfang@jyt.shanxi.gov.cn", name: "王芳", phone: "13903510301", role: "admin" }],
  },
  {
    kind: "purchasing_unit",
    name: "太原市公安局",
    uscc: TAIYUAN_POLICE_USCC,
    region_code: "140100",
    contact_name: "李强",
    contact_phone: "0351-4162000",
    address: "山西省太原市迎泽区新建南路 3 号",
    staff: [{ email: "liqiang@gaj.taiyuan.gov.cn", name: "李强", phone: "13903510302", role: "admin" }],
  },
  {
    kind: "purchasing_unit",
    name: "太原市公安局小店分局",
    uscc: uscc("unit-tygaj-xd", "140105", "agency"),
    region_code: "140105",
    parent_uscc: TAIYUAN_POLICE_USCC,
    contact_name: "张伟",
    contact_phone: "0351-7023000",
    address: "山西省太原市小店区平阳路 78 号",
    staff: [{ email: "zhangwei@xdfj.taiyuan.gov.cn", name: "张伟", phone: "13903510303", role: "admin" }],
  },
  {
    kind: "purchasing_unit",
    name: "大同市卫生健康委员会",
    uscc: uscc("unit-dtwjw", "140200", "agency"),
    region_code: "140200",
    contact_name: "赵敏",
    contact_phone: "0352-2043000",
    address: "山西省大同市平城区御河西路 1 号",
    staff: [{ email: "zhaomin@wjw.dt.gov.cn", name: "赵敏", phone: "13903520304", role: "admin" }],
  },
  {
    kind: "purchasing_unit",
    name: "晋中市生态环境局",
    uscc: uscc("unit-jzsthjj", "140700", "agency"),
    region_code: "140700",
    contact_name: "马丽",
    contact_phone: "0354-3062000",
    address: "山西省晋中市榆次区迎宾西街 188 号",
    staff: [{ email: "mali@sthjj.jz.gov.cn", name: "马丽", phone: "13903540305", role: "admin" }],
  },
]

/** Settlement banks (financing, payments); platform-created, one admin each. */
export const BANKS: SeedOrganization[] = [
  {
    kind: "bank",
    name: "中国建设银行股份有限公司山西省分行",
    uscc: uscc("bank-ccb-sx", "140000", "enterprise"),
    region_code: "140000",
    branch_name: "山西省分行",
    contact_name: "杨帆",
    contact_phone: "0351-4957000",
    address: "山西省太原市小店区府东街 126 号",
    staff: [{ email: "yangfan@sx.ccb.com", name: "杨帆", phone: "13903510401", role: "admin" }],
  },
  {
    kind: "bank",
    name: "晋商银行股份有限公司",
    uscc: uscc("bank-jshbank", "140100", "enterprise"),
    region_code: "140100",
    branch_name: "总行营业部",
    contact_name: "郝晓东",
    contact_phone: "0351-6819000",
    address: "山西省太原市万柏林区长风西街 1 号",
    staff: [{ email: "haoxiaodong@jshbank.com", name: "郝晓东", phone: "13903510402", role: "admin" }],
  },
]

/** Platform-created organizations, in creation order (a parent before its children). */
export const PLATFORM_CREATED: SeedOrganization[] = [PLATFORM, REGULATOR, AGENCY, ...PURCHASING_UNITS, ...BANKS]

const C = CATALOG_CODE
const COMPUTERS = [C["desktop-computers"], C.laptops, C["all-in-one-computers"]]
const OFFICE_EQUIPMENT = [C.printers, C.copiers, C.projectors, C.shredders]

type SupplierRow = [
  key: string,
  name: string,
  region_code: string,
  size: EnterpriseSize,
  special: SupplierSpecialStatus,
  domain: string,
  person: [pinyin: string, name: string],
  codes: string[],
  scope: string,
  review?: SupplierReview,
]

const SUPPLIER_BANKS = [
  "中国建设银行太原迎泽支行",
  "中国工商银行太原五一路支行",
  "晋商银行太原长风街支行",
  "中国银行山西省分行营业部",
  "中国农业银行太原小店支行",
]

const DISTRICT_ADDRESS: Record<string, string> = {
  "140105": "山西省太原市小店区学府街 %d 号",
  "140106": "山西省太原市迎泽区迎泽大街 %d 号",
  "140107": "山西省太原市杏花岭区五一路 %d 号",
  "140109": "山西省太原市万柏林区千峰南路 %d 号",
  "140110": "山西省太原市晋源区晋祠路 %d 号",
  "140200": "山西省大同市平城区魏都大道 %d 号",
  "140300": "山西省阳泉市城区桃北西街 %d 号",
  "140400": "山西省长治市潞州区英雄中路 %d 号",
  "140500": "山西省晋城市城区泽州路 %d 号",
  "140600": "山西省朔州市朔城区开发南路 %d 号",
  "140700": "山西省晋中市榆次区顺城街 %d 号",
  "140800": "山西省运城市盐湖区河东东街 %d 号",
  "140900": "山西省忻州市忻府区和平街 %d 号",
  "141000": "山西省临汾市尧都区鼓楼南大街 %d 号",
  "141100": "山西省吕梁市离石区龙凤南大街 %d 号",
  "110108": "北京市海淀区中关村大街 %d 号",
  "310115": "上海市浦东新区张江路 %d 号",
}

const SUPPLIER_ROWS: SupplierRow[] = [
  ["jinyun", "山西晋云信息技术有限公司", "140105", "medium", "none", "jinyun-it.com", ["zhangjun", "张军"], COMPUTERS, "计算机软硬件及外围设备销售、信息系统集成服务"],
  ["hengxinda", "太原市恒信达电脑科技有限公司", "140106", "small", "none", "hxdpc.com.cn", ["lihua", "李华"], COMPUTERS, "计算机及辅助设备销售、维修"],
  ["shuzhi", "山西数智科技股份有限公司", "140105", "large", "none", "sxszkj.com", ["wanglei", "王磊"], [...COMPUTERS, C.printers], "计算机、通信设备销售，信息技术咨询服务"],
  ["yungang", "大同市云冈计算机系统有限公司", "140200", "small", "none", "ygcs.com.cn", ["liuyang", "刘洋"], COMPUTERS, "计算机系统集成、电子产品销售"],
  ["zhongke", "北京中科华信科技有限公司", "110108", "large", "none", "zkhx-tech.com", ["chenpeng", "陈鹏"], COMPUTERS, "计算机软硬件技术开发、销售"],
  ["shangdang", "长治市上党电子科技有限公司", "140400", "micro", "none", "sdkj-cz.com", ["zhaogang", "赵刚"], [C.laptops, C.printers], "电子产品、办公设备销售"],
  ["huayin", "山西华印办公设备有限公司", "140107", "medium", "none", "huayin-oa.com", ["sunli", "孙丽"], [...OFFICE_EQUIPMENT, C["office-supplies"]], "办公设备销售、维修及耗材供应"],
  ["jiamei", "太原市佳美办公自动化设备有限公司", "140109", "small", "none", "jiamei-oa.com", ["zhoujie", "周杰"], [C.printers, C.copiers], "办公自动化设备销售、租赁、维修"],
  ["mingyuan", "晋中市明远办公用品有限公司", "140700", "small", "none", "mingyuan-bg.com", ["wuxia", "吴霞"], [C.shredders, C["copy-paper"], C["office-supplies"]], "办公用品、文化用品销售"],
  ["jinding", "运城市金鼎科贸有限公司", "140800", "micro", "none", "jindingkm.com", ["zhengqiang", "郑强"], [C.printers, C["copy-paper"], C["office-supplies"]], "办公设备、计算机耗材、文具销售"],
  ["boshi", "上海博视光电科技有限公司", "310115", "medium", "none", "boshi-av.com", ["fengtao", "冯涛"], [C.projectors], "光电显示设备研发、销售"],
  ["sanjin", "山西三晋纸业有限公司", "140109", "medium", "none", "sanjinpaper.com", ["hanmei", "韩梅"], [C["copy-paper"], C["cleaning-supplies"]], "纸制品（复印纸、卫生用纸）生产、销售"],
  ["wenhui", "阳泉市文汇文化用品有限公司", "140300", "micro", "none", "wenhui-yq.com", ["caojing", "曹静"], [C["copy-paper"], C.shredders, C["office-supplies"]], "文化办公用品销售"],
  ["huajin", "临汾市华晋商贸有限公司", "141000", "small", "none", "huajinsm.com", ["dengchao", "邓超"], [C["copy-paper"], C["office-furniture"], C["office-supplies"], C["cleaning-supplies"]], "日用百货、办公用品、家具销售"],
  ["jinzuo", "山西晋作家具制造有限公司", "140700", "medium", "none", "jinzuo-furniture.com", ["xuming", "许明"], [C["office-furniture"]], "办公家具设计、制造、销售"],
  ["furuida", "太原市福瑞达办公家具有限公司", "140105", "small", "none", "frd-furniture.com", ["hufang", "胡芳"], [C["office-furniture"]], "办公家具销售、安装"],
  ["yangguang", "吕梁市阳光福利家具厂", "141100", "small", "disability_welfare_unit", "yangguangfl.com", ["gaoping", "高平"], [C["office-furniture"]], "木制家具制造、销售（福利企业）"],
  ["jinkang", "山西晋康实业有限公司", "140110", "medium", "prison_enterprise", "jinkang-sy.com", ["songwei", "宋伟"], [C["office-furniture"], C["copy-paper"], C["cleaning-supplies"]], "家具、纸制品、服装加工（监狱企业）"],
  ["meige", "山西美格制冷设备有限公司", "140105", "medium", "none", "meige-hvac.com", ["luobin", "罗斌"], [C["air-conditioners"]], "制冷空调设备销售、安装、维修"],
  ["nuantong", "忻州市暖通空调工程有限公司", "140900", "small", "none", "xznt.com.cn", ["liangyu", "梁宇"], [C["air-conditioners"]], "暖通空调工程安装、设备销售"],
  ["fengcheng", "晋城市凤城电器有限公司", "140500", "small", "none", "fcdq.com.cn", ["xiena", "谢娜"], [C["air-conditioners"]], "家用电器、空调销售及售后服务"],
  ["jiemei", "山西洁美物业服务有限公司", "140106", "medium", "none", "jiemei-wy.com", ["tanglin", "唐琳"], [C["cleaning-services"], C["cleaning-supplies"]], "物业管理、保洁服务、清洁用品销售"],
  ["qingyuan", "太原市清源保洁服务有限公司", "140107", "micro", "none", "qingyuanbj.com", ["hanxue", "韩雪"], [C["cleaning-services"]], "保洁服务、家政服务"],
  ["fukang", "大同市福康保洁服务中心", "140200", "micro", "disability_welfare_unit", "fukangbj.com", ["yuanhui", "袁辉"], [C["cleaning-services"]], "保洁服务（残疾人福利性单位）"],
  ["jingda", "朔州市净达环境服务有限公司", "140600", "small", "none", "jingda-hj.com", ["dongliang", "董亮"], [C["cleaning-services"]], "环境卫生服务、保洁服务"],
  ["tongda", "山西通达汽车维修有限公司", "140109", "medium", "none", "tongda-auto.com", ["xiaojian", "萧剑"], [C["vehicle-maintenance"], C["car-rental"]], "机动车维修、保养（一类维修资质），汽车租赁"],
  ["shunan", "晋中市顺安机动车维修有限公司", "140700", "small", "none", "shunan-auto.com", ["panyong", "潘勇"], [C["vehicle-maintenance"], C["car-rental"]], "机动车维修、汽车配件销售、汽车租赁"],
  ["zhuoyue", "山西卓越智能科技有限公司", "140105", "small", "none", "zhuoyue-ai.com", ["duyan", "杜艳"], [...COMPUTERS, C.projectors], "智能设备、计算机销售", { status: "pending_review" }],
  ["xinyuan", "忻州市鑫源商贸有限公司", "140900", "micro", "none", "xinyuansm.com", ["jiangbo", "蒋波"], [C["copy-paper"], C.shredders], "办公用品、日用百货销售", { status: "pending_review" }],
  ["hongfa", "太原市宏发贸易有限公司", "140106", "micro", "none", "hongfamy.com", ["qianlong", "钱龙"], OFFICE_EQUIPMENT, "日用百货、五金交电销售",
    { status: "rejected", reason: "营业执照经营范围不含办公设备销售，且未提交近三年经营活动中无重大违法记录的书面声明" }],
]

export const SUPPLIERS: SeedSupplier[] = SUPPLIER_ROWS.map(
  ([key, name, region, size, special, domain, [pinyin, person], codes, scope, review], index) => ({
    name,
    uscc: uscc(`supplier-${key}`, region, "enterprise"),
    region_code: region,
    contact_name: person,
    contact_phone: `139${region.slice(0, 4)}${String(5000 + index).padStart(4, "0")}`,
    address: DISTRICT_ADDRESS[region].replace("%d", String(10 + index * 7)),
    enterprise_size: size,
    special_status: special,
    bank_name: SUPPLIER_BANKS[index % SUPPLIER_BANKS.length],
    bank_account_number: `1405${region}${String(100000000 + index * 7919).slice(0, 9)}`,
    legal_representative: person,
    business_scope: scope,
    catalog_codes: codes,
    registrant: { email: `${pinyin}@${domain}`, name: person },
    review: review ?? { status: "approved" },
  })
)

/** The supplier whose employee is an expert: the conflict-of-interest example. */
export const CONFLICTED_SUPPLIER = SUPPLIERS.find((s) => s.name === "山西数智科技股份有限公司")!

/** Enrolled by the regulator; specialities are catalog item codes (CATALOG_CODE). */
export const EXPERTS: SeedExpert[] = [
  {
    email: "guozhiming@tyut.edu.cn",
    name: "郭志明",
    id_number: makeIdNumber("140105", "1972-03-15", 31),
    specialities: COMPUTERS,
    employer_name: "太原理工大学",
    employer_uscc: uscc("employer-tyut", "140100", "institution"),
    region_code: "140100",
    phone: "13903510501",
  },
  {
    // Works for a supplier: must be excluded from evaluating that supplier's responses.
    email: "hanli@sxszkj.com",
    name: "韩丽",
    id_number: makeIdNumber("140106", "1981-07-02", 22),
    specialities: [...COMPUTERS, C.printers, C.copiers],
    employer_name: CONFLICTED_SUPPLIER.name,
    employer_uscc: CONFLICTED_SUPPLIER.uscc,
    region_code: "140100",
    phone: "13903510502",
  },
  {
    email: "chengyongkang@sxzj.org.cn",
    name: "程永康",
    id_number: makeIdNumber("140702", "1968-11-20", 13),
    specialities: [C["office-furniture"], C["copy-paper"], C["office-supplies"], C["cleaning-supplies"]],
    employer_name: "山西省产品质量监督检验研究院",
    employer_uscc: uscc("employer-sxzj", "140100", "institution"),
    region_code: "140700",
    phone: "13903540503",
  },
  {
    email: "fengxiaoyan@sxadi.com",
    name: "冯晓燕",
    id_number: makeIdNumber("140202", "1979-05-08", 44),
    specialities: [C["air-conditioners"], C["cleaning-services"]],
    employer_name: "山西省建筑设计研究院有限公司",
    employer_uscc: uscc("employer-sxadi", "140100", "enterprise"),
    region_code: "140200",
    phone: "13903520504",
  },
  {
    email: "yanghaitao@sxjky.com",
    name: "杨海涛",
    id_number: makeIdNumber("140402", "1975-09-27", 55),
    specialities: [C["vehicle-maintenance"], C["car-rental"], C.projectors, C.shredders],
    employer_name: "山西省交通科学研究院集团有限公司",
    employer_uscc: uscc("employer-sxjky", "140100", "enterprise"),
    region_code: "140400",
    phone: "13903540505",
  },
]
