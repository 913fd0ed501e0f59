/**
 * Traditional Chinese goes through the Simplified parsers: this table maps, character for
 * character, the Traditional forms that occur in time expressions and in the words the parsers
 * look at around them (週二, 本週, 上週, 後天, 兩點, 將, 預計 ...). One character for one keeps every
 * offset valid, so matches point into the original text unchanged. Full-width digits are folded too.
 */
const HANT_TO_HANS: Record<string, string> = {
  週: '周', 禮: '礼', 後: '后', 個: '个', 兩: '两', 點: '点', 時: '时', 號: '号', 淩: '凌',
  間: '间', 這: '这', 將: '将', 會: '会', 預: '预', 計: '计', 劃: '划', 準: '准', 備: '备', 擬: '拟',
  當: '当', 裡: '里', 裏: '里', 黃: '黄', 來: '来', 幾: '几', 數: '数', 連: '连', 於: '于', 屆: '届',
  內: '内', 萬: '万', 歲: '岁', 報: '报', 節: '节', 紀: '纪', 選: '选', 舉: '举', 離: '离', 親: '亲',
  臨: '临', 貼: '贴', 鐘: '钟', 鍾: '钟', 圓: '圆', 遊: '游', 檔: '档', 場: '场', 聞: '闻', 還: '还',
  曆: '历', 億: '亿', 剛: '刚', 邊: '边', 國: '国', 關: '关', 頭: '头', 條: '条', 說: '说',
  談: '谈', 訪: '访', 際: '际', 氣: '气', 夠: '够', 隻: '只',
}

const FULL_WIDTH_DIGIT = /[０-９]/g
/** Every key of the table is one UTF-16 unit, so a character class finds them all in one pass. */
const HANT_CHAR = new RegExp(`[${Object.keys(HANT_TO_HANS).join('')}]`, 'g')

/** Same length as the input: full-width digits to ASCII, Traditional forms to Simplified. */
export function normalizeZh(text: string): string {
  const folded = text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  return folded.replace(HANT_CHAR, (c) => HANT_TO_HANS[c]!)
}
