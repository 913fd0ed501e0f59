import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorNotice } from '../../lib/error-notice'
import type { Messages } from '../i18n/messages'
import { useLanguage } from '../i18n/use-language'

interface BoundaryProps {
  name: string
  onReset: () => void
  notices: Messages['notices']
  children: ReactNode
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn(`[${this.props.name}] crashed`, error, info.componentStack)
  }

  render() {
    if (this.state.error === null) return this.props.children
    const retry = () => {
      this.props.onReset()
      this.setState({ error: null })
    }
    const n = this.props.notices
    return <ErrorNotice title={n.paneFailed(this.props.name)} error={this.state.error} onRetry={retry} retryLabel={n.retry} retryingLabel={n.retrying} />
  }
}

/** Confines a crash to one pane, with a retry that also resets failed queries under it. */
export function PaneBoundary({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useLanguage()
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary name={name} onReset={reset} notices={t.notices}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  )
}
