/** URL of a file the pipeline wrote to public/data, honouring Vite's base path. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`
}
