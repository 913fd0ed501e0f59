import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorNotice } from '../../lib/error-notice'

interface BoundaryProps {
  name: string
  onReset: () => void
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
    return <ErrorNotice title={`The ${this.props.name} failed.`} error={this.state.error} onRetry={retry} />
  }
}

/** Confines a crash to one pane, with a retry that also resets failed queries under it. */
export function PaneBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary name={name} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  )
}
