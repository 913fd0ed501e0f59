/**
 * Well-known public figures with their regional spellings (mainland / Taiwan / Hong Kong) and
 * long forms, so the same person gets one id across outlets. Canonical names are the mainland
 * Simplified short forms. `country` helps "title + nationality" coreference ("俄罗斯总统").
 */
export interface PersonEntry {
  name: string
  aliases: readonly string[]
  country?: string
}

export const PEOPLE: readonly PersonEntry[] = [
  { name: '普京', aliases: ['普丁', '弗拉基米尔·普京', '弗拉基米尔·普丁', 'Vladimir Putin', 'Putin'], country: '俄罗斯' },
  { name: '特朗普', aliases: ['川普', '唐纳德·特朗普', '唐纳德·川普', 'Donald Trump', 'Trump'], country: '美国' },
  { name: '拜登', aliases: ['乔·拜登', '约瑟夫·拜登', 'Joe Biden', 'Biden'], country: '美国' },
  { name: '贺锦丽', aliases: ['哈里斯', '卡玛拉·哈里斯', '贺锦丽', 'Kamala Harris'], country: '美国' },
  { name: '彭斯', aliases: ['迈克·彭斯', '麦克·彭斯', 'Mike Pence'], country: '美国' },
  { name: '蓬佩奥', aliases: ['庞培奥', '庞皮欧', '迈克·庞皮欧', '迈克·蓬佩奥', '麦克·庞培奥', 'Mike Pompeo', 'Pompeo'], country: '美国' },
  { name: '布林肯', aliases: ['安东尼·布林肯', 'Antony Blinken'], country: '美国' },
  { name: '奥巴马', aliases: ['欧巴马', '巴拉克·奥巴马'], country: '美国' },
  { name: '佩洛西', aliases: ['裴洛西', '南希·佩洛西'], country: '美国' },
  { name: '麦康奈尔', aliases: ['米奇·麦康奈尔'], country: '美国' },
  { name: '埃斯珀', aliases: ['艾斯培', '马克·埃斯珀'], country: '美国' },
  { name: '习近平', aliases: ['习主席', 'Xi Jinping'], country: '中国' },
  { name: '李克强', aliases: [], country: '中国' },
  { name: '王毅', aliases: [], country: '中国' },
  { name: '赵立坚', aliases: [], country: '中国' },
  { name: '华春莹', aliases: [], country: '中国' },
  { name: '汪文斌', aliases: [], country: '中国' },
  { name: '金正恩', aliases: ['Kim Jong Un', 'Kim Jong-un'], country: '朝鲜' },
  { name: '金与正', aliases: [], country: '朝鲜' },
  { name: '文在寅', aliases: ['Moon Jae-in'], country: '韩国' },
  { name: '尹锡悦', aliases: [], country: '韩国' },
  { name: '安倍晋三', aliases: ['安倍'], country: '日本' },
  { name: '菅义伟', aliases: ['菅首相'], country: '日本' },
  { name: '岸田文雄', aliases: ['岸田'], country: '日本' },
  { name: '马克龙', aliases: ['马克宏', '埃马纽埃尔·马克龙', 'Emmanuel Macron', 'Macron'], country: '法国' },
  { name: '默克尔', aliases: ['梅克尔', '安格拉·默克尔', 'Angela Merkel', 'Merkel'], country: '德国' },
  { name: '约翰逊', aliases: ['鲍里斯·约翰逊', '强生', 'Boris Johnson'], country: '英国' },
  { name: '泽连斯基', aliases: ['泽伦斯基', '弗拉基米尔·泽连斯基'], country: '乌克兰' },
  { name: '卢卡申科', aliases: ['卢卡申柯', '鲁卡申柯', '鲁卡申科', '亚历山大·卢卡申科'], country: '白俄罗斯' },
  { name: '季哈诺夫斯卡娅', aliases: ['斯维特兰娜·季哈诺夫斯卡娅', '提哈诺夫斯卡娅', '齐哈诺夫斯卡娅'], country: '白俄罗斯' },
  { name: '拉夫罗夫', aliases: ['谢尔盖·拉夫罗夫'], country: '俄罗斯' },
  { name: '佩斯科夫', aliases: ['德米特里·佩斯科夫'], country: '俄罗斯' },
  { name: '纳瓦尔尼', aliases: ['纳瓦利内', '阿列克谢·纳瓦尔尼', '纳瓦尼'], country: '俄罗斯' },
  { name: '埃尔多安', aliases: ['艾尔多安', '雷杰普·塔伊普·埃尔多安'], country: '土耳其' },
  { name: '阿利耶夫', aliases: ['伊利哈姆·阿利耶夫', '阿里耶夫'], country: '阿塞拜疆' },
  { name: '帕希尼扬', aliases: ['尼科尔·帕希尼扬', '帕希尼安'], country: '亚美尼亚' },
  { name: '内塔尼亚胡', aliases: ['纳坦雅胡', '本雅明·内塔尼亚胡'], country: '以色列' },
  { name: '哈梅内伊', aliases: ['哈米尼'], country: '伊朗' },
  { name: '鲁哈尼', aliases: ['罗哈尼'], country: '伊朗' },
  { name: '莫迪', aliases: ['纳伦德拉·莫迪'], country: '印度' },
  { name: '蔡英文', aliases: [], country: '台湾' },
  { name: '林郑月娥', aliases: ['林郑'], country: '香港' },
  { name: '黎智英', aliases: [], country: '香港' },
  { name: '黄之锋', aliases: [], country: '香港' },
  { name: '谭德塞', aliases: ['谭德赛', '特德罗斯'] },
  { name: '古特雷斯', aliases: ['古特瑞斯', '安东尼奥·古特雷斯'] },
  { name: '教皇方济各', aliases: ['方济各', '教宗方济各'] },
  { name: '昂山素季', aliases: ['翁山苏姬'], country: '缅甸' },
  { name: '杜特尔特', aliases: ['杜特蒂'], country: '菲律宾' },
  { name: '莫里森', aliases: ['斯科特·莫里森'], country: '澳大利亚' },
  { name: '特鲁多', aliases: ['杜鲁多', '贾斯廷·特鲁多'], country: '加拿大' },
  { name: '博索纳罗', aliases: ['波索纳洛'], country: '巴西' },
  { name: '马杜罗', aliases: [], country: '委内瑞拉' },
  { name: '惠特默', aliases: ['格雷琴·惠特默', '惠特莫'] },
]
