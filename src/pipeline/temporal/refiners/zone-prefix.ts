/**
 * 北京时间10日0点 / 台北时间上午9时 / 格林威治标准时间11日11时: a time the text gives in a named
 * zone keeps that zone (EventTime.timeZone) instead of the article's. 当地时间 names no zone.
 */
import type { ParsingResult, Refiner } from 'chrono-node'
import { wallTimeAt } from '../../sources/zoned-time'

const ZONES: Record<string, string> = {
  北京时间: 'Asia/Shanghai', 中国时间: 'Asia/Shanghai', 台北时间: 'Asia/Taipei', 台湾时间: 'Asia/Taipei',
  香港时间: 'Asia/Hong_Kong', 东京时间: 'Asia/Tokyo', 日本时间: 'Asia/Tokyo', 首尔时间: 'Asia/Seoul',
  韩国时间: 'Asia/Seoul', 平壤时间: 'Asia/Pyongyang', 莫斯科时间: 'Europe/Moscow', 巴黎时间: 'Europe/Paris',
  法国时间: 'Europe/Paris', 柏林时间: 'Europe/Berlin', 德国时间: 'Europe/Berlin', 伦敦时间: 'Europe/London',
  英国时间: 'Europe/London', 格林威治标准时间: 'UTC', 格林尼治标准时间: 'UTC', 格林威治时间: 'UTC',
  格林尼治时间: 'UTC', 世界标准时间: 'UTC', 协调世界时: 'UTC', 美东时间: 'America/New_York',
  美国东部时间: 'America/New_York', 华盛顿时间: 'America/New_York', 纽约时间: 'America/New_York',
  美西时间: 'America/Los_Angeles', 美国西部时间: 'America/Los_Angeles', 印度时间: 'Asia/Kolkata',
}

const BEFORE = new RegExp(`(${Object.keys(ZONES).join('|')})[\\s（(]*$`)

export const TIME_ZONE_TAG = 'zone:'

export const zonePrefixRefiner: Refiner = {
  refine: (context, results) =>
    results.map((result: ParsingResult) => {
      const zone = BEFORE.exec(context.text.slice(Math.max(0, result.index - 12), result.index))?.[1]
      if (!zone) return result
      const timeZone = ZONES[zone]!
      // 美东时间晚9点 in an article dated 9:44 in Beijing: with no day of its own, the time falls on
      // the day it was in that zone when the article was written (the evening before, in New York).
      if (!result.start.isCertain('day')) {
        const wall = wallTimeAt(context.reference.instant.getTime(), timeZone)
        result.start.imply('year', wall.year)
        result.start.imply('month', wall.month)
        result.start.imply('day', wall.day)
      }
      return result.addTag(TIME_ZONE_TAG + timeZone)
    }),
}

