/**
 * Rules every outlet shares: the archive's own markup (the `<div><i>byline<br>time</i></div>`
 * meta line, `<small>` captions, the feed footer) and common web boilerplate (share bars,
 * self-promotion, copyright notes, related-link boxes).
 */
import type { Element } from 'domhandler'
import type { Classify } from '../html-blocks'
import { hasAnyClass, hasClass, isTopLevel } from './reader'

/** Class-name fragments of non-article furniture: share bars, promos, ads, embeds, credits. */
const SKIP_CLASS_WORDS = [
  'copyright', 'visuallyhidden', 'share', 'social', 'self-promo', 'selfpromo', 'related', 'advert',
  'adcontainer', 'newsletter', 'zoom', 'byline', 'gallery', 'video', 'tweet', 'twitter', 'oembed',
  'skiplink', 'endtext', 'ytd-', 'fb-',
]
const SKIP_ATTR_PREFIXES = ['data-selfpromo', 'data-root-share', 'data-share']

export const sharedClassify: Classify = (el: Element) => {
  if (hasAnyClass(el, SKIP_CLASS_WORDS)) return 'skip'
  if ((el.attribs.id ?? '').toLowerCase().includes('zoom')) return 'skip'
  if (Object.keys(el.attribs).some((k) => SKIP_ATTR_PREFIXES.some((p) => k.startsWith(p)))) return 'skip'
  if (el.attribs['aria-hidden'] === 'true' || el.attribs['data-e2e'] === 'advertisement') return 'skip'
  if (el.name === 'time') return 'date'
  if (el.name === 'i' && isTopLevelDiv(el.parent)) return 'date'
  if (el.name === 'figcaption' || el.name === 'small' || hasClass(el, 'caption')) return 'caption'
  return null
}

/** The archive's meta line is an `<i>` right inside a top-level `<div>`. */
function isTopLevelDiv(node: Element['parent']): boolean {
  return node !== null && node.type === 'tag' && (node as Element).name === 'div' && isTopLevel(node as Element)
}

/** Whole-paragraph boilerplate common to the outlets. */
export const SHARED_BOILERPLATE: RegExp[] = [
  /^获取更多RSS/,
  /^https?:\/\/\S+$/,
  /^(©|\(c\)\s|copyright\b)/i,
  /^.{0,120}(版权声明|版权所有|版權所有|All rights reserved)/i,
  /^(分享|分享到|Share)\s*[:：]?$/i,
  /^(图像来源|图片来源|圖像來源|圖片來源)\s*[，,：:]/,
  /^你的(器材|设备|設備)不支持播放多媒体/,
  /^相关(图集|视频|报道|新闻|链接|阅读|内容|话题|主题)\s*[:：]?$/,
  /^(广告|Advertisement)$/i,
  /^Posted by .{1,80} on [A-Z][a-z]+day\b/,
  /^(视频|視頻)\s*[【「《:：]/,
  /^(本报道|本文)正?持续更新中/,
  /^BBC(中文|\S{0,8}记者)\S{0,12}(\s*[（(][^）)]*[)）])?\s*(分析|报道)?$/,
]

/** A heading opening a photo gallery; the gallery's items (image + text divs) follow it. */
export const GALLERY_HEAD = /^(相关图集|相關圖集|图集|圖集)\s*[:：]?/

/** Lines short enough to be a byline, credit or footer rather than a sentence of the story. */
const SHORT_LINE = 90

/** Byline / credit / agency lines: short, no full stop, and naming roles or agencies. */
export function isCreditLine(text: string): boolean {
  if (text.length > SHORT_LINE || /[。！？]/.test(text)) return false
  if (/(责编|編輯|编辑|网编|網編|记者|記者|撰稿|编译|編譯|核稿|摄影|攝影)\s*[：:]/.test(text)) return true
  if (/(责编|網編|网编)\s+\S/.test(text)) return true
  if (/(记者|記者)\S{1,12}(报道|報導)\s*$/.test(text) || /电台记者\S{1,12}(报道|報導)/.test(text)) return true
  if (/^[^，,。]{1,30}\/[^，,。]{0,30}[(（][^()（）]{1,40}[)）]$/.test(text)) return true
  return /^[^，,。]{0,40}[(（][^()（）]*(社|综合报道|综合报导|綜合報導|德国之声|德國之聲|路透|美联|法新|彭博)[^()（）]*[)）]$/.test(text)
}

/** A credit in parentheses ending a paragraph, e.g. `（实习编译：…/核稿：…）`; stripped. */
export const TRAILING_CREDIT = /\s*[(（][^()（）]{0,40}(编译|編譯|核稿|编辑|編輯|责编|译者|譯者)\s*[：:][^()（）]{0,60}[)）]\s*$/
