import { INPUT, LEGEND, type FilterLabels } from './styles'

interface DateRangeProps {
  from: string | null
  to: string | null
  bounds: { min: string; max: string } | null
  onChange: (range: { from: string | null; to: string | null }) => void
  labels: Pick<FilterLabels, 'dateRange' | 'from' | 'to'>
}

/** Two native date inputs (keyboard and screen-reader friendly); empty means open-ended. */
export function DateRange({ from, to, bounds, onChange, labels }: DateRangeProps) {
  return (
    <fieldset className="px-4 pt-4">
      <legend className={LEGEND}>{labels.dateRange}</legend>
      <div className="grid grid-cols-[2.5rem_1fr] items-center gap-1 text-sm">
        <label htmlFor="filter-from" className="text-slate-700">
          {labels.from}
        </label>
        <input
          id="filter-from"
          type="date"
          value={from ?? ''}
          min={bounds?.min}
          max={to ?? bounds?.max}
          onChange={(e) => onChange({ from: e.currentTarget.value || null, to })}
          className={INPUT}
        />
        <label htmlFor="filter-to" className="text-slate-700">
          {labels.to}
        </label>
        <input
          id="filter-to"
          type="date"
          value={to ?? ''}
          min={from ?? bounds?.min}
          max={bounds?.max}
          onChange={(e) => onChange({ from, to: e.currentTarget.value || null })}
          className={INPUT}
        />
      </div>
    </fieldset>
  )
}
