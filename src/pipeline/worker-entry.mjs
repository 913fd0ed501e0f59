// Worker threads do not inherit tsx's module hooks on Node 20, so a worker started from the
// TypeScript sources registers them itself before loading the real entry.
if (import.meta.url.includes('/src/pipeline/')) {
  const { register } = await import('tsx/esm/api')
  register()
}
await import(new URL('./worker.ts', import.meta.url).href)
