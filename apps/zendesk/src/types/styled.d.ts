import 'styled-components'
import type { IGardenTheme } from '@zendeskgarden/react-theming'

// Styled components read Garden's theme (space, palette, fontSizes) through ThemeProvider.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- module augmentation needs an interface
  export interface DefaultTheme extends IGardenTheme {}
}
