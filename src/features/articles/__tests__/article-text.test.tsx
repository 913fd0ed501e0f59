import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeArticle, makeDataSet } from '../../../testing/fixtures'
import { ArticleText } from '../components/article-text'

const scrollIntoView = vi.fn()
beforeEach(() => {
  scrollIntoView.mockClear()
  Element.prototype.scrollIntoView = scrollIntoView
})
afterEach(cleanup)

function renderArticle(selectedEventId: string | null, onSelectEvent = vi.fn()) {
  const { index, bodies } = makeDataSet()
  const view = render(
    <ArticleText article={bodies[0]!} events={index.events} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} />,
  )
  return { ...view, index, onSelectEvent }
}

describe('ArticleText', () => {
  it('has exactly one element per event of the article, with its id', () => {
    const { container, index } = renderArticle(null)
    const ids = [...container.querySelectorAll('[data-event-id]')].map((el) => el.getAttribute('data-event-id'))
    const expected = index.events.filter((e) => e.sources[0]?.articleId === 'a-first').map((e) => e.id)
    expect(ids.sort()).toEqual(expected.sort())
  })

  it('marks the selected event with aria-current and nothing else', () => {
    const { container } = renderArticle('e-deal')
    const current = container.querySelectorAll('[aria-current="true"]')
    expect(current).toHaveLength(1)
    expect(current[0]!.getAttribute('data-event-id')).toBe('e-deal')
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    expect(scrollIntoView.mock.contexts[0]).toBe(current[0])
  })

  it('cycles through the events of a shared sentence on each click', () => {
    const onSelect = vi.fn()
    const { rerender, index } = renderArticle(null, onSelect)
    const props = { article: makeDataSet().bodies[0]!, events: index.events, onSelectEvent: onSelect }
    const shared = () => screen.getByRole('button', { name: /会谈并签署协议/ })
    fireEvent.click(shared())
    expect(onSelect).toHaveBeenLastCalledWith('e-talks')
    rerender(<ArticleText {...props} selectedEventId="e-talks" />)
    fireEvent.click(shared())
    expect(onSelect).toHaveBeenLastCalledWith('e-deal')
    rerender(<ArticleText {...props} selectedEventId="e-deal" />)
    fireEvent.keyDown(shared(), { key: 'Enter' })
    expect(onSelect).toHaveBeenLastCalledWith('e-talks')
  })

  it('renders markup in the text as text, and links only http(s) sources', () => {
    const hostile = { ...makeArticle('a-x', '<b>标题</b>', ['<img src=x onerror="alert(1)">正文。']), url: 'javascript:alert(1)' }
    const { container } = render(<ArticleText article={hostile} events={[]} selectedEventId={null} onSelectEvent={vi.fn()} />)
    expect(container.querySelector('img, b')).toBeNull()
    expect(container.textContent).toContain('<img src=x onerror="alert(1)">正文。')
    expect(screen.queryByRole('link')).toBeNull()
    expect(container.textContent).toContain('javascript:alert(1)')

    cleanup()
    render(<ArticleText article={{ ...hostile, url: 'https://news.example.org/x' }} events={[]} selectedEventId={null} onSelectEvent={vi.fn()} />)
    expect(screen.getByRole('link', { name: 'original article' }).getAttribute('href')).toBe('https://news.example.org/x')
  })
})
