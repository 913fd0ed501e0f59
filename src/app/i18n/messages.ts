/**
 * The UI's words, one typed table per language. Features declare the labels they need as
 * props; this table fills them, so a missing translation is a type error.
 */
import type { EventType } from '../../schema'
import type { Language } from '../url-state/view-params'
import { EVENT_TYPE_NAMES } from './event-types'

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
  articles: { browse: (n: number) => string; heading: string; picker: string; search: string; sort: string; newest: string; oldest: string; events: (n: number) => string; none: string; open: (title: string) => string }
  panes: { close: (title: string) => string; empty: string; loading: string; failed: string; retry: string; retrying: string }
  card: {
    heading: string; type: string; date: string; precision: string; resolved: string; actors: string; place: string
    sources: string; confidence: string; conflict: string; none: string; nothingSelected: (n: number) => string
    relativeTo: (expression: string, value: string, reference: string, rule: string) => string
    inherited: (from: string, value: string, rule: string) => string
    inheritedFrom: Record<'sentence' | 'paragraph' | 'story' | 'publication', string>
    granularity: Record<'year' | 'month' | 'day' | 'part-of-day' | 'hour' | 'minute', string>
    uncertain: string; id: string; region: string; types: Record<EventType, string>
  }
  export: { group: string; csv: string; json: string; ics: string }
  filters: {
    heading: string; shown: (n: number, total: number) => string; clear: string; search: string; searchKey: string
    searchPlaceholder: string; searchHint: (pending: boolean) => string; types: string; outlets: string
    dateRange: string; from: string; to: string; actorMode: string; any: string; all: string; events: string
  }
  eventList: { heading: string; empty: string; selected: string }
  actors: { heading: string; all: string; none: string; find: string; findPlaceholder: string; noActors: string; noMatch: (q: string) => string; events: string; kinds: Record<'person' | 'organization' | 'country' | 'agency' | 'group', string> }
  summary: (articles: number, events: number, actors: number) => string
  copyLink: { button: string; copied: string; failed: string }
  notices: { loading: string; loadFailed: string; retry: string; retrying: string; staleData: string; checkServer: string; paneFailed: (name: string) => string }
}

const KINDS_ZH = { person: '人物', organization: '机构', country: '国家', agency: '部门', group: '团体' }


const zh: Messages = {
  languageName: '中文',
  languageLabel: '界面语言',
  title: '新闻事件时间线',
  timeline: { heading: '时间线', zoomIn: '放大', zoomOut: '缩小', fit: '适配筛选结果', fitHint: '显示包含85%筛选结果的最短时间段（少数历史提及不计入；缩小可查看全部）', jump: '跳到所选事件', group: '分组', view: '时间线视图', cluster: '{count} 个事件（放大展开）', shown: (n, total) => `显示 ${n} / ${total} 个事件`, legend: '图例', dated: '确定日期', span: '时间段', uncertain: '不确定' },
  groups: { none: '不分组', actor: '按人物/机构', article: '按文章', outlet: '按媒体', noActor: '（无行为者）' },
  zone: { label: '时区', source: '发布地时区', viewer: '我的时区', hint: '时间按文章发布地的时区显示（事件发生地的时区未知）' },
  articles: { browse: (n) => `浏览全部 ${n} 篇文章`, heading: '文章', picker: '文章', search: '搜索标题', sort: '排序', newest: '最新在前', oldest: '最早在前', events: (n) => `${n} 个事件`, none: '没有匹配的文章', open: (t) => `打开 ${t}` },
  panes: { close: (t) => `关闭 ${t}`, empty: '此数据集中没有文章。', loading: '正在加载文章…', failed: '无法加载文章。', retry: '重试', retrying: '重试中…' },
  card: {
    heading: '所选事件', type: '类型', date: '日期', precision: '精度', resolved: '解析', actors: '行为者', place: '地点',
    sources: '来源', confidence: '置信度', conflict: '来源日期不一致', none: '—',
    nothingSelected: (n) => `显示 ${n} 个事件。点击时间线上的事件或文中高亮的句子查看详情。`,
    relativeTo: (e, v, r, rule) => `${e} → ${v}，相对于 ${r} 的发布时间（规则 ${rule}）`,
    inherited: (f, v, rule) => `${v}，继承自${f}（规则 ${rule}）`,
    inheritedFrom: { sentence: '同句', paragraph: '同段', story: '全文', publication: '发布时间' },
    granularity: { year: '年', month: '月', day: '日', 'part-of-day': '时段', hour: '小时', minute: '分钟' },
    uncertain: '不确定（仅知大致范围）', id: '编号', region: '事件详情', types: EVENT_TYPE_NAMES.zh,
  },
  export: { group: '导出', csv: 'CSV', json: 'JSON', ics: '日历 (.ics)' },
  filters: {
    heading: '筛选', shown: (n, total) => `（${total} 个事件中显示 ${n} 个）`, clear: '清除筛选', search: '搜索', searchKey: '（按 /）',
    searchPlaceholder: '普京、会谈、标题…', searchHint: (p) => `搜索句子、标题和行为者；简体繁体均可${p ? '（加载中…）' : ''}。`, types: '事件类型', outlets: '媒体',
    dateRange: '日期范围', from: '从', to: '到', actorMode: '匹配勾选的行为者', any: '任一', all: '全部', events: '个事件',
  },
  eventList: { heading: '按时间排列的事件', empty: '没有符合筛选条件的事件。', selected: '已选：' },
  actors: { heading: '行为者', all: '全选', none: '全不选', find: '查找行为者', findPlaceholder: '查找行为者…', noActors: '这些文章中没有找到行为者。', noMatch: (q) => `没有匹配“${q}”的行为者。`, events: '个事件', kinds: KINDS_ZH },
  summary: (a, e, n) => `${a} 篇文章 · ${e} 个事件 · ${n} 个行为者`,
  copyLink: { button: '复制链接', copied: '链接已复制', failed: '无法复制：请使用地址栏' },
  notices: {
    loading: '正在加载时间线数据…', loadFailed: '无法加载时间线数据。', retry: '重试', retrying: '重试中…',
    staleData: '数据集缺失或由其他版本生成：请运行 `npm run ingest -- data/articles` 后重试。', checkServer: '请检查网络连接或服务器，然后重试。', paneFailed: () => '此部分出错了。',
  },
}

const en: Messages = {
  languageName: 'English',
  languageLabel: 'Interface language',
  title: 'News event timeline',
  timeline: { heading: 'Timeline', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit all', fitHint: 'Fits the shortest period holding 85% of the filtered events (a few historical mentions are left out; zoom out to see them)', jump: 'Jump to selected', group: 'Group', view: 'Timeline view', cluster: '{count} events (zoom in to expand)', shown: (n, total) => `${n} of ${total} events shown`, legend: 'Legend', dated: 'dated event', span: 'time span', uncertain: 'uncertain' },
  groups: { none: 'None', actor: 'By actor', article: 'By article', outlet: 'By outlet', noActor: '(no actor)' },
  zone: { label: 'Time zone', source: 'Publication zone', viewer: 'My zone', hint: "Times are shown in the publication's time zone (the zone of the event's place is not known)" },
  articles: { browse: (n) => `Browse all ${n} articles`, heading: 'Articles', picker: 'Article', search: 'Search titles', sort: 'Sort', newest: 'Newest first', oldest: 'Oldest first', events: (n) => `${n} ${n === 1 ? 'event' : 'events'}`, none: 'No article matches', open: (t) => `Open ${t}` },
  panes: { close: (t) => `Close ${t}`, empty: 'There are no articles in this data set.', loading: 'Loading the article…', failed: 'The article could not be loaded.', retry: 'Retry', retrying: 'Retrying…' },
  card: {
    heading: 'Selected event', type: 'Type', date: 'Date', precision: 'Precision', resolved: 'Resolved', actors: 'Actors', place: 'Place',
    sources: 'Sources', confidence: 'Confidence', conflict: 'Sources disagree on the date', none: '—',
    nothingSelected: (n) => `${n} events shown. Click an event on the timeline or a highlighted sentence to see its details.`,
    relativeTo: (e, v, r, rule) => `${e} → ${v}, relative to the publication on ${r} (rule ${rule})`,
    inherited: (f, v, rule) => `${v}, inherited from the ${f} (rule ${rule})`,
    inheritedFrom: { sentence: 'sentence', paragraph: 'paragraph', story: 'story', publication: 'publication time' },
    granularity: { year: 'year', month: 'month', day: 'day', 'part-of-day': 'part of day', hour: 'hour', minute: 'minute' },
    uncertain: 'uncertain (only bounded)', id: 'Id', region: 'Event details', types: EVENT_TYPE_NAMES.en,
  },
  export: { group: 'Export', csv: 'CSV', json: 'JSON', ics: 'Calendar (.ics)' },
  filters: {
    heading: 'Filters', shown: (n, total) => `(${n} of ${total} events)`, clear: 'Clear filters', search: 'Search', searchKey: '(press /)',
    searchPlaceholder: '普京, 会谈, title…', searchHint: (p) => `Sentences, titles and actors; Simplified and Traditional alike${p ? ' (loading…)' : ''}.`, types: 'Event types', outlets: 'Outlets',
    dateRange: 'Date range', from: 'From', to: 'To', actorMode: 'Match the checked actors', any: 'any', all: 'all', events: 'events',
  },
  eventList: { heading: 'Events in time order', empty: 'No event matches the filters.', selected: 'Selected:' },
  actors: {
    heading: 'Actors', all: 'All', none: 'None', find: 'Find an actor', findPlaceholder: 'Find an actor…', noActors: 'No actors were found in these articles.',
    noMatch: (q) => `No actor matches “${q}”.`, events: 'events', kinds: { person: 'person', organization: 'organisation', country: 'country', agency: 'agency', group: 'group' },
  },
  summary: (a, e, n) => `${a} articles · ${e} events · ${n} actors`,
  copyLink: { button: 'Copy link', copied: 'Link copied', failed: 'Could not copy: use the address bar' },
  notices: {
    loading: 'Loading the timeline data…', loadFailed: 'The timeline data could not be loaded.', retry: 'Retry', retrying: 'Retrying…',
    staleData: 'The data set is missing or was written by another version: run `npm run ingest -- data/articles`, then retry.', checkServer: 'Check the connection or the server, then retry.', paneFailed: (name) => `The ${name} failed.`,
  },
}

export const MESSAGES: Record<Language, Messages> = { zh, en }
