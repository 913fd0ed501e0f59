/**
 * The UI's words, one typed table per language. Features declare the labels they need as
 * props; this table fills them, so a missing translation is a type error.
 */
import type { Language } from '../url-state/view-params'

export interface Messages {
  /** Name of the language in itself, for the switch. */
  languageName: string
  languageLabel: string
  title: string
  timeline: {
    heading: string; zoomIn: string; zoomOut: string; fit: string; fitHint: string; jump: string; group: string; view: string
    cluster: string; shown: (n: number, total: number) => string; legend: string; dated: string; span: string; uncertain: string
  }
  groups: { none: string; actor: string; article: string; outlet: string; noActor: string }
  zone: { label: string; source: string; viewer: string; hint: string }
  articles: { browse: (n: number) => string; heading: string; search: string; sort: string; newest: string; oldest: string; events: (n: number) => string; none: string; open: (title: string) => string }
  panes: { close: (title: string) => string; empty: string }
  card: {
    heading: string; type: string; date: string; precision: string; resolved: string; actors: string; place: string
    sources: string; confidence: string; conflict: string; none: string; nothingSelected: (n: number) => string
    relativeTo: (expression: string, value: string, reference: string, rule: string) => string
    inherited: (from: string, value: string, rule: string) => string
    inheritedFrom: Record<'sentence' | 'paragraph' | 'story' | 'publication', string>
    granularity: Record<'year' | 'month' | 'day' | 'part-of-day' | 'hour' | 'minute', string>
    uncertain: string
  }
  export: { group: string; csv: string; json: string; ics: string }
}

const zh: Messages = {
  languageName: '中文',
  languageLabel: '界面语言',
  title: '新闻事件时间线',
  timeline: { heading: '时间线', zoomIn: '放大', zoomOut: '缩小', fit: '适配筛选结果', fitHint: '显示包含85%筛选结果的最短时间段（少数历史提及不计入；缩小可查看全部）', jump: '跳到所选事件', group: '分组', view: '时间线视图', cluster: '{count} 个事件（放大展开）', shown: (n, total) => `显示 ${n} / ${total} 个事件`, legend: '图例', dated: '确定日期', span: '时间段', uncertain: '不确定' },
  groups: { none: '不分组', actor: '按人物/机构', article: '按文章', outlet: '按媒体', noActor: '（无行为者）' },
  zone: { label: '时区', source: '发布地时区', viewer: '我的时区', hint: '时间按文章发布地的时区显示（事件发生地的时区未知）' },
  articles: { browse: (n) => `浏览全部 ${n} 篇文章`, heading: '文章', search: '搜索标题', sort: '排序', newest: '最新在前', oldest: '最早在前', events: (n) => `${n} 个事件`, none: '没有匹配的文章', open: (t) => `打开 ${t}` },
  panes: { close: (t) => `关闭 ${t}`, empty: '此数据集中没有文章。' },
  card: {
    heading: '所选事件', type: '类型', date: '日期', precision: '精度', resolved: '解析', actors: '行为者', place: '地点',
    sources: '来源', confidence: '置信度', conflict: '来源日期不一致', none: '—',
    nothingSelected: (n) => `显示 ${n} 个事件。点击时间线上的事件或文中高亮的句子查看详情。`,
    relativeTo: (e, v, r, rule) => `${e} → ${v}，相对于 ${r} 的发布时间（规则 ${rule}）`,
    inherited: (f, v, rule) => `${v}，继承自${f}（规则 ${rule}）`,
    inheritedFrom: { sentence: '同句', paragraph: '同段', story: '全文', publication: '发布时间' },
    granularity: { year: '年', month: '月', day: '日', 'part-of-day': '时段', hour: '小时', minute: '分钟' },
    uncertain: '不确定（仅知大致范围）',
  },
  export: { group: '导出', csv: 'CSV', json: 'JSON', ics: '日历 (.ics)' },
}

const en: Messages = {
  languageName: 'English',
  languageLabel: 'Interface language',
  title: 'News event timeline',
  timeline: { heading: 'Timeline', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit all', fitHint: 'Fits the shortest period holding 85% of the filtered events (a few historical mentions are left out; zoom out to see them)', jump: 'Jump to selected', group: 'Group', view: 'Timeline view', cluster: '{count} events (zoom in to expand)', shown: (n, total) => `${n} of ${total} events shown`, legend: 'Legend', dated: 'dated event', span: 'time span', uncertain: 'uncertain' },
  groups: { none: 'None', actor: 'By actor', article: 'By article', outlet: 'By outlet', noActor: '(no actor)' },
  zone: { label: 'Time zone', source: 'Publication zone', viewer: 'My zone', hint: "Times are shown in the publication's time zone (the zone of the event's place is not known)" },
  articles: { browse: (n) => `Browse all ${n} articles`, heading: 'Articles', search: 'Search titles', sort: 'Sort', newest: 'Newest first', oldest: 'Oldest first', events: (n) => `${n} ${n === 1 ? 'event' : 'events'}`, none: 'No article matches', open: (t) => `Open ${t}` },
  panes: { close: (t) => `Close ${t}`, empty: 'There are no articles in this data set.' },
  card: {
    heading: 'Selected event', type: 'Type', date: 'Date', precision: 'Precision', resolved: 'Resolved', actors: 'Actors', place: 'Place',
    sources: 'Sources', confidence: 'Confidence', conflict: 'Sources disagree on the date', none: '—',
    nothingSelected: (n) => `${n} events shown. Click an event on the timeline or a highlighted sentence to see its details.`,
    relativeTo: (e, v, r, rule) => `${e} → ${v}, relative to the publication on ${r} (rule ${rule})`,
    inherited: (f, v, rule) => `${v}, inherited from the ${f} (rule ${rule})`,
    inheritedFrom: { sentence: 'sentence', paragraph: 'paragraph', story: 'story', publication: 'publication time' },
    granularity: { year: 'year', month: 'month', day: 'day', 'part-of-day': 'part of day', hour: 'hour', minute: 'minute' },
    uncertain: 'uncertain (only bounded)',
  },
  export: { group: 'Export', csv: 'CSV', json: 'JSON', ics: 'Calendar (.ics)' },
}

export const MESSAGES: Record<Language, Messages> = { zh, en }
