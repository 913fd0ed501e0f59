import { FOCUS, LEGEND, type FilterLabels } from './styles'

interface ActorModeProps {
  value: 'any' | 'all'
  onChange: (mode: 'any' | 'all') => void
  labels: Pick<FilterLabels, 'actorMode' | 'any' | 'all'>
}

/** Whether an event needs any or all of the checked actors. */
export function ActorMode({ value, onChange, labels }: ActorModeProps) {
  const option = (mode: 'any' | 'all', label: string) => (
    <label className="flex items-center gap-1.5 text-sm text-slate-900">
      <input
        type="radio"
        name="actor-mode"
        value={mode}
        checked={value === mode}
        onChange={() => onChange(mode)}
        className={`size-4 accent-sky-700 ${FOCUS}`}
      />
      {label}
    </label>
  )
  return (
    <fieldset className="px-4 pt-4">
      <legend className={LEGEND}>{labels.actorMode}</legend>
      <div className="flex gap-4">
        {option('any', labels.any)}
        {option('all', labels.all)}
      </div>
    </fieldset>
  )
}
