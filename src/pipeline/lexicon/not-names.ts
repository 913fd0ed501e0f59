/** Words that qualify a title (荣休主教, 候任总统, 署理局长): never the name after a title. */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['荣休', '候任', '署理', '代理', '首任', '前任', '现任', '时任', '新任', '卸任', '离任', '退休', '荣誉', '荣退'])

/**
 * Common words the segmenter tags as personal names (its dictionary marks 韩朝, 祝福, 金刚 as nr)
 * or as bodies (社会科学, 非法组织 as nt), and words for groups of people: never an actor's name on
 * their own.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  '华裔', '华侨', '华人', '金融', '高层', '马上', '石油', '黄金', '方面', '白人', '黑人', '王国', '高速', '周边', '江湖', '龙头', '石头', '班师回', '高度', '安全', '文化', '金正', '明显', '华侨', '华商', '侨民', '高官', '高管', '学者', '白领', '周日', '周一', '周二', '周三', '周四', '周五', '周六',
  '韩朝', '许可', '安保', '严重性', '陆军', '谢谢', '祝福', '洪亮', '拉丁', '金刚', '德尔塔', '纳米', '道德', '社会科学', '非法组织',
  // Common words the segmenter tags as names, or that open with a surname (余生, 项目, 顾客).
  '余生', '权力', '项目', '荣幸', '富豪', '雷达', '周刊', '熊猫', '福利', '顾客', '顾忌', '宣言', '任上',
  '史诗片', '季后赛', '宣传单', '宣传画', '宣传站', '宣传品', '宣福礼', '尼古丁', '真人秀', '祖母绿', '祖父母', '马拉松', '高水平', '麦克风',
  '周环比', '向太空', '应成为', '车库里', '罗威纳', '阿拉伯',
  ...TITLE_QUALIFIERS,
])

/**
 * Words the body patterns take for an organisation (quoted slogans, words before a gloss, a
 * subject that is a common noun): 公司, 外国, 超级大国, “反共抗俄”, 高中同学.
 */
export const NOT_BODIES: ReadonlySet<string> = new Set([
  '公司', '组织', '网路', '网络', '外国', '公共场所', '全党全国', '反共抗俄', '古典文学', '国际经贸', '超级大国', '高中同学', '中文信息', '联合公报',
])
