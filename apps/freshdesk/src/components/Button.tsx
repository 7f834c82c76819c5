import type { ButtonHTMLAttributes } from 'react'

/** Props of Button: a native button in one of Crayons' button styles. */
export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'text'
}

/**
 * A Crayons-styled native button. Crayons' `fw-button` keeps its `<button>` in a shadow root that ignores the
 * host's `aria-label`, so buttons whose name differs from their text (Apply, Insert link) could not keep the
 * sidebar's accessible names; a native button can, and looks the same.
 */
export const Button = ({ variant = 'secondary', className, type = 'button', ...props }: ButtonProps) => (
  <button {...props} type={type} className={`fd-btn fd-btn--${variant}${className ? ` ${className}` : ''}`} />
)
