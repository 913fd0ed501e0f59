/**
 * Common Japanese family names as Chinese text writes them (Simplified). Japanese names are not
 * transliterated and mostly open with characters that are no Chinese surname (大山, 浦田, 森),
 * so neither the surname list nor the transliteration set finds them after a title or before a
 * gloss. General knowledge: the frequent family names, not names of particular people.
 */
const SURNAMES =
  '佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 ' +
  '桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 ' +
  '西村 藤井 金子 冈本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 内田 柴田 ' +
  '酒井 宫崎 横山 高木 安藤 宫本 大野 小岛 谷口 今井 工藤 高田 增田 丸山 杉山 村田 大冢 新井 小山 平野 ' +
  '藤本 河野 上野 野口 武田 松井 千叶 岩崎 菅原 木下 久保 佐野 野村 松尾 菊地 杉本 市川 古川 大西 岛田 ' +
  '水野 樱井 高野 渡部 吉川 山内 西田 饭田 菊池 西川 小松 北村 安田 五十岚 川口 平田 中田 久保田 服部 ' +
  '岩田 土屋 川崎 福岛 本田 樋口 秋山 田口 永井 山中 中西 吉村 川上 大石 石原 松冈 马场 滨田 森本 星野 ' +
  '矢野 浅野 大久保 松下 吉冈 小池 野田 荒木 大谷 内藤 松浦 熊谷 黑田 尾崎 永田 川村 望月 田边 松村 荒井 ' +
  '大岛 平井 早川 菅野 栗原 西山 广濑 横田 石桥 萩原 岩本 片山 关口 宫田 大森 高岛 冈崎 浅井 古田 小田 ' +
  '大山 古屋 浦田 岸田 茂木 河合 稻田 小泉 细川 鸠山 麻生 二阶 枝野 志位 玉木 岸 森 菅 ' +
  '宫泽 竹下 海部 桥下 小渊 福井 二宫 北岛 宫内 堀江 大桥 高须 石破 野中 船桥'

const SET = new Set(SURNAMES.split(' '))
const LONGEST = Math.max(...[...SET].map((s) => s.length))

/** The Japanese family name `text` opens with at `at`, longest first; one character only where `single` allows. */
export function japaneseSurnameAt(text: string, at: number, single = false): string | undefined {
  for (let n = LONGEST; n >= (single ? 1 : 2); n--) {
    const word = text.slice(at, at + n)
    if (word.length === n && SET.has(word)) return word
  }
  return undefined
}
