import 'styled-components'
import type { IGardenTheme } from '@zendeskgarden/react-theming'

// Styled components read Garden's theme (space, palette, fontSizes) through ThemeProvider.
declare module 'styled-components' {
  export interface DefaultTheme extends IGardenTheme {}
}
