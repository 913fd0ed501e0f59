import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from './fetch-json'

const MAX_RETRIES = 2

/** Static data: never stale; retry only failures that can heal (network, 5xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
      },
    },
  })
}
