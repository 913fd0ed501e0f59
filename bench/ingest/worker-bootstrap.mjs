// Worker entry for the bench's pool: registers tsx inside the worker thread (Node >= 20.6 does not
// pass `tsx`'s --import hooks to workers, privatenumber/tsx#354), then loads the pipeline's worker.
import { register } from 'tsx/esm/api'

register()
await import('../../src/pipeline/worker.ts')
