/**
 * English names of the countries and regions in countries.ts (keyed by their canonical Chinese
 * name), so an English article's "Russia" or "the US" is the same actor as a Chinese 俄罗斯 / 美国.
 * Capitals are places here, as 北京 is in Chinese text.
 */
export const EN_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  中国: ['China', "People's Republic of China", 'PRC'],
  美国: ['United States', 'US', 'U.S.', 'USA', 'America'],
  俄罗斯: ['Russia'],
  朝鲜: ['North Korea', 'DPRK'],
  韩国: ['South Korea'],
  日本: ['Japan'],
  英国: ['Britain', 'United Kingdom', 'UK', 'U.K.'],
  法国: ['France'],
  德国: ['Germany'],
  意大利: ['Italy'], 西班牙: ['Spain'], 葡萄牙: ['Portugal'], 荷兰: ['Netherlands'], 比利时: ['Belgium'],
  瑞士: ['Switzerland'], 瑞典: ['Sweden'], 挪威: ['Norway'], 丹麦: ['Denmark'], 芬兰: ['Finland'], 波兰: ['Poland'],
  奥地利: ['Austria'], 希腊: ['Greece'], 匈牙利: ['Hungary'], 捷克: ['Czech Republic', 'Czechia'], 罗马尼亚: ['Romania'],
  保加利亚: ['Bulgaria'], 塞尔维亚: ['Serbia'], 爱尔兰: ['Ireland'], 乌克兰: ['Ukraine'],
  白俄罗斯: ['Belarus'], 立陶宛: ['Lithuania'], 拉脱维亚: ['Latvia'], 爱沙尼亚: ['Estonia'], 摩尔多瓦: ['Moldova'],
  格鲁吉亚: ['Georgia'], 亚美尼亚: ['Armenia'], 阿塞拜疆: ['Azerbaijan'], 土耳其: ['Turkey'],
  伊朗: ['Iran'], 伊拉克: ['Iraq'], 叙利亚: ['Syria'], 黎巴嫩: ['Lebanon'], 以色列: ['Israel'],
  巴勒斯坦: ['Palestine'], 约旦: ['Jordan'], 沙特阿拉伯: ['Saudi Arabia'], 阿联酋: ['United Arab Emirates', 'UAE'],
  卡塔尔: ['Qatar'], 也门: ['Yemen'], 阿曼: ['Oman'], 科威特: ['Kuwait'], 巴林: ['Bahrain'], 埃及: ['Egypt'],
  利比亚: ['Libya'], 突尼斯: ['Tunisia'], 阿尔及利亚: ['Algeria'], 摩洛哥: ['Morocco'], 苏丹: ['Sudan'],
  埃塞俄比亚: ['Ethiopia'], 尼日利亚: ['Nigeria'], 南非: ['South Africa'], 肯尼亚: ['Kenya'], 马里: ['Mali'],
  阿富汗: ['Afghanistan'], 巴基斯坦: ['Pakistan'], 印度: ['India'], 孟加拉国: ['Bangladesh'],
  斯里兰卡: ['Sri Lanka'], 尼泊尔: ['Nepal'], 缅甸: ['Myanmar', 'Burma'], 泰国: ['Thailand'], 越南: ['Vietnam'],
  老挝: ['Laos'], 柬埔寨: ['Cambodia'], 马来西亚: ['Malaysia'], 新加坡: ['Singapore'], 印度尼西亚: ['Indonesia'],
  菲律宾: ['Philippines'], 蒙古: ['Mongolia'], 哈萨克斯坦: ['Kazakhstan'], 吉尔吉斯斯坦: ['Kyrgyzstan'],
  乌兹别克斯坦: ['Uzbekistan'], 塔吉克斯坦: ['Tajikistan'], 土库曼斯坦: ['Turkmenistan'], 澳大利亚: ['Australia'],
  新西兰: ['New Zealand'], 加拿大: ['Canada'], 墨西哥: ['Mexico'], 巴西: ['Brazil'], 阿根廷: ['Argentina'],
  智利: ['Chile'], 秘鲁: ['Peru'], 哥伦比亚: ['Colombia'], 委内瑞拉: ['Venezuela'], 古巴: ['Cuba'], 玻利维亚: ['Bolivia'],
  台湾: ['Taiwan'], 香港: ['Hong Kong'], 澳门: ['Macau', 'Macao'], 梵蒂冈: ['Vatican', 'Holy See'],
  吉布提: ['Djibouti'], 索马里: ['Somalia'], 几内亚: ['Guinea'], 科特迪瓦: ["Côte d'Ivoire", 'Ivory Coast'],
  '纳戈尔诺-卡拉巴赫': ['Nagorno-Karabakh'],
}
