/** English text that must NOT come out as dates. */
import { describe, expect, it } from 'vitest'
import { times } from '../../helpers'

describe('en negative cases', () => {
  it.each([
    'Five drones were given as a gift.',
    'The train was about 250 km from the border.',
    'Support rose by 5 percent.',
    'It was the second meeting of the two leaders.',
    'One of them may attend.',
  ])('%s', (text) => {
    expect(times(text, undefined, 'en').map((t) => t.text)).toEqual([])
  })
})
