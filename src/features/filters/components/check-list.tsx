import { COUNT, FOCUS, LEGEND } from './styles'

export interface CheckOption<V extends string> {
  value: V
  label: string
  count: number
}

interface CheckListProps<V extends string> {
  legend: string
  /** Prefix of the checkboxes' ids, unique on the page. */
  idPrefix: string
  options: readonly CheckOption<V>[]
  /** Checked values; null means all checked (no filter). */
  checked: readonly V[] | null
  onChange: (next: V[] | null) => void
  /** Screen-reader unit after each count ("events"). */
  countUnit: string
}

/** A fieldset of labelled checkboxes with counts; checking every value means "no filter". */
export function CheckList<V extends string>({ legend, idPrefix, options, checked, onChange, countUnit }: CheckListProps<V>) {
  const isChecked = (value: V) => checked === null || checked.includes(value)
  const toggle = (value: V, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : isChecked(v)))
    onChange(next.length === options.length ? null : next)
  }
  return (
    <fieldset className="px-4 pt-4">
      <legend className={LEGEND}>{legend}</legend>
      <ul className="grid grid-cols-1 gap-0.5">
        {options.map((option) => {
          const id = `${idPrefix}-${option.value}`
          return (
            <li key={option.value} className="flex items-center gap-2 rounded px-1 hover:bg-slate-100">
              <input
                id={id}
                type="checkbox"
                checked={isChecked(option.value)}
                onChange={(e) => toggle(option.value, e.currentTarget.checked)}
                className={`size-4 shrink-0 accent-sky-700 ${FOCUS}`}
              />
              <label htmlFor={id} className="flex-1 cursor-pointer truncate text-sm text-slate-900">
                {option.label}
              </label>
              <span className={COUNT}>
                {option.count}
                <span className="sr-only"> {countUnit}</span>
              </span>
            </li>
          )
        })}
      </ul>
    </fieldset>
  )
}
