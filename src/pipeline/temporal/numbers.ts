/** Numbers as Chinese news writes them: ASCII digits, Chinese numerals (十三, 二十一, 二〇二〇). */
const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
}

/** Regex source for a number 0-99 written with digits or Chinese numerals. */
export const SMALL_NUMBER = '(?:\\d{1,2}|[零〇一二两三四五六七八九十]{1,3})'
/** Regex source for a four-digit year written with digits or Chinese numerals. */
export const YEAR_NUMBER = '(?:\\d{4}|[零〇一二三四五六七八九]{4})'

/** 13, 十三, 二十一, 三十 -> number; NaN when it is not a number. */
export function parseSmallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  const ten = text.indexOf('十')
  if (ten < 0) return text.length === 1 && text in DIGIT ? DIGIT[text]! : NaN
  const tens = ten === 0 ? 1 : DIGIT[text.slice(0, ten)] ?? NaN
  const unitText = text.slice(ten + 1)
  const units = unitText === '' ? 0 : DIGIT[unitText] ?? NaN
  return tens * 10 + units
}

/** 2020, 二〇二〇 -> 2020 (digit by digit). */
export function parseYear(text: string): number {
  if (/^\d+$/.test(text)) return Number(text)
  const digits = [...text].map((c) => DIGIT[c])
  return digits.some((d) => d === undefined) ? NaN : Number(digits.join(''))
}
