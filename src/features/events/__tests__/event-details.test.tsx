import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MESSAGES } from '../../../app/i18n/messages'
import type { Event } from '../../../schema'
import { dayTime, makeDataSet } from '../../../testing/fixtures'
import { EventDetails } from '../components/event-details'

afterEach(cleanup)
const { index } = makeDataSet()

function renderCard(event: Event, lang: 'zh' | 'en' = 'en', onOpenArticle = vi.fn()) {
  render(
    <EventDetails
      event={event}
      shownCount={index.events.length}
      articles={index.articles}
      onOpenArticle={onOpenArticle}
      format={{ lang, zone: 'source' }}
      labels={MESSAGES[lang].card}
      zoneHint={MESSAGES[lang].zone.hint}
    />,
  )
  return onOpenArticle
}

const talks = index.events.find((e) => e.id === 'e-talks')!
const storm = index.events.find((e) => e.id === 'e-storm')!

describe('EventDetails', () => {
  it('explains a resolved expression against the publication time', () => {
    const time = { ...dayTime('2023-09-12'), audit: { expression: '本周二', reference: '2023-09-17T13:30:00+08:00', rule: 'zh/weekday' } }
    renderCard({ ...talks, time })
    expect(screen.getByText(/本周二 → 12 Sept 2023, relative to the publication on 17 Sept 2023 13:30 .*Asia\/Shanghai \(rule zh\/weekday\)/)).toBeTruthy()
  })
  it('says where an inherited time came from, in Chinese too', () => {
    renderCard(talks, 'zh')
    expect(screen.getByText('2023年9月13日，继承自发布时间（规则 fixture）')).toBeTruthy()
  })
  it('flags disagreeing sources and shows each source date; a source link opens its pane', () => {
    const merged: Event = {
      ...talks,
      dateConflict: true,
      sources: [
        { ...talks.sources[0]!, time: dayTime('2023-09-13') },
        { ...storm.sources[0]!, time: dayTime('2023-09-14') },
      ],
    }
    const open = renderCard(merged)
    expect(screen.getByRole('note').textContent).toContain('Sources disagree on the date')
    expect(screen.getByText('13 Sept 2023', { selector: 'li span' })).toBeTruthy()
    expect(screen.getByText('14 Sept 2023', { selector: 'li span' })).toBeTruthy()
    fireEvent.click(screen.getByRole('link', { name: '海港市风暴后重建' }))
    expect(open).toHaveBeenCalledWith('a-second')
  })
  it('shows no flag when sources agree', () => {
    renderCard(talks)
    expect(screen.queryByRole('note')).toBeNull()
  })
})
