/**
 * A running count (累计确诊, 截至目前…死亡人数超过13万, 已导致20万人丧生) is a statistic about a
 * situation, not a happening: no health or death event comes of it. A day's new count (新增,
 * 单日) is that day's news, even when the sentence also gives the total. A fact box's line of
 * figures is no event of any type.
 */
const RUNNING_TOTAL = /(累计|截至|截止|总计|迄今|至今|目前|已经|已有|已造成|已导致)/
const LARGE_COUNT = /(\d|[一二三四五六七八九十几数])[\d.,，]*\s*(万|亿)|\d+\s*(例|宗)|病例|人数|死亡数|确诊数/
const COUNTED_TYPES = new Set(['health', 'death'])
const DAILY_COUNT = /(新增|单日|一天之内|24小时内)/

export function isStatistic(type: string, sentence: string): boolean {
  return (COUNTED_TYPES.has(type) && RUNNING_TOTAL.test(sentence) && LARGE_COUNT.test(sentence) && !DAILY_COUNT.test(sentence)) || isDataLine(sentence)
}

/** 死亡人数： 32521 | 死亡率：… : a fact box's line of figures, two or more "label：number" pairs. */
const LABELLED_FIGURE = /[：:]\s*[\d.,]+/g

function isDataLine(sentence: string): boolean {
  return sentence.includes('|') && (sentence.match(LABELLED_FIGURE)?.length ?? 0) >= 2
}
