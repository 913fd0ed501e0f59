/**
 * Heads of the names of courts, police forces, bureaus and companies: a place and a head make an
 * organisation no list can hold (北京市第二中级人民法院, 广东海警局, 某某科技有限公司).
 */
const NUMBER = '[一二三四五六七八九十]+'

/** Courts and procuratorates, with their rank and branch (第二中级人民法院, 人民检察院第二分院). */
export const COURT_HEAD = `(?:第${NUMBER})?(?:中级|高级|基层|最高|地方|联邦|巡回|高等)?(?:人民|行政|宪法|劳动)?(?:法院|检察院)(?:第${NUMBER}分院)?`

/** Police, coast guard, security and other bureaus that act in news. */
export const BUREAU_HEADS: readonly string[] = [
  '警方', '公安局', '公安厅', '警察局', '警察厅', '警务处', '海警局', '国家安全局', '安全局', '卫生局', '卫健委', '移民局', '入境处',
  '监狱管理局', '检察署', '地检署', '地方检察署', '调查局', '情报局', '纪委', '监委', '市政府', '市府', '省政府', '州政府', '县政府', '区政府', '人民政府',
  // A region's or a city's authorities (新疆当局, 青岛当局); a country's are its institution (中国当局).
  '当局',
  '教育局', '教育厅', '卫生厅', '卫生署', '统计局', '气象局', '保安局', '民政局', '环保局', '消防局', '交通局', '税务局',
  '应急管理局', '市场监管局', '疾控中心', '海事局', '协会', '文化局', '新闻局', '旅游局', '规划局', '劳工局', '社会局',
  // Committees and chambers below a country or city (country + ministry is the gazetteer's institution pattern),
  // a province's or a state's parliament (安大略省议会), a federal ministry (加拿大联邦移民部).
  '委员会', '下议院', '上议院', '议会', '移民部',
  // Universities and institutes (悉尼科技大学, 武汉病毒研究所, 斯德哥尔摩环境研究所, 皮尤研究中心).
  '大学', '学院', '研究所', '研究院', '科学院', '研究中心',
  // Auction houses (汉森拍卖行), museums and galleries (路德维希博物馆).
  '拍卖行', '博物馆', '美术馆', '艺术馆', '画廊', '基金会',
]

/** Companies: the words between the place and this head are the firm's name. */
export const COMPANY_HEADS: readonly string[] = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '航空公司', '药业']

/**
 * A bare 公司 names a firm only after a foreign name (泰晤士水公司, 再生元制药公司): after a
 * country or a city it is any firm of the place (中国公司, 北京科技公司).
 */
export const FOREIGN_FIRM_HEAD = '公司'

/** Government bodies a country's name comes before (白俄罗斯内政部, 韩国统一部, 日本海上保安厅). */
export const STATE_BODIES: readonly string[] = [
  '外交部', '国防部', '内政部', '卫生部', '司法部', '财政部', '商务部', '教育部', '安全部', '紧急情况部',
  '统一部', '经济部', '交通部', '农业部', '环境部', '能源部', '文化部', '国土安全部', '外务省', '防卫省', '厚生劳动省', '海上保安厅',
  '总统府', '总统办公室', '政府', '当局', '警方', '军方', '军队', '武装部队', '部队', '国会', '议会',
  '最高法院', '法院', '检察院', '检方', '外交部发言人', '国防部发言人', '选举委员会', '中央选举委员会',
  '卫生当局', '海关', '央行', '中央银行', '大使馆', '领事馆', '驻华大使馆', '反对派',
]
