/** Words shared by the Chinese parsers (written in Simplified; Traditional goes through hant-table). */
import type { PartOfDay } from '../../../../schema'

/** 星期一 / 周一 / 礼拜一 ... 星期日 / 星期天: 0 = Sunday. */
export const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 }

export const PART_OF_DAY: Record<string, PartOfDay> = {
  凌晨: 'dawn', 清晨: 'dawn', 黎明: 'dawn',
  早晨: 'morning', 早上: 'morning', 上午: 'morning',
  中午: 'noon', 午间: 'noon', 正午: 'noon',
  下午: 'afternoon', 午后: 'afternoon',
  傍晚: 'evening', 黄昏: 'evening', 晚间: 'evening', 晚上: 'evening',
  夜间: 'night', 夜里: 'night', 深夜: 'night', 半夜: 'night', 午夜: 'night', 夜晚: 'night',
}
/** Longest first so that 晚上 wins over 晚. */
export const PART_OF_DAY_SOURCE = Object.keys(PART_OF_DAY).sort((a, b) => b.length - a.length).join('|')

/** Parts of day that turn a clock hour into the afternoon/evening one (下午3点 = 15:00). */
export const AFTERNOON_PARTS: readonly PartOfDay[] = ['afternoon', 'evening', 'night']

/** 今年/去年/明年/前年 relative to the publication year. */
export const RELATIVE_YEAR: Record<string, number> = { 今: 0, 本: 0, 去: -1, 明: 1, 前: -2 }

export const MONTH_NUMBER = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])'
export const DAY_NUMBER = '(?:3[01]|[12]\\d|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])'
/** Range connectors: 至 到 - — ~ (full-width forms included). */
export const RANGE_CONNECTOR = '(?:至|到|-|－|—|–|~|～|──|——)'
