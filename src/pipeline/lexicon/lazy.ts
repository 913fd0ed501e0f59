/** A value computed on first use and kept: the one kind of module-level state the style allows. */
export function lazy<T>(build: () => T): () => T {
  let value: { v: T } | null = null
  return () => {
    if (value === null) value = { v: build() }
    return value.v
  }
}
