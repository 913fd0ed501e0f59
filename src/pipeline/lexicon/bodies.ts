/**
 * Heads of the names of courts, police forces, bureaus and companies: a place and a head make an
 * organisation no list can hold (北京市第二中级人民法院, 广东海警局, 某某科技有限公司).
 */
const NUMBER = '[一二三四五六七八九十]+'

/** Courts and procuratorates, with their rank and branch (第二中级人民法院, 人民检察院第二分院). */
export const COURT_HEAD = `(?:第${NUMBER})?(?:中级|高级|基层|最高|地方|联邦|巡回)?(?:人民)?(?:法院|检察院)(?:第${NUMBER}分院)?`

/** Police, coast guard, security and other bureaus that act in news. */
export const BUREAU_HEADS: readonly string[] = [
  '公安局', '公安厅', '警察局', '警察厅', '警务处', '海警局', '国家安全局', '安全局', '卫生局', '卫健委', '移民局', '入境处',
  '监狱管理局', '检察署', '调查局', '情报局', '纪委', '监委', '市政府', '省政府', '州政府', '人民政府',
  '教育局', '教育厅', '卫生厅', '卫生署', '统计局', '气象局', '保安局', '民政局', '环保局', '消防局', '交通局', '税务局',
  '应急管理局', '市场监管局', '疾控中心',
  // Committees and chambers below a country or city (country + ministry is the gazetteer's institution pattern).
  '委员会', '下议院', '上议院',
  // Universities and institutes (悉尼科技大学, 武汉病毒研究所).
  '大学', '学院', '研究所', '研究院', '科学院',
]

/** Companies: the words between the place and this head are the firm's name. */
export const COMPANY_HEADS: readonly string[] = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团']
